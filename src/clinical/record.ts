// PatientRecord: the engine's input, as a zod schema (the type, the runtime check and the error text).
// Range checks that need clinical knowledge (instrument items, dose limits) live in record-rules.ts.

import { z } from "zod";
import { instrumentIds } from "./instruments/instrument.ts";
import { modalities } from "./protocols/protocol.ts";

const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });
const score = z.number().int("must be a whole number");
const yes = z.boolean().optional();

export const sexes = ["female", "male", "other", "unknown"] as const;
export const weightBases = ["actual", "ideal", "adjusted"] as const;
export type WeightBasis = (typeof weightBases)[number];

export const patientSchema = z.object({
  id: z.string().min(1).max(64),
  birthDate: isoDate,
  sex: z.enum(sexes),
  weightKg: z.number().min(25, "must be at least 25 kg").max(350, "must be at most 350 kg"),
  heightCm: z.number().min(120, "must be at least 120 cm").max(230, "must be at most 230 cm").optional(),
});

export const diagnosisSchema = z.object({
  code: z.string().min(1).max(16),
  display: z.string().max(200).optional(),
});

/** Comorbidities and perpetuating factors that the non-response work-up asks about (seed 003, step 2). */
export const comorbidities = [
  "ptsd",
  "ocd",
  "autism",
  "adhd",
  "chronic-pain",
  "personality-disorder",
  "bipolar",
  "anxiety-disorder",
  "eating-disorder",
] as const;
export const perpetuatingFactors = [
  "substance-use",
  "sleep-disorder",
  "medical-illness",
  "medication-side-effects",
  "psychosocial-stressors",
] as const;

export const historySchema = z.object({
  trauma: yes,
  chronicPain: yes,
  anxiousDistress: yes,
  anhedonia: yes,
  substanceUse: yes,
  psychosis: yes,
  psychotherapy: yes,
  selfCare: yes,
  socialSupport: yes,
  medicationAdherence: yes,
  poorVenousAccess: yes,
  expectations: z.enum(["realistic", "unrealistic", "pessimistic"]).optional(),
  comorbidities: z.array(z.enum(comorbidities)).optional(),
  perpetuatingFactors: z.array(z.enum(perpetuatingFactors)).optional(),
});

export const priorTreatmentSchema = z.object({
  type: z.enum([
    "antidepressant",
    "augmentation",
    "ect",
    "tms",
    "ketamine",
    "esketamine",
    "psychotherapy",
    "other",
  ]),
  name: z.string().min(1).max(100),
  dailyDoseMg: z.number().positive().max(5000).optional(),
  weeks: z.number().positive().max(520).optional(),
  outcome: z.enum(["no-response", "partial-response", "response", "remission", "not-tolerated", "unknown"]),
});

export const medicationSchema = z.object({
  name: z.string().min(1).max(100),
  dose: z.string().max(100).optional(),
  start: isoDate.optional(),
  end: isoDate.optional(),
});

const bloodPressure = z.object({
  systolic: score.min(50, "must be at least 50").max(300, "must be at most 300"),
  diastolic: score.min(20, "must be at least 20").max(200, "must be at most 200"),
});

const itemScores = z.array(score.min(0, "must be 0 or more")).min(1);

export const dissociationSchema = z.object({
  instrument: z.literal("CADSS"),
  total: score.min(0).optional(),
  items: itemScores.optional(),
  /** The patient found the experience distressing. */
  distressing: yes,
});

export const preSessionSchema = z.object({
  fasted: yes,
  caffeine: yes,
  sleepHours: z.number().min(0).max(24).optional(),
  benzodiazepineTaken: yes,
  naltrexoneTaken: yes,
});

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time written HH:MM (24-hour)");
export const sedationLevels = ["none", "mild", "moderate", "severe"] as const;

/** One timed check during post-dose observation: vitals and what was observed, minutes after the dose. */
export const observationCheckSchema = z.object({
  minutesAfterDose: score.min(0, "must be 0 or more").max(480, "must be at most 480 minutes"),
  bloodPressure: bloodPressure.optional(),
  heartRate: score.min(20, "must be at least 20").max(250, "must be at most 250").optional(),
  spo2: score.min(50, "must be at least 50%").max(100, "must be at most 100%").optional(),
  sedation: z.enum(sedationLevels).optional(),
  dissociation: yes,
});

/**
 * Post-dose observation (esketamine REMS; also usable after ketamine): when the dose was given, the timed
 * checks, adverse events, and when the patient was judged ready to leave and by which criteria.
 */
export const postDoseObservationSchema = z.object({
  doseTime: clockTime,
  checks: z.array(observationCheckSchema).max(40).default([]),
  respiratoryDepression: yes,
  adverseEvents: z.array(z.string().min(1).max(200)).max(20).default([]),
  readyToLeaveMinutes: score.min(0).max(600, "must be at most 600 minutes").optional(),
  /** Alert, vitals back near baseline, no active dissociation or sedation, able to walk unaided. */
  dischargeCriteriaMet: yes,
  /** Someone other than the patient is driving them home (esketamine: no driving until the next day). */
  escortConfirmed: yes,
  remsPatientId: z.string().max(40).optional(),
});

export const sessionSchema = z.object({
  date: isoDate,
  modality: z.enum(modalities),
  doseMgPerKg: z.number().positive("must be more than 0").optional(),
  doseMg: z.number().positive("must be more than 0").optional(),
  doseBasis: z.enum(weightBases).optional(),
  weightKg: z.number().min(25).max(350).optional(),
  infusionMinutes: z.number().positive().max(240, "must be at most 240 minutes").optional(),
  completed: z.boolean().default(true),
  interrupted: yes,
  interruptionReason: z.string().max(200).optional(),
  dissociation: dissociationSchema.optional(),
  bloodPressure: bloodPressure.optional(),
  bloodPressureAfter: bloodPressure.optional(),
  recoveryMinutes: z.number().min(0).max(600).optional(),
  sideEffects: z.array(z.string().min(1).max(100)).default([]),
  preSession: preSessionSchema.optional(),
  protocol: z.string().max(60).optional(),
  pulses: score.min(1).max(20000).optional(),
  intensityPercentMT: z.number().positive().optional(),
  /** TMS: the motor threshold, as % of the stimulator's maximum output. */
  motorThresholdPercentOutput: z
    .number()
    .positive("must be more than 0")
    .max(100, "must be at most 100%")
    .optional(),
  observation: postDoseObservationSchema.optional(),
});

export const measurementSchema = z.object({
  date: isoDate,
  instrument: z.enum(instrumentIds),
  total: score.min(0, "must be 0 or more").optional(),
  items: itemScores.optional(),
});

export const eventTypes = [
  "patient-preference",
  "prefers-non-iv-route",
  "prefers-home-treatment",
  "cost-barrier",
  "access-barrier",
  "insurance-covers-esketamine",
  "intolerable-side-effects",
  "contraindication",
  "psychosis",
  "substance-use",
  "suicidal-ideation",
  "optimization",
  "consent",
  "note",
] as const;
export type EventType = (typeof eventTypes)[number];

export const eventSchema = z.object({
  date: isoDate,
  type: z.enum(eventTypes),
  /** For `optimization` events: the recommendation code the clinician carried out. */
  strategy: z.string().max(60).optional(),
  note: z.string().max(2000).optional(),
});

export const patientRecordSchema = z.object({
  patient: patientSchema,
  diagnoses: z.array(diagnosisSchema).default([]),
  history: historySchema.default({}),
  priorTreatments: z.array(priorTreatmentSchema).default([]),
  medications: z.array(medicationSchema).default([]),
  sessions: z.array(sessionSchema).default([]),
  measurements: z.array(measurementSchema).default([]),
  events: z.array(eventSchema).default([]),
});

export type PatientRecord = z.output<typeof patientRecordSchema>;
export type PatientRecordInput = z.input<typeof patientRecordSchema>;
export type Session = PatientRecord["sessions"][number];
export type Measurement = PatientRecord["measurements"][number];
export type Medication = PatientRecord["medications"][number];
export type ClinicalEvent = PatientRecord["events"][number];
export type History = PatientRecord["history"];
export type PriorTreatment = PatientRecord["priorTreatments"][number];
export type Patient = PatientRecord["patient"];
export type PostDoseObservation = z.output<typeof postDoseObservationSchema>;
export type ObservationCheck = z.output<typeof observationCheckSchema>;
export type Comorbidity = (typeof comorbidities)[number];
export type PerpetuatingFactor = (typeof perpetuatingFactors)[number];
