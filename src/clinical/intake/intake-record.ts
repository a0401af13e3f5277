// The intake re-evaluation before an advanced pathway (seed 002, "First step: careful re-evaluation"): zod schema.

import { z } from "zod";
import { priorTreatmentSchema } from "../record.ts";

const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });
const note = z.string().trim().max(1000, "must be at most 1000 characters").optional();

export const diagnosisConfidences = ["confirmed", "probable", "provisional"] as const;
/** Severity at this evaluation, in the Maudsley Staging Method's bands. */
export const episodeSeverities = ["subsyndromal", "mild", "moderate", "severe", "severe-psychotic"] as const;
export const coOccurringConditions = [
  "anxiety",
  "ptsd",
  "ocd",
  "bipolar-spectrum",
  "substance-use",
  "chronic-pain",
  "personality-features",
  "eating-disorder",
  "adhd",
  "autism",
] as const;
export const tolerabilities = [
  "well-tolerated",
  "side-effects",
  "stopped-for-side-effects",
  "unknown",
] as const;

/** A prior treatment, as the engine's record has it, plus what the intake asks on top. */
export const intakeTreatmentSchema = priorTreatmentSchema.extend({
  /** Taken during the current depressive episode (only those count towards resistance). */
  thisEpisode: z.boolean().default(true),
  tolerability: z.enum(tolerabilities).default("unknown"),
  /** The patient took it as prescribed for most of the trial. */
  adherent: z.boolean().default(true),
  note,
});
export type IntakeTreatment = z.output<typeof intakeTreatmentSchema>;

export const cssrsSchema = z.object({
  date: isoDate,
  /** The six screen answers, 0 = no, 1 = yes. */
  items: z
    .array(z.union([z.literal(0), z.literal(1)], { error: "must be 0 (no) or 1 (yes)" }))
    .length(6, "must have 6 answers"),
});

export const implantedDevices = [
  "cochlear-implant",
  "aneurysm-clip-or-coil",
  "brain-stimulator",
  "vagus-nerve-stimulator",
  "metal-fragments-head",
  "intracranial-shunt",
  "cardiac-pacemaker-or-icd",
  "medication-pump",
  "other-head-or-neck-metal",
] as const;
export type ImplantedDevice = (typeof implantedDevices)[number];
export const seizureHistories = ["none", "remote", "recent-or-uncontrolled"] as const;
export const hypertensionStatuses = ["none", "controlled", "uncontrolled"] as const;
export const pregnancyStatuses = [
  "not-pregnant",
  "pregnant",
  "planning-or-possible",
  "not-applicable",
] as const;
export const psychosisStatuses = ["none", "past", "current"] as const;
export const substanceUseStatuses = ["none", "past", "active"] as const;

export const medicalSchema = z.object({
  implantedDevices: z.array(z.enum(implantedDevices)).max(implantedDevices.length).default([]),
  /** A cardiologist or the device maker has cleared TMS with this implanted device. */
  deviceClearanceDocumented: z.boolean().default(false),
  seizureHistory: z.enum(seizureHistories).default("none"),
  /** Something that lowers the seizure threshold: a brain injury, alcohol or sedative withdrawal, a drug. */
  seizureThresholdFactors: z.boolean().default(false),
  aneurysmalVascularDisease: z.boolean().default(false),
  arteriovenousMalformation: z.boolean().default(false),
  intracerebralHemorrhage: z.boolean().default(false),
  /** A known allergic reaction to ketamine, esketamine or an ingredient of either: both labels rule them out. */
  ketamineHypersensitivity: z.boolean().default(false),
  hypertension: z.enum(hypertensionStatuses).default("none"),
  pregnancy: z.enum(pregnancyStatuses).default("not-applicable"),
  psychosis: z.enum(psychosisStatuses).default("none"),
  substanceUse: z.enum(substanceUseStatuses).default("none"),
  notes: note,
});

export const contributorStatuses = [
  "not-a-factor",
  "addressed",
  "being-addressed",
  "not-yet-checked",
] as const;
export const contributorsSchema = z.object({
  sleep: z.enum(contributorStatuses).default("not-yet-checked"),
  thyroid: z.enum(contributorStatuses).default("not-yet-checked"),
  substances: z.enum(contributorStatuses).default("not-yet-checked"),
  interactingMedications: z.enum(contributorStatuses).default("not-yet-checked"),
});

export const practicalSchema = z.object({
  canAttendDaily: z.boolean(),
  canStayTwoHours: z.boolean(),
  hasDriver: z.boolean(),
  travelMinutes: z.number().int("must be whole minutes").min(0).max(600, "must be at most 600 minutes"),
  schedule: z.string().trim().max(500, "must be at most 500 characters").optional(),
});

export const preferenceSchema = z.object({
  dissociation: z.enum(["open", "unsure", "avoid"]).default("unsure"),
  medication: z.enum(["prefers-medication", "no-preference", "prefers-non-drug"]).default("no-preference"),
  needles: z.enum(["fine", "uneasy", "avoid"]).default("fine"),
  speed: z.enum(["urgent", "important", "not-a-priority"]).default("important"),
});

/** How much each comparison factor matters to the patient: 0 not at all … 3 most. */
const weight = z.number().int("must be a whole number").min(0, "must be 0 to 3").max(3, "must be 0 to 3");
export const prioritiesSchema = z.object({
  speed: weight.default(1),
  timeBurden: weight.default(1),
  cost: weight.default(1),
  preference: weight.default(1),
});
export type Priorities = z.output<typeof prioritiesSchema>;

export const intakeRecordSchema = z.object({
  evaluatedOn: isoDate,
  diagnosis: z.object({
    code: z.string().trim().min(1, "must not be empty").max(16),
    display: z.string().trim().max(200).optional(),
    confidence: z.enum(diagnosisConfidences),
    /** When this depressive episode began. */
    episodeStart: isoDate,
    severity: z.enum(episodeSeverities),
  }),
  coOccurring: z.array(z.enum(coOccurringConditions)).max(coOccurringConditions.length).default([]),
  treatments: z.array(intakeTreatmentSchema).max(60).default([]),
  cssrs: cssrsSchema.optional(),
  medical: medicalSchema.default({
    implantedDevices: [],
    deviceClearanceDocumented: false,
    seizureHistory: "none",
    seizureThresholdFactors: false,
    aneurysmalVascularDisease: false,
    arteriovenousMalformation: false,
    intracerebralHemorrhage: false,
    ketamineHypersensitivity: false,
    hypertension: "none",
    pregnancy: "not-applicable",
    psychosis: "none",
    substanceUse: "none",
  }),
  contributors: contributorsSchema.default({
    sleep: "not-yet-checked",
    thyroid: "not-yet-checked",
    substances: "not-yet-checked",
    interactingMedications: "not-yet-checked",
  }),
  practical: practicalSchema,
  preferences: preferenceSchema.default({
    dissociation: "unsure",
    medication: "no-preference",
    needles: "fine",
    speed: "important",
  }),
  priorities: prioritiesSchema.default({ speed: 1, timeBurden: 1, cost: 1, preference: 1 }),
  notes: z.string().trim().max(4000, "must be at most 4000 characters").optional(),
});

export type IntakeRecord = z.output<typeof intakeRecordSchema>;
export type IntakeRecordInput = z.input<typeof intakeRecordSchema>;
export type Medical = IntakeRecord["medical"];
