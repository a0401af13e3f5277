// Drizzle tables for patients and everything charted about them; every row carries its clinic for RLS.

import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { History, Session } from "../clinical/index.ts";
import { clinics, instant } from "./schema-accounts.ts";

const day = (name: string) => date(name, { mode: "string" });
const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

/** What a session holds beyond its typed columns (date, modality, completed). */
export type SessionDetails = Omit<Session, "date" | "modality" | "completed">;

export const patients = pgTable(
  "patients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clinicId: uuid("clinic_id")
      .notNull()
      .references(() => clinics.id),
    mrn: text("mrn"),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    birthDate: day("birth_date").notNull(),
    sex: text("sex").notNull(),
    weightKg: doublePrecision("weight_kg").notNull(),
    heightCm: doublePrecision("height_cm"),
    status: text("status").notNull().default("active"),
    history: jsonb("history").$type<History>().notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: instant("created_at").notNull().defaultNow(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
  },
  (t) => [
    unique("patients_clinic_id_id_key").on(t.clinicId, t.id),
    uniqueIndex("patients_clinic_mrn_key").on(t.clinicId, t.mrn).where(sql`${t.mrn} is not null`),
    index("patients_clinic_name_idx").on(t.clinicId, t.familyName, t.givenName),
    check("patients_status_check", sql`${t.status} in ('active', 'inactive')`),
  ],
);

/** Identity, ownership and authorship shared by every row charted against a patient. */
function charted() {
  return {
    id: uuid("id").primaryKey().defaultRandom(),
    clinicId: uuid("clinic_id").notNull(),
    patientId: uuid("patient_id").notNull(),
    /** Insertion order: ties between rows on the same date load in the order they were charted. */
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    createdBy: uuid("created_by").notNull(),
    createdAt: instant("created_at").notNull().defaultNow(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
  };
}

// A composite key to the patient makes a row naming another clinic's patient impossible: foreign-key
// checks are not subject to row-level security, so a plain patient_id key would accept one.
function chartedKeys(name: string, t: { clinicId: AnyPgColumn; patientId: AnyPgColumn }) {
  return [
    foreignKey({
      name: `${name}_patient_fkey`,
      columns: [t.clinicId, t.patientId],
      foreignColumns: [patients.clinicId, patients.id],
    }),
    index(`${name}_patient_idx`).on(t.patientId),
  ];
}

export const diagnoses = pgTable(
  "diagnoses",
  { ...charted(), code: text("code").notNull(), display: text("display") },
  (t) => chartedKeys("diagnoses", t),
);

export const priorTreatments = pgTable(
  "prior_treatments",
  {
    ...charted(),
    type: text("type").notNull(),
    name: text("name").notNull(),
    dailyDoseMg: doublePrecision("daily_dose_mg"),
    weeks: doublePrecision("weeks"),
    outcome: text("outcome").notNull(),
  },
  (t) => chartedKeys("prior_treatments", t),
);

export const medications = pgTable(
  "medications",
  {
    ...charted(),
    name: text("name").notNull(),
    dose: text("dose"),
    startDate: day("start_date"),
    endDate: day("end_date"),
  },
  (t) => chartedKeys("medications", t),
);

/** A course's self-report schedule, stored as written (the store's SelfReportSchedule). */
export interface CourseSchedule {
  readonly instruments: readonly string[];
  readonly baseline: boolean;
  readonly beforeEachSession: boolean;
  readonly weekly: boolean;
  readonly afterInduction: boolean;
}

/** A course of one modality; sessions may name it. */
export const courses = pgTable(
  "courses",
  {
    ...charted(),
    modality: text("modality").notNull(),
    startDate: day("start_date").notNull(),
    status: text("status").notNull().default("active"),
    reasonStopped: text("reason_stopped"),
    /** When the course asks the patient for self-reports; see SelfReportSchedule in store.ts. */
    schedule: jsonb("schedule").$type<CourseSchedule>(),
  },
  (t) => [
    ...chartedKeys("courses", t),
    unique("courses_clinic_id_id_key").on(t.clinicId, t.id),
    check("courses_status_check", sql`${t.status} in ('active', 'completed', 'stopped')`),
  ],
);

export const treatmentSessions = pgTable(
  "treatment_sessions",
  {
    ...charted(),
    courseId: uuid("course_id"),
    date: day("date").notNull(),
    modality: text("modality").notNull(),
    completed: boolean("completed").notNull(),
    /** Dose, vitals, dissociation, side effects and the pre-session checklist, in the engine's shape. */
    data: jsonb("data").$type<SessionDetails>().notNull(),
  },
  (t) => [
    ...chartedKeys("treatment_sessions", t),
    foreignKey({
      name: "treatment_sessions_course_fkey",
      columns: [t.clinicId, t.courseId],
      foreignColumns: [courses.clinicId, courses.id],
    }),
    index("treatment_sessions_clinic_date_idx").on(t.clinicId, t.date),
  ],
);

export const measurements = pgTable(
  "measurements",
  {
    ...charted(),
    date: day("date").notNull(),
    instrument: text("instrument").notNull(),
    total: integer("total"),
    items: integer("items").array(),
  },
  (t) => [...chartedKeys("measurements", t), index("measurements_clinic_date_idx").on(t.clinicId, t.date)],
);

export const clinicalEvents = pgTable(
  "clinical_events",
  {
    ...charted(),
    date: day("date").notNull(),
    type: text("type").notNull(),
    strategy: text("strategy"),
    note: text("note"),
  },
  (t) => chartedKeys("clinical_events", t),
);

export const decisions = pgTable(
  "decisions",
  {
    ...charted(),
    code: text("code").notNull(),
    decision: text("decision").notNull(),
    reason: text("reason"),
    asOf: day("as_of").notNull(),
    knowledgeVersion: text("knowledge_version").notNull(),
  },
  (t) => [
    ...chartedKeys("decisions", t),
    check("decisions_decision_check", sql`${t.decision} in ('accept', 'override')`),
    check("decisions_override_reason_check", sql`${t.decision} = 'accept' or ${t.reason} is not null`),
  ],
);

/** Clinical documents rendered from an assessment. Written by a later issue. */
export const documents = pgTable(
  "documents",
  {
    ...charted(),
    kind: text("kind").notNull(),
    version: integer("version").notNull(),
    contentHash: text("content_hash").notNull(),
    signed: boolean("signed").notNull().default(false),
    signedBy: uuid("signed_by"),
    signedAt: instant("signed_at"),
    content: bytea("content"),
    contentJson: jsonb("content_json"),
  },
  (t) => chartedKeys("documents", t),
);

export const amendments = pgTable(
  "amendments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clinicId: uuid("clinic_id").notNull(),
    patientId: uuid("patient_id").notNull(),
    resource: text("resource").notNull(),
    rowId: uuid("row_id").notNull(),
    before: jsonb("before").notNull(),
    after: jsonb("after").notNull(),
    reason: text("reason").notNull(),
    amendedBy: uuid("amended_by").notNull(),
    amendedAt: instant("amended_at").notNull().defaultNow(),
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
  },
  (t) => [
    foreignKey({
      name: "amendments_patient_fkey",
      columns: [t.clinicId, t.patientId],
      foreignColumns: [patients.clinicId, patients.id],
    }),
    index("amendments_row_idx").on(t.patientId, t.resource, t.rowId),
  ],
);
