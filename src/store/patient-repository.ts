// Patients within one clinic: search, create, and demographic corrections recorded as amendments.

import { and, asc, count, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import { sexes } from "../clinical/index.ts";
import { recordAmendment } from "./amendments.ts";
import { isUniqueViolation, StoreError } from "./errors.ts";
import { known } from "./known-values.ts";
import { patients } from "./schema-clinical.ts";
import type { Actor, NewPatient, PatientSearch, PatientStatus, PatientSummary } from "./store.ts";
import { isUuid, type Tx } from "./tenancy.ts";

type PatientRow = typeof patients.$inferSelect;
const statuses: readonly PatientStatus[] = ["active", "inactive"];

export function toSummary(row: PatientRow): PatientSummary {
  return {
    id: row.id,
    clinicId: row.clinicId,
    mrn: row.mrn,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
    sex: known(sexes, row.sex, "sex"),
    weightKg: row.weightKg,
    heightCm: row.heightCm,
    status: known(statuses, row.status, "status"),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const duplicateMrn = (error: unknown) =>
  isUniqueViolation(error)
    ? new StoreError("conflict", "A patient with this MRN already exists in this clinic.")
    : error;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listPatients(
  tx: Tx,
  search: PatientSearch,
): Promise<{ readonly patients: PatientSummary[]; readonly total: number }> {
  const conditions: SQL[] = [];
  if (search.status !== undefined) conditions.push(eq(patients.status, search.status));
  const query = search.query?.trim();
  if (query !== undefined && query !== "") {
    const pattern = `%${escapeLike(query)}%`;
    const words = or(
      ilike(patients.familyName, pattern),
      ilike(patients.givenName, pattern),
      ilike(sql`${patients.givenName} || ' ' || ${patients.familyName}`, pattern),
      ilike(patients.mrn, pattern),
    );
    if (words !== undefined) conditions.push(words);
  }
  const where = and(...conditions);
  const rows = await tx
    .select()
    .from(patients)
    .where(where)
    .orderBy(asc(patients.familyName), asc(patients.givenName), asc(patients.id))
    .limit(search.limit)
    .offset(search.offset);
  const [total] = await tx.select({ n: count() }).from(patients).where(where);
  return { patients: rows.map(toSummary), total: total?.n ?? 0 };
}

/** The row, locked for a correction when `forUpdate`; null for an unknown id or another clinic's patient. */
export async function findPatientRow(tx: Tx, id: string, forUpdate = false): Promise<PatientRow | null> {
  if (!isUuid(id)) return null;
  const select = tx.select().from(patients).where(eq(patients.id, id));
  const [row] = forUpdate ? await select.for("update") : await select;
  return row ?? null;
}

export async function createPatient(tx: Tx, actor: Actor, input: NewPatient): Promise<PatientSummary> {
  const [row] = await tx
    .insert(patients)
    .values({ ...input, clinicId: actor.clinicId, createdBy: actor.userId })
    .returning()
    .catch((error: unknown) => {
      throw duplicateMrn(error);
    });
  if (row === undefined) throw new Error("patient insert returned no row");
  return toSummary(row);
}

type Demographics = NewPatient & { readonly status: PatientStatus };

/** Applies the fields that differ, and records them (before and after) as one amendment. */
async function correct(
  tx: Tx,
  actor: Actor,
  id: string,
  changes: Partial<Demographics>,
  reason: string,
): Promise<PatientSummary | null> {
  const current = await findPatientRow(tx, id, true);
  if (current === null) return null;
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    const old: unknown = current[key as keyof PatientRow];
    if (JSON.stringify(old) !== JSON.stringify(value)) {
      before[key] = old;
      after[key] = value;
    }
  }
  if (Object.keys(after).length === 0) return toSummary(current);
  const [row] = await tx
    .update(patients)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(patients.id, id))
    .returning()
    .catch((error: unknown) => {
      throw duplicateMrn(error);
    });
  if (row === undefined) return null;
  await recordAmendment(tx, actor, { patientId: id, resource: "patients", rowId: id, before, after, reason });
  return toSummary(row);
}

export function updatePatient(
  tx: Tx,
  actor: Actor,
  id: string,
  changes: Partial<NewPatient>,
  reason: string,
): Promise<PatientSummary | null> {
  return correct(tx, actor, id, changes, reason);
}

export function setPatientStatus(
  tx: Tx,
  actor: Actor,
  id: string,
  status: PatientStatus,
  reason: string,
): Promise<PatientSummary | null> {
  return correct(tx, actor, id, { status }, reason);
}
