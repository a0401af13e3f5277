// Response shapes (zod, so the OpenAPI document is complete) and the mappers from store types to them.

import { z } from "zod";
import { clinicSettingsSchema, languages, patientRecordSchema, preSessionSchema } from "../clinical/index.ts";
import {
  type Amendment,
  type AuditEvent,
  type Decision,
  type PatientSummary,
  roles,
  type Stored,
  type User,
} from "../store/store.ts";

const timestamp = z.string().describe("ISO 8601 date-time, UTC");
const iso = (d: Date) => d.toISOString();

export const idParams = z.object({ id: z.guid("must be a UUID").describe("Patient id") });
export const rowParams = idParams.extend({ rowId: z.guid("must be a UUID").describe("Row id") });

export const patientSchema = z.object({
  id: z.string(),
  mrn: z.string().nullable(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string(),
  sex: z.enum(["female", "male", "other", "unknown"]),
  weightKg: z.number(),
  heightCm: z.number().nullable(),
  status: z.enum(["active", "inactive"]),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type PatientDto = z.output<typeof patientSchema>;

export function toPatient(p: PatientSummary): PatientDto {
  return {
    id: p.id,
    mrn: p.mrn,
    givenName: p.givenName,
    familyName: p.familyName,
    birthDate: p.birthDate,
    sex: p.sex,
    weightKg: p.weightKg,
    heightCm: p.heightCm,
    status: p.status,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
  };
}

export const amendmentSchema = z.object({
  id: z.string(),
  before: z.unknown().describe("The row as it was"),
  after: z.unknown().describe("The row as corrected"),
  reason: z.string(),
  amendedBy: z.string().describe("The author's user id"),
  amendedByEmail: z.string().nullable().describe("The author's sign-in e-mail"),
  amendedAt: timestamp,
});

function toAmendment(a: Amendment): z.output<typeof amendmentSchema> {
  return {
    id: a.id,
    before: a.before,
    after: a.after,
    reason: a.reason,
    amendedBy: a.amendedBy,
    amendedByEmail: a.amendedByEmail,
    amendedAt: iso(a.amendedAt),
  };
}

export function storedSchema<S extends z.ZodType>(data: S) {
  return z.object({
    id: z.string(),
    data,
    createdBy: z.string(),
    createdAt: timestamp,
    amendments: z.array(amendmentSchema).describe("Corrections, oldest first; each keeps the original"),
  });
}

export function toStored<T>(row: Stored<T>) {
  return {
    id: row.id,
    data: row.data,
    createdBy: row.createdBy,
    createdAt: iso(row.createdAt),
    amendments: row.amendments.map(toAmendment),
  };
}

export const userSchema = z.object({
  id: z.string(),
  clinicId: z.string(),
  email: z.string(),
  role: z.enum(roles),
  active: z.boolean(),
  totpEnrolled: z.boolean(),
});

export function toUser(u: User): z.output<typeof userSchema> {
  return {
    id: u.id,
    clinicId: u.clinicId,
    email: u.email,
    role: u.role,
    active: u.active,
    totpEnrolled: u.totpEnrolled,
  };
}

export const decisionSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  code: z.string(),
  decision: z.enum(["accept", "override"]),
  reason: z.string().nullable(),
  asOf: z.string(),
  knowledgeVersion: z.string(),
  decidedBy: z.string(),
  decidedAt: timestamp,
});

export function toDecision(d: Decision): z.output<typeof decisionSchema> {
  return { ...d, decidedAt: iso(d.decidedAt) };
}

export const auditEventSchema = z.object({
  seq: z.number().int(),
  at: timestamp,
  userId: z.string().nullable(),
  role: z.enum(roles).nullable(),
  clinicId: z.string().nullable(),
  action: z.string(),
  resource: z.string(),
  resourceId: z.string().nullable(),
  outcome: z.enum(["success", "denied", "not-found", "invalid", "error"]),
  address: z.string().nullable(),
  hash: z.string(),
});

export function toAuditEvent(e: AuditEvent): z.output<typeof auditEventSchema> {
  return { ...e, at: iso(e.at) };
}

export const recordSchema = patientRecordSchema.describe("The engine's input: everything assess() reads");

const evidenceSchema = z.object({
  field: z.string().describe("Path into the record"),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  date: z.string().optional(),
});
const sourceSchema = z.object({
  id: z.string(),
  citation: z.string(),
  document: z.string().optional(),
  section: z.string().optional(),
});
const findingFields = {
  code: z.string().describe("Stable code; decisions name it"),
  severity: z.enum(["info", "warning", "critical"]),
  title: z.string(),
  detail: z.string(),
  evidence: z.array(evidenceSchema).readonly(),
  source: sourceSchema,
};
const scoreSchema = z.object({ date: z.string(), total: z.number(), band: z.string() });
const section = (what: string) => z.unknown().describe(what);

// Sections a view renders but no client keys on are documented by reference to the engine's types,
// not restated here; every top-level key must be listed or the serializer would drop it.
export const assessmentSchema = z
  .object({
    asOf: z.string(),
    knowledgeVersion: z.string(),
    settings: clinicSettingsSchema,
    patient: z.object({
      id: z.string(),
      ageYears: z.number(),
      weights: section("Actual, ideal and adjusted body weight"),
    }),
    outcome: z.object({
      instrument: z.string().nullable(),
      baseline: scoreSchema.nullable(),
      latest: scoreSchema.nullable(),
      best: scoreSchema.nullable(),
      improvementPercent: z.number().nullable(),
      bestImprovementPercent: z.number().nullable(),
      classification: z.enum([
        "remission",
        "response",
        "partial-response",
        "non-response",
        "insufficient-data",
      ]),
      remissionMax: z.number().nullable(),
      responseRule: z.string(),
      reason: z.string(),
    }),
    trajectory: section("Trajectory of scores over the course"),
    trial: section("Whether the current trial is adequate, and what is missing"),
    course: section("Treatments given, by modality"),
    workup: section("The systematic non-response work-up"),
    discontinuation: section("Whether stopping is supported, and the next step"),
    nextPathways: z.array(section("A next treatment pathway and why")).readonly(),
    latestScores: z.array(scoreSchema.extend({ instrument: z.string() })).readonly(),
    findings: z.array(z.object(findingFields)).readonly(),
    recommendations: z
      .array(
        z.object({
          ...findingFields,
          category: z.string(),
          doseMgPerKg: z.number().optional(),
          doseMg: z.number().optional(),
          weightBasis: z.enum(["actual", "ideal", "adjusted"]).optional(),
          basisWeightKg: z.number().optional(),
          infusionMinutes: z.number().optional(),
        }),
      )
      .readonly(),
    citations: z.array(sourceSchema).readonly(),
  })
  .describe("The engine's Assessment; src/clinical/assessment.ts documents every field");

export const noContent = z.null().describe("No content");

/** A link sent to a patient, as staff see it: never its token, and what its answers came to. */
export const selfReportLinkSchema = z.object({
  id: z.string(),
  forms: z.array(z.string()),
  language: z.enum(languages),
  createdAt: z.string(),
  expiresAt: z.string(),
  state: z.enum(["open", "submitted", "expired"]),
  submittedAt: z.string().nullable(),
  answered: z
    .object({
      preSession: preSessionSchema
        .nullable()
        .describe("The checklist's answers as a charted session holds them"),
      scores: z.array(z.object({ instrument: z.string(), total: z.number() })),
    })
    .nullable()
    .describe("What a submitted link's answers came to; null until it is submitted"),
});
