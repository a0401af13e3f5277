// Small records for the work-up tests: one clean IV course that every test bends in one place.

import type { BodyWeights } from "./assessment.ts";
import { type PatientRecordInput, patientRecordSchema } from "./record.ts";
import { assessWorkup, type WorkupContext } from "./workup.ts";

export const asOf = "2026-02-01";
export const normalWeights: BodyWeights = { actualKg: 70, idealKg: 61.4, adjustedKg: 64.8, bmi: 24.2 };

const cleanSession = {
  modality: "iv-ketamine",
  doseMgPerKg: 0.5,
  doseMg: 35,
  doseBasis: "actual",
  weightKg: 70,
  infusionMinutes: 40,
  preSession: {
    fasted: true,
    caffeine: false,
    sleepHours: 7,
    benzodiazepineTaken: false,
    naltrexoneTaken: false,
  },
} as const;

export const cleanDates = [
  "2026-01-05",
  "2026-01-08",
  "2026-01-12",
  "2026-01-15",
  "2026-01-19",
  "2026-01-22",
];

export const clean: PatientRecordInput = {
  patient: { id: "p1", birthDate: "1980-01-01", sex: "female", weightKg: 70, heightCm: 170 },
  diagnoses: [{ code: "F33.1", display: "Major depressive disorder, recurrent, moderate" }],
  history: {
    psychotherapy: true,
    selfCare: true,
    socialSupport: true,
    medicationAdherence: true,
    expectations: "realistic",
    comorbidities: [],
    perpetuatingFactors: [],
    substanceUse: false,
  },
  medications: [{ name: "sertraline 100 mg", start: "2025-01-01" }],
  sessions: cleanDates.map((date) => ({ ...cleanSession, date })),
};

type SessionInput = NonNullable<PatientRecordInput["sessions"]>[number];

/** The clean record with some sessions changed (by position) and other parts replaced. */
export function variant(
  changes: Partial<PatientRecordInput> & {
    readonly sessionChanges?: Record<number, Partial<SessionInput>>;
  } = {},
): PatientRecordInput {
  const { sessionChanges = {}, ...rest } = changes;
  const sessions = (clean.sessions ?? []).map((s, i) => ({ ...s, ...sessionChanges[i] }));
  return { ...clean, sessions, ...rest };
}

export function run(input: PatientRecordInput, context: Partial<WorkupContext> = {}) {
  return assessWorkup(patientRecordSchema.parse(input), {
    asOf,
    classification: "non-response",
    trialAdequate: true,
    modality: "iv-ketamine",
    weights: normalWeights,
    ...context,
  });
}

export const codesOf = (items: readonly { readonly code: string }[]) => items.map((i) => i.code);
