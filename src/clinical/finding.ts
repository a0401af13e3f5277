// Building and ordering findings and recommendations, so every rule states code, evidence and source alike.

import type {
  Evidence,
  Finding,
  ProposedDose,
  Recommendation,
  RecommendationCategory,
  Severity,
} from "./assessment.ts";
import type { Source } from "./knowledge/source.ts";

export interface FindingSpec {
  readonly code: string;
  readonly severity: Severity;
  readonly title: string;
  readonly detail: string;
  readonly evidence: readonly Evidence[];
  readonly source: Source;
}

export function finding(spec: FindingSpec): Finding {
  return { ...spec };
}

export function recommendation(
  spec: FindingSpec & { readonly category: RecommendationCategory },
  dose: ProposedDose = {},
): Recommendation {
  return { ...spec, ...dose };
}

const severityRank: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Most severe first; ties keep the order the rules produced them in (the order of the work-up). */
export function bySeverity<T extends { readonly severity: Severity }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => severityRank[a.item.severity] - severityRank[b.item.severity] || a.index - b.index)
    .map(({ item }) => item);
}

/** Shorthand for one piece of evidence. */
export function ev(field: string, value: Evidence["value"], date?: string): Evidence {
  return date === undefined ? { field, value } : { field, value, date };
}
