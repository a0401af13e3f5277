// The version of the clinical knowledge (instruments, protocols, rules); reported in every assessment.
// Bump it with any change to a threshold, table or rule, and say what changed in docs/knowledge-changelog.md.

export const knowledgeVersion = "2026.11.3";
