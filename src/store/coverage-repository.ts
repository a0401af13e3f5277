// Coverage facts per patient and pathway, and the clinic's versioned price list. Saves append; reads take the latest.

import { and, desc, eq } from "drizzle-orm";
import { type Coverage, coverageSchema, type PriceList, priceListSchema } from "../clinical/index.ts";
import { StoreError } from "./errors.ts";
import { findPatientRow } from "./patient-repository.ts";
import { clinicPriceLists, patientCoverage } from "./schema-intake.ts";
import type { Actor } from "./store.ts";
import { isUuid, type Tx } from "./tenancy.ts";

export interface StoredCoverage {
  readonly id: string;
  readonly patientId: string;
  readonly coverage: Coverage;
  readonly enteredBy: string;
  readonly enteredAt: Date;
}

export interface StoredPriceList {
  readonly version: number;
  readonly priceList: PriceList;
  readonly savedBy: string;
  readonly savedAt: Date;
}

function parseStored<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
  what: string,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new StoreError("invalid-stored-value", `A stored ${what} no longer matches its schema.`);
  return parsed.data;
}

/** The latest facts for each pathway of one patient. */
export async function listCoverage(tx: Tx, patientId: string): Promise<StoredCoverage[]> {
  if (!isUuid(patientId)) return [];
  const rows = await tx
    .select()
    .from(patientCoverage)
    .where(eq(patientCoverage.patientId, patientId))
    .orderBy(desc(patientCoverage.seq));
  const latest = new Map<string, StoredCoverage>();
  for (const row of rows) {
    if (latest.has(row.pathway)) continue;
    latest.set(row.pathway, {
      id: row.id,
      patientId: row.patientId,
      coverage: parseStored(coverageSchema, row.data, "coverage entry"),
      enteredBy: row.createdBy,
      enteredAt: row.createdAt,
    });
  }
  return [...latest.values()].sort((a, b) => a.coverage.pathway.localeCompare(b.coverage.pathway));
}

export async function saveCoverage(
  tx: Tx,
  actor: Actor,
  patientId: string,
  coverage: Coverage,
): Promise<StoredCoverage> {
  if ((await findPatientRow(tx, patientId)) === null) throw new StoreError("not-found", "No such patient.");
  const [row] = await tx
    .insert(patientCoverage)
    .values({
      clinicId: actor.clinicId,
      patientId,
      pathway: coverage.pathway,
      data: coverage,
      createdBy: actor.userId,
    })
    .returning();
  if (row === undefined) throw new Error("coverage insert returned no row");
  return { id: row.id, patientId, coverage, enteredBy: row.createdBy, enteredAt: row.createdAt };
}

export async function getPriceList(tx: Tx, clinicId: string): Promise<StoredPriceList | null> {
  const [row] = await tx
    .select()
    .from(clinicPriceLists)
    .where(eq(clinicPriceLists.clinicId, clinicId))
    .orderBy(desc(clinicPriceLists.version))
    .limit(1);
  if (row === undefined) return null;
  return {
    version: row.version,
    priceList: parseStored(priceListSchema, row.data, "price list"),
    savedBy: row.createdBy,
    savedAt: row.createdAt,
  };
}

/** A new version; `expectedVersion` (the version the editor started from) guards against a lost update. */
export async function savePriceList(
  tx: Tx,
  actor: Actor,
  priceList: PriceList,
  expectedVersion: number | null,
): Promise<StoredPriceList> {
  const current = await getPriceList(tx, actor.clinicId);
  const currentVersion = current?.version ?? 0;
  if (expectedVersion !== null && expectedVersion !== currentVersion) {
    throw new StoreError("conflict", "The price list changed since it was opened.");
  }
  const [row] = await tx
    .insert(clinicPriceLists)
    .values({
      clinicId: actor.clinicId,
      version: currentVersion + 1,
      data: priceList,
      createdBy: actor.userId,
    })
    .returning();
  if (row === undefined) throw new Error("price list insert returned no row");
  return { version: row.version, priceList, savedBy: row.createdBy, savedAt: row.createdAt };
}

export async function coverageRowExists(tx: Tx, patientId: string, pathway: string): Promise<boolean> {
  const rows = await tx
    .select({ id: patientCoverage.id })
    .from(patientCoverage)
    .where(and(eq(patientCoverage.patientId, patientId), eq(patientCoverage.pathway, pathway)))
    .limit(1);
  return rows.length > 0;
}
