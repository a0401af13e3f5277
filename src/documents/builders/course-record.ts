// Kind 1, the course record: everything seed 003 asks a non-response (or any) course to document, for the chart.

import type { Block, DocumentBuilder, DocumentInput, DocumentSection } from "../document-model.ts";
import {
  consentSection,
  discussionSection,
  engagementSection,
  measuresSection,
  optimizationSection,
  pathwaysBlock,
  recommendationsBlock,
  sourcesSection,
  summaryFacts,
  tolerabilitySection,
  workupSection,
} from "./course-sections.ts";
import { medicationsTable, priorTreatmentsTable, sessionsTable } from "./course-tables.ts";
import { criterionWords, kindTitles, meta, modalityName } from "./document-words.ts";

export function trialParagraph(input: DocumentInput): Block {
  const t = input.assessment.trial;
  if (t.modality === null)
    return { kind: "empty", text: "No sessions are recorded, so no trial can be judged." };
  const verdict = t.adequate
    ? "This is an adequate trial."
    : `This is not yet an adequate trial: ${t.missing.map((m) => m.text).join("; ")}.`;
  return {
    kind: "paragraph",
    text: `${modalityName(t.modality)}: ${t.sessions} sessions, ${t.countedSessions} of them complete at a therapeutic dose, over ${t.spanDays} days. The standard is ${t.criteria}. ${verdict}`,
  };
}

function finalSection(input: DocumentInput): DocumentSection {
  const { assessment: a } = input;
  const blocks: Block[] = [
    { kind: "callout", tone: a.discontinuation.met ? "warning" : "info", text: a.outcome.reason },
  ];
  blocks.push({ kind: "paragraph", text: a.trajectory.summary });
  if (a.discontinuation.met) {
    blocks.push({ kind: "paragraph", text: "Criteria for stopping the course that are met:" });
    blocks.push({ kind: "list", items: a.discontinuation.criteria.map((c) => criterionWords[c.criterion]) });
  }
  if (a.findings.length > 0) {
    blocks.push({ kind: "paragraph", text: "Findings:" });
    blocks.push({ kind: "list", items: a.findings.map((f) => `${f.title}. ${f.detail}`) });
  }
  blocks.push({ kind: "paragraph", text: "Recommendations:" });
  blocks.push(recommendationsBlock(input));
  if (a.discontinuation.met || a.outcome.classification === "non-response") {
    blocks.push({ kind: "paragraph", text: "Next pathways to discuss:" });
    blocks.push(pathwaysBlock(input));
  }
  return { heading: "Final assessment and recommendations", blocks };
}

export const buildCourseRecord: DocumentBuilder = (input) => ({
  kind: "course-record",
  meta: meta(input, kindTitles["course-record"], "clinician"),
  sections: [
    { heading: "Summary", blocks: [summaryFacts(input)] },
    {
      heading: "Earlier treatments and current medications",
      blocks: [priorTreatmentsTable(input.record), medicationsTable(input.record)],
    },
    measuresSection(input),
    { heading: "Treatment sessions", blocks: [trialParagraph(input), sessionsTable(input.record)] },
    tolerabilitySection(input),
    workupSection(input),
    optimizationSection(input),
    engagementSection(input),
    discussionSection(input),
    consentSection(input),
    finalSection(input),
    sourcesSection(input),
    { heading: "Signature", blocks: [{ kind: "signature", lines: ["Prescriber signature", "Date"] }] },
  ],
});
