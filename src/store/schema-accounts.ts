// Drizzle tables for clinics, staff accounts, sign-in sessions and the audit log.

import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { ClinicSettings } from "../clinical/index.ts";

/** A point in time, stored with its time zone. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const clinics = pgTable("clinics", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  requireMfa: boolean("require_mfa").notNull().default(false),
  settings: jsonb("settings").$type<ClinicSettings>().notNull(),
  createdAt: instant("created_at").notNull().defaultNow(),
});

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clinicId: uuid("clinic_id")
      .notNull()
      .references(() => clinics.id),
    email: text("email").notNull(),
    role: text("role").notNull(),
    passwordHash: text("password_hash").notNull(),
    totpSecret: text("totp_secret"),
    totpEnrolled: boolean("totp_enrolled").notNull().default(false),
    /** The 30-second step of the last accepted one-time code: a code is good once (RFC 6238, section 5.2). */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedUntil: instant("locked_until"),
    active: boolean("active").notNull().default(true),
    createdAt: instant("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    unique("users_clinic_id_id_key").on(t.clinicId, t.id),
    check("users_role_check", sql`${t.role} in ('admin', 'prescriber', 'nurse', 'coordinator', 'readonly')`),
  ],
);

export const authSessions = pgTable(
  "auth_sessions",
  {
    /** A hash of the session token: the token itself is never stored. */
    id: text("id").primaryKey(),
    clinicId: uuid("clinic_id").notNull(),
    userId: uuid("user_id").notNull(),
    createdAt: instant("created_at").notNull().defaultNow(),
    lastSeenAt: instant("last_seen_at").notNull().defaultNow(),
    expiresAt: instant("expires_at").notNull(),
    revokedAt: instant("revoked_at"),
  },
  (t) => [
    foreignKey({ columns: [t.clinicId, t.userId], foreignColumns: [users.clinicId, users.id] }),
    index("auth_sessions_user_id_idx").on(t.userId),
  ],
);

export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: instant("at").notNull(),
    clinicId: uuid("clinic_id").references(() => clinics.id),
    userId: uuid("user_id"),
    role: text("role"),
    action: text("action").notNull(),
    resource: text("resource").notNull(),
    resourceId: text("resource_id"),
    outcome: text("outcome").notNull(),
    address: text("address"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    index("audit_events_chain_idx").on(t.clinicId, t.seq),
    check(
      "audit_events_outcome_check",
      sql`${t.outcome} in ('success', 'denied', 'not-found', 'invalid', 'error')`,
    ),
  ],
);
