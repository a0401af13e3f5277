// What the plan's rules read: the record as of a date plus what the engine has already worked out.

import type { BodyWeights, Course, Outcome, Trajectory, TrialAdequacy } from "./assessment.ts";
import type { InstrumentId } from "./instruments/instrument.ts";
import type { Modality } from "./protocols/index.ts";
import type { PatientRecord, Session, WeightBasis } from "./record.ts";
import type { ClinicSettings } from "./settings.ts";
import { type Indexed, latestByInstrument, type Timeline } from "./timeline.ts";

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
  /** A safety finding says the next dose must wait. */
  readonly holdDosing: boolean;
  /** Blood pressure or cardiac side effects during this course: no dose increases. */
  readonly cardiovascularConcern: boolean;
  /** The latest score on an instrument is at least `atLeast`. */
  latestScore(instrument: InstrumentId, atLeast: number): boolean;
}

const cardiacWords =
  /\b(hypertens\w*|blood pressure|tachycardi\w*|palpitation\w*|chest pain|arrhythmi\w*)\b/i;

export function planContext(
  base: Omit<PlanContext, "currentSessions" | "cardiovascularConcern" | "latestScore" | "doseBasis">,
  t: Timeline,
): PlanContext {
  const currentSessions = t.sessions.filter((s) => s.item.modality === base.modality);
  const { settings } = base;
  const cardiovascularConcern = currentSessions.some(
    ({ item }) =>
      item.sideEffects.some((e) => cardiacWords.test(e)) ||
      (item.bloodPressure !== undefined &&
        (item.bloodPressure.systolic > settings.bloodPressureHoldSystolic ||
          item.bloodPressure.diastolic > settings.bloodPressureHoldDiastolic)),
  );
  const latest = latestByInstrument(t);
  // The last charted basis is the clinic's choice for this patient; otherwise the clinic default.
  const doseBasis =
    [...currentSessions].reverse().find((s) => s.item.doseBasis)?.item.doseBasis ?? settings.doseWeightBasis;
  return {
    ...base,
    currentSessions,
    cardiovascularConcern,
    doseBasis,
    latestScore: (instrument, atLeast) =>
      latest.some((m) => m.item.instrument === instrument && m.total >= atLeast),
  };
}
