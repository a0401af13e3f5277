// What every optimization strategy reads: a dose that passed the hard limits, and facts about the course.

import type { Evidence, ProposedDose } from "./assessment.ts";
import { type DissociationReading, readDissociation } from "./dissociation.ts";
import { checkDose } from "./dose.ts";
import { ev } from "./finding.ts";
import { isActiveOn, medicationKind } from "./knowledge/interfering-medications.ts";
import type { PlanContext } from "./plan-context.ts";
import type { Modality } from "./protocols/index.ts";

/** A weight-based or fixed dose that has passed every hard limit, or nothing. */
export function safeDose(
  ctx: PlanContext,
  modality: Modality,
  dose: { mgPerKg?: number; mg?: number; minutes?: number },
): ProposedDose | null {
  const checked = checkDose(modality, ctx.doseBasis, ctx.weights, {
    doseMgPerKg: dose.mgPerKg,
    doseMg: dose.mg,
    infusionMinutes: dose.minutes,
  });
  if (!checked.ok) return null;
  if (!checked.weightBased) return { doseMg: checked.doseMg };
  const { doseMg, doseMgPerKg, weightBasis, basisWeightKg, infusionMinutes } = checked;
  return infusionMinutes === undefined
    ? { doseMg, doseMgPerKg, weightBasis, basisWeightKg }
    : { doseMg, doseMgPerKg, weightBasis, basisWeightKg, infusionMinutes };
}

export function tried(ctx: PlanContext, strategy: string): boolean {
  return ctx.course.optimizationsTried.some((o) => o.strategy === strategy);
}

export function hasEvent(ctx: PlanContext, type: string): Evidence | null {
  const i = ctx.record.events.findIndex((e) => e.type === type && e.date <= ctx.asOf);
  const e = ctx.record.events[i];
  return e ? ev(`events[${i}].type`, e.type, e.date) : null;
}

export const outcomeEvidence = (ctx: PlanContext): Evidence[] => [
  ev("outcome.classification", ctx.outcome.classification),
  ev(
    "outcome.improvementPercent",
    ctx.outcome.improvementPercent === null ? null : Number(ctx.outcome.improvementPercent.toFixed(1)),
  ),
];

/** Facts the strategies share, read once. */
export interface StrategyFacts {
  readonly diss: DissociationReading;
  readonly base: Evidence[];
  readonly anxious: boolean;
  readonly anhedonic: boolean;
  readonly chronicPain: boolean;
  readonly improving: boolean;
  readonly onLithium: boolean;
  readonly esketamineTried: boolean;
  readonly ivTried: boolean;
}

export function strategyFacts(ctx: PlanContext): StrategyFacts {
  const { record, trajectory } = ctx;
  return {
    diss: readDissociation(ctx),
    base: outcomeEvidence(ctx),
    anxious: record.history.anxiousDistress === true || ctx.latestScore("GAD7", 10),
    anhedonic: record.history.anhedonia === true || ctx.latestScore("SHAPS", 3),
    chronicPain:
      record.history.chronicPain === true || (record.history.comorbidities ?? []).includes("chronic-pain"),
    improving: trajectory.direction === "improving" || trajectory.signals.includes("delayed-response"),
    onLithium: record.medications.some(
      (m, i) => (ctx.medicationKinds[i] ?? medicationKind(m)).lithium && isActiveOn(m, ctx.asOf),
    ),
    esketamineTried:
      ctx.course.modalities.includes("esketamine") ||
      record.priorTreatments.some((p) => p.type === "esketamine"),
    ivTried: ctx.course.modalities.includes("iv-ketamine"),
  };
}
