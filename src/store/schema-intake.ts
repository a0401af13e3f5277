// Drizzle tables for the intake re-evaluation (versioned), coverage facts, the clinic price list and pathway decisions.

import {
  type AnyPgColumn,
  bigint,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import type { Coverage, IntakeRecord, PriceList } from "../clinical/index.ts";
import { clinics, instant } from "./schema-accounts.ts";
import { courses, patients } from "./schema-clinical.ts";

const patientKey = (name: string, t: { clinicId: AnyPgColumn; patientId: AnyPgColumn }) =>
  foreignKey({ name, columns: [t.clinicId, t.patientId], foreignColumns: [patients.clinicId, patients.id] });

/** Every save is a new version; nothing is overwritten, so an earlier evaluation can always be read again. */
export const intakeVersions = pgTable(
  "intake_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clinicId: uuid("clinic_id").notNull(),
    patientId: uuid("patient_id").notNull(),
    version: integer("version").notNull(),
    /** "new-evaluation" for a fresh re-evaluation, "amendment" for a correction of the one before. */
    kind: text("kind").notNull(),
    reason: text("reason"),
    data: jsonb("data").$type<IntakeRecord>().notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: instant("created_at").notNull().defaultNow(),
  },
  (t) => [
    patientKey("intake_versions_patient_fkey", t),
    unique("intake_versions_patient_version_key").on(t.clinicId, t.patientId, t.version),
  ],
);

/** Benefits-check facts per patient and pathway; the latest row per pathway is current, older rows are history. */
export const patientCoverage = pgTable(
  "patient_coverage",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clinicId: uuid("clinic_id").notNull(),
    patientId: uuid("patient_id").notNull(),
    pathway: text("pathway").notNull(),
    /** Entry order: two checks saved in one transaction share a timestamp. */
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    data: jsonb("data").$type<Coverage>().notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: instant("created_at").notNull().defaultNow(),
  },
  (t) => [
    patientKey("patient_coverage_patient_fkey", t),
    index("patient_coverage_patient_idx").on(t.clinicId, t.patientId, t.pathway),
  ],
);

/** The clinic's price list, versioned like the intake: the highest version is current. */
export const clinicPriceLists = pgTable(
  "clinic_price_lists",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clinicId: uuid("clinic_id")
      .notNull()
      .references(() => clinics.id),
    version: integer("version").notNull(),
    data: jsonb("data").$type<PriceList>().notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: instant("created_at").notNull().defaultNow(),
  },
  (t) => [unique("clinic_price_lists_version_key").on(t.clinicId, t.version)],
);

/** What the patient and prescriber chose, on which intake version, with what else was discussed. */
export interface PathwayDecisionDetails {
  readonly statedPreferences: string;
  readonly alternativesDiscussed: readonly string[];
  readonly note?: string;
}

export const pathwayDecisions = pgTable(
  "pathway_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clinicId: uuid("clinic_id").notNull(),
    patientId: uuid("patient_id").notNull(),
    intakeVersion: integer("intake_version").notNull(),
    pathway: text("pathway").notNull(),
    courseId: uuid("course_id").notNull(),
    details: jsonb("details").$type<PathwayDecisionDetails>().notNull(),
    decidedBy: uuid("decided_by").notNull(),
    decidedAt: instant("decided_at").notNull().defaultNow(),
  },
  (t) => [
    patientKey("pathway_decisions_patient_fkey", t),
    foreignKey({
      name: "pathway_decisions_course_fkey",
      columns: [t.clinicId, t.courseId],
      foreignColumns: [courses.clinicId, courses.id],
    }),
    index("pathway_decisions_patient_idx").on(t.clinicId, t.patientId),
  ],
);
