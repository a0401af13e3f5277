// What the plan's rules read: the record as of a date plus what the engine has already worked out.

import type { BodyWeights, Course, Outcome, Trajectory, TrialAdequacy } from "./assessment.ts";
import type { InstrumentId } from "./instruments/instrument.ts";
import type { MedicationKind } from "./knowledge/interfering-medications.ts";
import type { Modality } from "./protocols/index.ts";
import type { PatientRecord, Session, WeightBasis } from "./record.ts";
import type { ClinicSettings } from "./settings.ts";
import { type Indexed, sessionsOf, type Timeline } from "./timeline.ts";

export interface PlanContext {
  readonly record: PatientRecord;
  readonly asOf: string;
  readonly settings: ClinicSettings;
  readonly outcome: Outcome;
  readonly trajectory: Trajectory;
  readonly trial: TrialAdequacy;
  readonly course: Course;
  readonly modality: Modality | null;
  readonly weights: BodyWeights;
  readonly doseBasis: WeightBasis;
  /** The current modality's sessions, oldest first. */
  readonly currentSessions: readonly Indexed<Session>[];
  /** What each of record.medications is, by the same index. */
  readonly medicationKinds: readonly MedicationKind[];
  /** A safety finding says the next dose must wait. */
  readonly holdDosing: boolean;
  /** Blood pressure or cardiac side effects during this course: no dose increases. */
  cardiovascularConcern(): boolean;
  /** The latest score on an instrument is at least `atLeast`. */
  latestScore(instrument: InstrumentId, atLeast: number): boolean;
}

const cardiacWords =
  /\b(hypertens\w*|blood pressure|tachycardi\w*|palpitation\w*|chest pain|arrhythmi\w*)\b/i;

const isCardiac = (effect: string): boolean => cardiacWords.test(effect);

function cardiovascularConcernIn(sessions: readonly Indexed<Session>[], settings: ClinicSettings): boolean {
  for (const { item } of sessions) {
    const bp = item.bloodPressure;
    if (
      (bp !== undefined &&
        (bp.systolic > settings.bloodPressureHoldSystolic ||
          bp.diastolic > settings.bloodPressureHoldDiastolic)) ||
      item.sideEffects.some(isCardiac)
    ) {
      return true;
    }
  }
  return false;
}

/** `currentSessions`, when given, is sessionsOf(t, base.modality), already picked out. */
export function planContext(
  base: Omit<
    PlanContext,
    "currentSessions" | "medicationKinds" | "cardiovascularConcern" | "latestScore" | "doseBasis"
  >,
  t: Timeline,
  currentSessions: readonly Indexed<Session>[] = sessionsOf(t, base.modality),
): PlanContext {
  const { settings } = base;
  // Read only by the optimization strategies, which most assessments never reach: worked out on first use.
  let cardiovascular: boolean | undefined;
  const latest = t.latest;
  // The last charted basis is the clinic's choice for this patient; otherwise the clinic default.
  let doseBasis: WeightBasis = settings.doseWeightBasis;
  for (let i = currentSessions.length - 1; i >= 0; i--) {
    const basis = currentSessions[i]?.item.doseBasis;
    if (basis) {
      doseBasis = basis;
      break;
    }
  }
  return {
    record: base.record,
    asOf: base.asOf,
    settings,
    outcome: base.outcome,
    trajectory: base.trajectory,
    trial: base.trial,
    course: base.course,
    modality: base.modality,
    weights: base.weights,
    holdDosing: base.holdDosing,
    currentSessions,
    medicationKinds: t.medications,
    cardiovascularConcern: () => {
      cardiovascular ??= cardiovascularConcernIn(currentSessions, settings);
      return cardiovascular;
    },
    doseBasis,
    latestScore: (instrument, atLeast) => {
      for (const m of latest) if (m.item.instrument === instrument && m.total >= atLeast) return true;
      return false;
    },
  };
}
