// The demo clinic's synthetic cohort, built from `today` alone so the same date always gives the same clinic.

import type { PatientRecordInput } from "../clinical/index.ts";
import { Chart } from "./chart.ts";
import type { DemoCase, Shows } from "./demo-case.ts";
import { documents } from "./demo-cases-documents.ts";
import { optimization } from "./demo-cases-optimization.ts";
import { responders } from "./demo-cases-responders.ts";
import { review } from "./demo-cases-review.ts";
import { safety } from "./demo-cases-safety.ts";
import { assertDate, daysBefore } from "./demo-dates.ts";
import { demoNames } from "./demo-names.ts";
import { seededRandom } from "./seeded-random.ts";

export interface DemoPatient {
  readonly mrn: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly status: "active" | "inactive";
  /** Why an inactive patient was made inactive; null for active patients. */
  readonly inactiveReason: string | null;
  /** One line on where the patient stands, for the demo's patient list. */
  readonly story: string;
  /** What the engine concludes as of `today`. */
  readonly shows: Shows;
  readonly record: PatientRecordInput;
}

/** Fixed, so names, vitals and dissociation scores are the same on every start. */
const demoSeed = 0x7174_7261;

export const demoCases: readonly DemoCase[] = [
  ...responders,
  ...optimization,
  ...review,
  ...safety,
  ...documents,
];

/** The demo cohort as of `today` (YYYY-MM-DD); every date in it is on or before `today`. */
export function demoPatients(today: string): DemoPatient[] {
  assertDate(today);
  const rng = seededRandom(demoSeed);
  const names = demoNames(rng);
  return demoCases.map((spec, i) => {
    const mrn = `DEMO-${String(i + 1).padStart(4, "0")}`;
    const chart = new Chart(today, rng, spec.weightKg);
    spec.chart(chart);
    // Whole years plus part of one, so the age on `today` is exactly `spec.age`.
    const birthDate = daysBefore(today, Math.round(spec.age * 365.25) + rng.int(15, 330));
    const record: PatientRecordInput = {
      patient: {
        id: mrn.toLowerCase(),
        birthDate,
        sex: spec.sex,
        weightKg: spec.weightKg,
        heightCm: spec.heightCm,
      },
      diagnoses: chart.diagnoses,
      history: chart.history,
      priorTreatments: chart.priorTreatments,
      medications: chart.medications,
      sessions: chart.sessions,
      measurements: chart.measurements,
      events: chart.events,
    };
    return {
      mrn,
      ...names.next(spec.sex),
      status: spec.inactive === undefined ? "active" : "inactive",
      inactiveReason: spec.inactive ?? null,
      story: spec.story,
      shows: spec.shows,
      record,
    };
  });
}
