// Building and ordering findings and recommendations, so every rule states code, evidence and source alike.

import type {
  Evidence,
  Finding,
  ProposedDose,
  Recommendation,
  RecommendationCategory,
  Severity,
} from "./assessment.ts";

/** What a rule states: exactly a Finding. */
export type FindingSpec = Finding;

const severities: readonly Severity[] = ["critical", "warning", "info"];

// The spec becomes the finding itself, uncopied: every rule passes a fresh literal, and copying objects
// whose keys come in a dozen orders is slow (each order is a shape of its own, so V8's copy goes generic).
export function finding(spec: FindingSpec): Finding {
  return spec;
}

/** The spec, with the proposed dose's fields added after its own. */
export function recommendation(
  spec: FindingSpec & { readonly category: RecommendationCategory },
  dose?: ProposedDose,
): Recommendation {
  return dose === undefined ? spec : Object.assign(spec, dose);
}

/** Most severe first; ties keep the order the rules produced them in (the order of the work-up). */
export function bySeverity<T extends { readonly severity: Severity }>(
  ...lists: readonly (readonly T[])[]
): T[] {
  const out: T[] = [];
  for (const severity of severities) {
    for (const list of lists) for (const item of list) if (item.severity === severity) out.push(item);
  }
  return out;
}

/** `sessions[i].` for the first 256 sessions, written once: nearly every assessment names session fields. */
const sessionPrefixes = Array.from({ length: 256 }, (_, i) => `sessions[${i}].`);

/** The evidence path of a session's field: `sessions[3].doseMg`. */
export function sessionField(index: number, field: string): string {
  return (sessionPrefixes[index] ?? `sessions[${index}].`) + field;
}

/** Shorthand for one piece of evidence. */
export function ev(field: string, value: Evidence["value"], date?: string): Evidence {
  return date === undefined ? { field, value } : { field, value, date };
}
