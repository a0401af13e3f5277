// Drizzle tables for self-report links, the safety alerts they raise, and each clinic's notification settings.

import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { clinics, instant } from "./schema-accounts.ts";
import { patients } from "./schema-clinical.ts";

/** What a submitted link returns again on a second submit: the same receipt. */
export interface StoredReceipt {
  readonly submittedAt: string;
  readonly crisis: boolean;
  readonly dosingHold: boolean;
  readonly alertId: string | null;
}

/** A link sent to one patient: only the SHA-256 of its token is kept, never the token. */
export const selfReportLinks = pgTable(
  "self_report_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clinicId: uuid("clinic_id").notNull(),
    patientId: uuid("patient_id").notNull(),
    courseId: uuid("course_id"),
    /** The course's modality when the link was sent: whether fasting matters for the dose. */
    modality: text("modality"),
    tokenHash: text("token_hash").notNull(),
    forms: jsonb("forms").$type<string[]>().notNull(),
    language: text("language").notNull().default("en"),
    /** Answers saved so far, keyed by question id; kept after submission as what was submitted. */
    answers: jsonb("answers").$type<Record<string, number>>().notNull().default({}),
    receipt: jsonb("receipt").$type<StoredReceipt>(),
    createdBy: uuid("created_by").notNull(),
    createdAt: instant("created_at").notNull().defaultNow(),
    expiresAt: instant("expires_at").notNull(),
    submittedAt: instant("submitted_at"),
  },
  (t) => [
    uniqueIndex("self_report_links_token_hash_key").on(t.tokenHash),
    index("self_report_links_patient_idx").on(t.clinicId, t.patientId),
    foreignKey({
      name: "self_report_links_patient_fkey",
      columns: [t.clinicId, t.patientId],
      foreignColumns: [patients.clinicId, patients.id],
    }),
  ],
);

/** A critical signal waiting for a clinician; acknowledged with a note, never deleted. */
export const selfReportAlerts = pgTable(
  "self_report_alerts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clinicId: uuid("clinic_id").notNull(),
    patientId: uuid("patient_id").notNull(),
    linkId: uuid("link_id"),
    /** The engine's signals: code, title, evidence and source. */
    findings: jsonb("findings").$type<unknown[]>().notNull(),
    createdAt: instant("created_at").notNull().defaultNow(),
    notifiedAt: instant("notified_at"),
    escalatedAt: instant("escalated_at"),
    acknowledgedBy: uuid("acknowledged_by"),
    acknowledgedAt: instant("acknowledged_at"),
    note: text("note"),
  },
  (t) => [
    index("self_report_alerts_open_idx").on(t.clinicId, t.acknowledgedAt),
    foreignKey({
      name: "self_report_alerts_patient_fkey",
      columns: [t.clinicId, t.patientId],
      foreignColumns: [patients.clinicId, patients.id],
    }),
    check(
      "self_report_alerts_ack_check",
      sql`(${t.acknowledgedAt} is null) = (${t.acknowledgedBy} is null) and (${t.acknowledgedAt} is null) = (${t.note} is null)`,
    ),
  ],
);

/** Who hears about alerts, and the clinic's choices for links; one row per clinic, absent means defaults. */
export const clinicNotificationSettings = pgTable("clinic_notification_settings", {
  clinicId: uuid("clinic_id")
    .primaryKey()
    .references(() => clinics.id),
  recipients: jsonb("recipients").$type<string[]>().notNull().default([]),
  onCall: text("on_call"),
  escalationMinutes: integer("escalation_minutes").notNull().default(30),
  linkExpiryHours: integer("link_expiry_hours").notNull().default(72),
  showClassification: boolean("show_classification").notNull().default(false),
  updatedBy: uuid("updated_by"),
  updatedAt: instant("updated_at").notNull().defaultNow(),
});
