// Self-report links inside one clinic: created by staff with a token hash, listed on the patient's chart.

import { asc, eq } from "drizzle-orm";
import { StoreError } from "./errors.ts";
import { findPatientRow } from "./patient-repository.ts";
import { selfReportLinks } from "./schema-self-report.ts";
import type { NewSelfReportLink, SelfReportLink } from "./self-report-types.ts";
import type { Actor } from "./store.ts";
import { isUuid, type Tx } from "./tenancy.ts";

export function toLink(row: typeof selfReportLinks.$inferSelect): SelfReportLink {
  return {
    id: row.id,
    patientId: row.patientId,
    courseId: row.courseId,
    forms: row.forms,
    language: row.language === "es" ? "es" : "en",
    answers: row.answers,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    submittedAt: row.submittedAt,
    receipt: row.receipt ?? null,
  };
}

export async function createSelfReportLink(
  tx: Tx,
  actor: Actor,
  input: NewSelfReportLink,
): Promise<SelfReportLink> {
  if ((await findPatientRow(tx, input.patientId)) === null) {
    throw new StoreError("not-found", "No such patient.");
  }
  const [row] = await tx
    .insert(selfReportLinks)
    .values({
      clinicId: actor.clinicId,
      patientId: input.patientId,
      courseId: input.courseId,
      modality: input.modality,
      tokenHash: input.tokenHash,
      forms: [...input.forms],
      language: input.language,
      createdBy: actor.userId,
      expiresAt: input.expiresAt,
    })
    .returning();
  if (row === undefined) throw new Error("link insert returned no row");
  return toLink(row);
}

export async function listSelfReportLinks(tx: Tx, patientId: string): Promise<SelfReportLink[]> {
  if (!isUuid(patientId)) return [];
  const rows = await tx
    .select()
    .from(selfReportLinks)
    .where(eq(selfReportLinks.patientId, patientId))
    .orderBy(asc(selfReportLinks.createdAt));
  return rows.map(toLink);
}
