// Patients within one clinic: search, create, and demographic corrections recorded as amendments.

import { and, asc, count, eq, ilike, type SQL, sql } from "drizzle-orm";
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

/**
 * What a search matches: the names, "given family", and the MRN, joined by a character nobody types so
 * that a pattern cannot run from one into the next. One expression, tested once per row. (A trigram index
 * on it would go unused: under row-level security PostgreSQL will not use ILIKE, which is not leakproof,
 * as an index condition, so the clinic's rows are read through the clinic's own index and filtered.)
 */
const searchText = sql`(${patients.givenName} || ' ' || ${patients.familyName} || chr(1) || coalesce(${patients.mrn}, ''))`;

export async function listPatients(
  tx: Tx,
  search: PatientSearch,
): Promise<{ readonly patients: PatientSummary[]; readonly total: number }> {
  const conditions: SQL[] = [];
  if (search.status !== undefined) conditions.push(eq(patients.status, search.status));
  const query = search.query?.trim();
  if (query !== undefined && query !== "") conditions.push(ilike(searchText, `%${escapeLike(query)}%`));
  const where = and(...conditions);
  // The page and the count of all matches in one statement; only a page past the end needs a second.
  const rows = await tx
    .select({ patient: patients, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(patients)
    .where(where)
    .orderBy(asc(patients.familyName), asc(patients.givenName), asc(patients.id))
    .limit(search.limit)
    .offset(search.offset);
  const total =
    rows[0]?.total ??
    (search.offset === 0 ? 0 : ((await tx.select({ n: count() }).from(patients).where(where))[0]?.n ?? 0));
  return { patients: rows.map((r) => toSummary(r.patient)), total };
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
