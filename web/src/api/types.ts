// The API's response shapes, taken from the server's own schemas and the engine's types so they cannot drift.

import type { z } from "zod";
import type {
  decisionSchema,
  PatientDto,
  selfReportLinkSchema,
  userSchema,
} from "../../../src/server/schemas.ts";

export type {
  Assessment,
  ClinicalEvent,
  Evidence,
  Finding,
  Measurement,
  Medication,
  Recommendation,
  Session,
  Severity,
} from "../../../src/clinical/index.ts";

export type Patient = PatientDto;
export type Decision = z.output<typeof decisionSchema>;
export type User = z.output<typeof userSchema>;
export type Role = User["role"];

/** GET /api/auth/me. */
export interface Me {
  readonly user: User;
  /** When the session ends unless used before then. */
  readonly expiresAt: string;
  readonly clinic: { readonly id: string; readonly name: string; readonly requireMfa: boolean };
}

export interface Amendment {
  readonly id: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly reason: string;
  readonly amendedBy: string;
  readonly amendedByEmail: string | null;
  readonly amendedAt: string;
}

/** A charted row as the API lists it: the engine-shaped data with who wrote it and its corrections. */
export interface StoredRow<T> {
  readonly id: string;
  readonly data: T;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly amendments: readonly Amendment[];
}

export interface Items<T> {
  readonly items: readonly T[];
}

/** A link sent to a patient, as GET /api/patients/:id/self-report-links lists it (never its token). */
export type SelfReportLinkSummary = z.infer<typeof selfReportLinkSchema>;
