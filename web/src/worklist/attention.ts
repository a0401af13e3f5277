// What needs attention, read off an Assessment's own severities: the worklist orders by them and recomputes nothing.

import type { Assessment, Finding, Severity } from "../api/types.ts";

export interface Attention {
  /** Critical findings and recommendations, one per code: the safety alerts. */
  readonly critical: readonly Finding[];
  readonly warnings: readonly Finding[];
  readonly reviewPoint: boolean;
}

function unique(items: readonly Finding[], severity: Severity): Finding[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (item.severity !== severity || seen.has(item.code)) return false;
    seen.add(item.code);
    return true;
  });
}

export function attentionOf(assessment: Pick<Assessment, "findings" | "recommendations">): Attention {
  const all = [...assessment.findings, ...assessment.recommendations];
  return {
    critical: unique(all, "critical"),
    warnings: unique(all, "warning"),
    reviewPoint: assessment.recommendations.some((r) => r.code === "review-point"),
  };
}

/** Most urgent first: more critical items, then more warnings. Not yet assessed sorts last. */
export function compareUrgency(a: Attention | null, b: Attention | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return b.critical.length - a.critical.length || b.warnings.length - a.warnings.length;
}
