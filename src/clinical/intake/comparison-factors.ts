// Seed 002's decision factors, each weighed per pathway with its contribution (−2…+2), its weight (0…3) and why.
// Clinical factors carry a fixed weight; the patient's priorities set the weight of speed, time, preference, cost.

import type { OutOfPocketEstimate } from "../coverage/estimate.ts";
import { formatCents } from "../coverage/money.ts";
import type { CssrsRisk } from "../instruments/cssrs.ts";
import { pathwayFacts } from "../knowledge/pathway-facts.ts";
import { decisionSeed } from "../knowledge/screening-sources.ts";
import type { Source } from "../knowledge/source.ts";
import type { IntakeRecord } from "./intake-record.ts";
import type { ComparedPathway, PathwayScreening } from "./screening.ts";
import type { Staging } from "./staging.ts";

export const factorIds = ["urgency", "history", "safety", "logistics", "preference", "cost"] as const;
export type FactorId = (typeof factorIds)[number];

export interface Factor {
  readonly id: FactorId;
  readonly label: string;
  /** −2 (counts strongly against) … +2 (counts strongly for). */
  readonly contribution: number;
  /** 0 … 3: how much this factor counts for this patient. */
  readonly weight: number;
  readonly weighted: number;
  readonly reason: string;
  readonly weightReason: string;
  readonly source: Source;
}

export interface FactorContext {
  readonly intake: IntakeRecord;
  readonly staging: Staging;
  readonly risk: CssrsRisk | null;
  readonly screening: PathwayScreening;
  readonly estimate: OutOfPocketEstimate;
  /** The lowest high-end estimate among the eligible, priced pathways: the least costly option's figure. */
  readonly cheapestCents: number | null;
}

const clamp = (n: number): number => Math.max(-2, Math.min(2, n));

function make(
  id: FactorId,
  label: string,
  contribution: number,
  weight: number,
  reason: string,
  weightReason: string,
): Factor {
  const c = clamp(contribution);
  return {
    id,
    label,
    contribution: c,
    weight,
    weighted: c * weight,
    reason,
    weightReason,
    source: decisionSeed,
  };
}

function urgency(ctx: FactorContext, p: ComparedPathway): Factor {
  const { intake, risk, staging } = ctx;
  const facts = pathwayFacts[p];
  const severe = intake.diagnosis.severity === "severe" || intake.diagnosis.severity === "severe-psychotic";
  const clinical = risk === "high" ? 3 : risk === "moderate" || severe ? 2 : 0;
  const patientUrgent = intake.preferences.speed === "urgent";
  const weight = Math.max(clinical, patientUrgent ? 2 : 0, intake.priorities.speed);
  const weightReason =
    clinical > 0
      ? `Set by the clinical picture (${risk === "high" || risk === "moderate" ? `suicide risk ${risk}` : "severe episode"}), which the patient's priorities cannot lower`
      : patientUrgent
        ? "The patient says relief is urgent"
        : `The patient's priority on speed (${intake.priorities.speed} of 3)`;
  const pressing = clinical > 0 || patientUrgent;
  const suicidal = risk !== null && risk !== "negative";
  let contribution: number;
  if (p === "tms") contribution = pressing ? -2 : 0;
  else if (!pressing) contribution = 1;
  else if (p === "esketamine") contribution = staging.treatmentResistant || suicidal ? 2 : 1;
  else contribution = 2;
  const reason = pressing
    ? `${facts.speed}; relief is needed soon`
    : `${facts.speed}; nothing presses for speed`;
  return make("urgency", "Urgency and suicidal thoughts", contribution, weight, reason, weightReason);
}

function history(ctx: FactorContext, p: ComparedPathway): Factor {
  const { staging, intake } = ctx;
  const prior = intake.treatments.filter((t) => (p === "iv-ketamine" ? t.type === "ketamine" : t.type === p));
  const helped = prior.some((t) => t.outcome === "response" || t.outcome === "remission");
  const failed = prior.some((t) => t.outcome === "no-response");
  const reasons: string[] = [];
  let c = 0;
  if (helped) {
    c += 2;
    reasons.push("it helped before");
  } else if (failed) {
    c -= 1;
    reasons.push("a past course did not help");
  }
  if (p === "tms" && staging.adequateFailedTrials >= 1) {
    c += 1;
    reasons.push(
      `${staging.adequateFailedTrials} adequate failed medication trial(s) documented, the usual route to TMS`,
    );
  }
  if (p === "esketamine" && staging.treatmentResistant) {
    c += 1;
    reasons.push("meets the treatment-resistance definition the label and payers use");
  }
  if (p === "iv-ketamine")
    reasons.push("a fit when relief is needed fast, or when esketamine is ruled out or out of reach");
  return make(
    "history",
    "Treatment history",
    c,
    1,
    reasons.join("; ") || "nothing in the history points either way",
    "Clinical factor, fixed weight 1",
  );
}

function safety(ctx: FactorContext): Factor {
  const { screening } = ctx;
  const stops = screening.findings.filter((f) => f.severity === "critical");
  const cautions = screening.findings.filter((f) => f.severity === "warning");
  if (stops.length > 0) {
    return make(
      "safety",
      "Contraindications and cautions",
      -2,
      1,
      `Hard stop: ${stops.map((f) => f.title).join("; ")}`,
      "Clinical factor, fixed weight 1",
    );
  }
  const reason = cautions.length
    ? `Cautions: ${cautions.map((f) => f.title).join("; ")}`
    : "No contraindication or caution found";
  return make(
    "safety",
    "Contraindications and cautions",
    -Math.min(2, cautions.length),
    1,
    reason,
    "Clinical factor, fixed weight 1",
  );
}

function logistics(ctx: FactorContext, p: ComparedPathway): Factor {
  const { practical, priorities } = ctx.intake;
  const facts = pathwayFacts[p];
  const hours = facts.inductionSessions * facts.hoursPerVisit;
  let c = 0;
  const reasons = [
    `about ${hours} hours in clinic over ${facts.weeks} weeks (visits: ${facts.visitsPerWeek})`,
  ];
  let blocked = false;
  if (p === "tms" && !practical.canAttendDaily) {
    c = -2;
    blocked = true;
    reasons.push("cannot attend on weekdays for weeks");
  } else if (p === "esketamine" && (!practical.canStayTwoHours || !practical.hasDriver)) {
    c = -2;
    blocked = true;
    reasons.push(!practical.canStayTwoHours ? "cannot stay two hours yet" : "no ride home yet");
  } else if (p === "iv-ketamine" && !practical.hasDriver) {
    c = -1;
    blocked = true;
    reasons.push("no ride home yet");
  } else {
    if (hours >= 25) c -= 1;
    if (p === "tms" && practical.travelMinutes > 45) {
      c -= 1;
      reasons.push(`${practical.travelMinutes} minutes each way, every weekday`);
    }
  }
  const weight = blocked ? Math.max(1, priorities.timeBurden) : priorities.timeBurden;
  const weightReason = blocked
    ? "A practical obstacle counts at least once, whatever the priorities"
    : `The patient's priority on time (${priorities.timeBurden} of 3)`;
  return make("logistics", "Logistics and time", c, weight, reasons.join("; "), weightReason);
}

function preference(ctx: FactorContext, p: ComparedPathway): Factor {
  const pref = ctx.intake.preferences;
  const parts: [number, string][] = [];
  if (p === "tms") {
    if (pref.medication === "prefers-non-drug") parts.push([2, "prefers a non-drug treatment"]);
    if (pref.medication === "prefers-medication") parts.push([-1, "prefers a medication"]);
  } else {
    if (pref.dissociation === "avoid") parts.push([-2, "wants to avoid dissociation"]);
    if (pref.medication === "prefers-non-drug") parts.push([-1, "prefers a non-drug treatment"]);
    if (pref.medication === "prefers-medication") parts.push([1, "prefers a medication"]);
    if (p === "iv-ketamine" && pref.needles === "avoid") parts.push([-2, "avoids needles"]);
    if (p === "iv-ketamine" && pref.needles === "uneasy") parts.push([-1, "uneasy with needles"]);
  }
  const weight = ctx.intake.priorities.preference;
  return make(
    "preference",
    "Patient preference",
    parts.reduce((sum, [n]) => sum + n, 0),
    weight,
    parts.map(([, why]) => why).join("; ") || "no stated preference for or against",
    `The patient's priority on their preferences (${weight} of 3)`,
  );
}

function cost(ctx: FactorContext): Factor {
  const e = ctx.estimate;
  const weight = ctx.intake.priorities.cost;
  const weightReason = `The patient's priority on cost (${weight} of 3)`;
  if (e.status === "no-price")
    return make("cost", "Insurance and cost", 0, weight, "No price entered for this pathway", weightReason);
  const figure =
    e.status === "range"
      ? `${formatCents(e.lowCents)}–${formatCents(e.highCents)}`
      : formatCents(e.highCents);
  if (ctx.cheapestCents === null)
    return make("cost", "Insurance and cost", 0, weight, `Estimated ${figure}`, weightReason);
  const over = e.highCents - ctx.cheapestCents;
  const c = over >= 500_000 ? -2 : over >= 100_000 ? -1 : 0;
  const reason =
    over > 0
      ? `Estimated ${figure}, up to ${formatCents(over)} more than the least costly option`
      : `Estimated ${figure}, the least costly option`;
  return make("cost", "Insurance and cost", c, weight, reason, weightReason);
}

export function weighFactors(ctx: FactorContext): Factor[] {
  const p = ctx.screening.pathway;
  return [urgency(ctx, p), history(ctx, p), safety(ctx), logistics(ctx, p), preference(ctx, p), cost(ctx)];
}
