// What needs a clinician's attention today for one patient, and the worklist's order: the views only render this.

import type { Assessment, Finding } from "./assessment.ts";
import type { DueSelfReport } from "./self-report-schedule.ts";

export interface AttentionItem {
  readonly code: string;
  readonly title: string;
}

export interface Attention {
  /** Unacknowledged safety alerts raised from the patient's own answers. */
  readonly openAlerts: number;
  /** Critical findings and recommendations, one per code. */
  readonly critical: readonly AttentionItem[];
  readonly warnings: readonly AttentionItem[];
  readonly reviewPoint: boolean;
  readonly bloodPressureHold: boolean;
  /** Non-response or partial response: a decision is due. */
  readonly responseConcern: "non-response" | "partial-response" | null;
  readonly selfReportsDue: readonly DueSelfReport[];
  /** Higher is more urgent; the worklist sorts by it, most urgent first. */
  readonly urgency: number;
}

function unique(items: readonly Finding[], severity: Finding["severity"]): AttentionItem[] {
  const seen = new Set<string>();
  const out: AttentionItem[] = [];
  for (const item of items) {
    if (item.severity !== severity || seen.has(item.code)) continue;
    seen.add(item.code);
    out.push({ code: item.code, title: item.title });
  }
  return out;
}

/**
 * Weights put every open alert above every critical finding, every critical finding above any warning,
 * and an overdue self-report above one merely due; within a tier, more items rank higher.
 */
const weights = {
  alert: 1_000_000,
  critical: 10_000,
  hold: 5_000,
  review: 500,
  response: 400,
  warning: 100,
  overdue: 20,
  due: 5,
};

export function attentionOf(
  assessment: Pick<Assessment, "findings" | "recommendations" | "outcome"> | null,
  openAlerts: number,
  due: readonly DueSelfReport[],
): Attention {
  const all = assessment === null ? [] : [...assessment.findings, ...assessment.recommendations];
  const critical = unique(all, "critical");
  const warnings = unique(all, "warning");
  const reviewPoint = assessment?.recommendations.some((r) => r.code === "review-point") ?? false;
  const bloodPressureHold = all.some((f) => f.code === "blood-pressure-hold");
  const classification = assessment?.outcome.classification;
  const responseConcern =
    classification === "non-response" || classification === "partial-response" ? classification : null;
  const overdue = due.filter((d) => d.status === "overdue").length;
  const urgency =
    openAlerts * weights.alert +
    critical.length * weights.critical +
    (bloodPressureHold ? weights.hold : 0) +
    (reviewPoint ? weights.review : 0) +
    (responseConcern === null ? 0 : weights.response) +
    warnings.length * weights.warning +
    overdue * weights.overdue +
    (due.length - overdue) * weights.due;
  return {
    openAlerts,
    critical,
    warnings,
    reviewPoint,
    bloodPressureHold,
    responseConcern,
    selfReportsDue: due,
    urgency,
  };
}

/** Most urgent first. */
export function compareAttention(a: Attention, b: Attention): number {
  return b.urgency - a.urgency;
}
