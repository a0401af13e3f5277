// The timed checks a post-dose observation expects, by modality, whether each is done, due or overdue, and the
// findings for a check missed or taken after its window.

import type { Finding } from "./assessment.ts";
import { ev, finding } from "./finding.ts";
import { type Source, seed } from "./knowledge/source.ts";
import { spravatoLabel } from "./protocols/index.ts";
import type { Modality } from "./protocols/protocol.ts";
import type { ObservationCheck, PostDoseObservation } from "./record.ts";
import type { ClinicSettings } from "./settings.ts";

const monitoring = seed("002", "Safety, monitoring, and practicalities");

/** Esketamine: the patient stays under observation at least this long after the dose (label and REMS). */
export const esketamineObservationMinutes = 120;
/** The label asks for a blood pressure about 40 minutes after the dose, when the rise usually peaks. */
export const esketamineBpCheckMinutes = 40;
/**
 * A raised reading is repeated "as clinically warranted"; the label gives no interval, so the engine
 * expects the repeat within this many minutes, a practical clinic interval rather than a labelled one.
 */
export const repeatBpMinutes = 20;
/** How long after its time an expected check may still be taken before it counts as overdue. */
const graceMinutes = 15;

export type CheckState = "upcoming" | "due" | "overdue" | "done";

export interface ExpectedCheck {
  /** Stable code; a repeat carries the minute of the reading it repeats (`bp-repeat-45`). */
  readonly code: string;
  readonly label: string;
  /** When the check is expected, in minutes after the dose. */
  readonly atMinutes: number;
  /** From when a reading counts for this check. */
  readonly dueFromMinutes: number;
  /** After this it is overdue; null when it is never overdue (it simply has to happen before leaving). */
  readonly overdueAfterMinutes: number | null;
  readonly state: CheckState;
  /** The index in observation.checks of the reading that satisfied it. */
  readonly doneBy: number | null;
  readonly source: Source;
}

export interface IndexedCheck {
  readonly check: ObservationCheck;
  readonly index: number;
}

type BloodPressure = NonNullable<ObservationCheck["bloodPressure"]>;

/** Above either of the clinic's hold figures: the same rule the pre-dose hold uses. */
export function aboveHold(bp: BloodPressure, settings: ClinicSettings): boolean {
  return (
    bp.systolic > settings.bloodPressureHoldSystolic || bp.diastolic > settings.bloodPressureHoldDiastolic
  );
}

/** The checks in time order (ties keep the order charted), with their indexes in the record. */
export function inTimeOrder(observation: PostDoseObservation): IndexedCheck[] {
  return observation.checks
    .map((check, index) => ({ check, index }))
    .sort((a, b) => a.check.minutesAfterDose - b.check.minutesAfterDose || a.index - b.index);
}

/** Whether a modality is observed after the dose at all (TMS is not). */
export function isObserved(modality: Modality): boolean {
  return modality !== "tms";
}

/** The minimum observation after the dose, or null where no source fixes one (ketamine: until recovered). */
export function minimumObservationMinutes(modality: Modality): number | null {
  return modality === "esketamine" ? esketamineObservationMinutes : null;
}

interface Plan {
  readonly code: string;
  readonly label: string;
  readonly atMinutes: number;
  readonly dueFromMinutes: number;
  readonly overdueAfterMinutes: number | null;
  readonly source: Source;
  /** The first blood-pressure reading at or after dueFromMinutes satisfies the check; `after` excludes that minute. */
  readonly strictlyAfter?: boolean;
}

function plans(
  modality: Modality,
  bpChecks: readonly IndexedCheck[],
  infusionMinutes: number | undefined,
  settings: ClinicSettings,
): Plan[] {
  if (!isObserved(modality)) return [];
  const out: Plan[] = [];
  if (modality === "esketamine") {
    out.push({
      code: "bp-40-minutes",
      label: `Blood pressure about ${esketamineBpCheckMinutes} minutes after the dose`,
      atMinutes: esketamineBpCheckMinutes,
      dueFromMinutes: esketamineBpCheckMinutes - 10,
      overdueAfterMinutes: esketamineBpCheckMinutes + graceMinutes,
      source: spravatoLabel,
    });
  } else {
    const end = infusionMinutes ?? 0;
    out.push({
      code: "vitals-after-session",
      label: "Vitals after the dose has finished",
      atMinutes: end,
      dueFromMinutes: end,
      overdueAfterMinutes: null,
      source: monitoring,
    });
  }
  for (const { check } of bpChecks) {
    if (check.bloodPressure === undefined || !aboveHold(check.bloodPressure, settings)) continue;
    const at = check.minutesAfterDose + repeatBpMinutes;
    out.push({
      code: `bp-repeat-${check.minutesAfterDose}`,
      label: `Repeat blood pressure (the ${check.minutesAfterDose}-minute reading was above the hold threshold)`,
      atMinutes: at,
      dueFromMinutes: check.minutesAfterDose,
      overdueAfterMinutes: at,
      source: spravatoLabel,
      strictlyAfter: true,
    });
  }
  if (modality === "esketamine") {
    out.push({
      code: "vitals-before-leaving",
      label: "Vitals and alertness before leaving",
      atMinutes: esketamineObservationMinutes,
      dueFromMinutes: esketamineObservationMinutes - 10,
      overdueAfterMinutes: esketamineObservationMinutes + graceMinutes,
      source: monitoring,
    });
  }
  return out;
}

function stateOf(plan: Plan, doneBy: number | null, minutesSinceDose: number): CheckState {
  if (doneBy !== null) return "done";
  if (minutesSinceDose < plan.dueFromMinutes) return "upcoming";
  if (plan.overdueAfterMinutes === null || minutesSinceDose <= plan.overdueAfterMinutes) return "due";
  return "overdue";
}

/** The checks the observation expects, in time order, each with its state at `minutesSinceDose`. */
export function expectedChecks(
  modality: Modality,
  observation: PostDoseObservation,
  minutesSinceDose: number,
  settings: ClinicSettings,
  infusionMinutes?: number,
): ExpectedCheck[] {
  const bpChecks = inTimeOrder(observation).filter((c) => c.check.bloodPressure !== undefined);
  return plans(modality, bpChecks, infusionMinutes, settings)
    .map((plan) => {
      const reading = bpChecks.find((c) =>
        plan.strictlyAfter === true
          ? c.check.minutesAfterDose > plan.dueFromMinutes
          : c.check.minutesAfterDose >= plan.dueFromMinutes,
      );
      const doneBy = reading?.index ?? null;
      const { strictlyAfter: _, ...shown } = plan;
      return { ...shown, state: stateOf(plan, doneBy, minutesSinceDose), doneBy };
    })
    .sort((a, b) => a.atMinutes - b.atMinutes);
}

/** Checks not taken in their window: still missing (overdue), or taken only after the window closed (late). */
export function checksOutOfTime(
  checks: readonly ExpectedCheck[],
  observation: PostDoseObservation,
  path: string,
): Finding[] {
  const out: Finding[] = [];
  for (const c of checks) {
    const lower = `${c.label.charAt(0).toLowerCase()}${c.label.slice(1)}`;
    if (c.state === "overdue") {
      out.push(
        finding({
          code: "observation-check-overdue",
          severity: "warning",
          title: `Overdue: ${lower}`,
          detail: `This check was expected at ${c.atMinutes} minutes after the dose and has not been recorded.`,
          evidence: [ev(`${path}.checks`, c.code)],
          source: c.source,
        }),
      );
      continue;
    }
    // A reading long after its window counts for the check but misses what it was for (the 40-minute peak).
    const takenAt = c.doneBy === null ? undefined : observation.checks[c.doneBy]?.minutesAfterDose;
    if (c.overdueAfterMinutes === null || takenAt === undefined || takenAt <= c.overdueAfterMinutes) continue;
    out.push(
      finding({
        code: "observation-check-late",
        severity: "warning",
        title: `Taken late: ${lower}`,
        detail: `Expected at ${c.atMinutes} minutes after the dose, first recorded at ${takenAt}: note why in the monitoring record.`,
        evidence: [ev(`${path}.checks[${c.doneBy}].minutesAfterDose`, takenAt)],
        source: c.source,
      }),
    );
  }
  return out;
}
