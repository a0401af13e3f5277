// Charted rows (sessions, measurements, medications, events, prior treatments, diagnoses): list, add, amend.

import { and, asc, eq } from "drizzle-orm";
import type { PgInsertValue, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import { amendmentsByRow, recordAmendment } from "./amendments.ts";
import { type ChartedTable, type RowMapping, rowMappings } from "./clinical-rows.ts";
import { StoreError } from "./errors.ts";
import { findPatientRow } from "./patient-repository.ts";
import type { Actor, ClinicalResource, ClinicalRow, Stored } from "./store.ts";
import { isUuid, type Tx } from "./tenancy.ts";

interface Entry<Row> {
  readonly id: string;
  readonly data: Row;
  readonly createdBy: string;
  readonly createdAt: Date;
}

interface Owner {
  readonly clinicId: string;
  readonly patientId: string;
  readonly createdBy: string;
}

interface Handler<Row> {
  list(tx: Tx, patientId: string): Promise<Entry<Row>[]>;
  findForUpdate(tx: Tx, patientId: string, id: string): Promise<Entry<Row> | null>;
  insert(tx: Tx, owner: Owner, data: Row): Promise<Entry<Row>>;
  update(tx: Tx, id: string, data: Row): Promise<Entry<Row>>;
}

type Common = { readonly id: string; readonly createdBy: string; readonly createdAt: Date };

// Drizzle's builders cannot follow a table passed as a type parameter, so the four casts below restate
// what is true by construction: every charted table is T, with the common columns.
function handlerFor<T extends ChartedTable, Row>(m: RowMapping<T, Row>): Handler<Row> {
  const entry = (row: T["$inferSelect"] & Common): Entry<Row> => ({
    id: row.id,
    data: m.fromColumns(row),
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  });
  const one = (rows: unknown): Entry<Row> => {
    const [row] = rows as (T["$inferSelect"] & Common)[];
    if (row === undefined) throw new Error("write returned no row");
    return entry(row);
  };
  const order = m.date === null ? [asc(m.table.seq)] : [asc(m.date), asc(m.table.seq)];
  return {
    async list(tx, patientId) {
      const rows = await tx
        .select()
        .from(m.table as PgTable)
        .where(eq(m.table.patientId, patientId))
        .orderBy(...order);
      return (rows as (T["$inferSelect"] & Common)[]).map(entry);
    },
    async findForUpdate(tx, patientId, id) {
      const rows = await tx
        .select()
        .from(m.table as PgTable)
        .where(and(eq(m.table.id, id), eq(m.table.patientId, patientId)))
        .for("update");
      return rows.length === 0 ? null : one(rows);
    },
    async insert(tx, owner, data) {
      const values = { ...owner, ...m.toColumns(data) } as PgInsertValue<T>;
      const rows: unknown = await tx.insert(m.table).values(values).returning();
      return one(rows);
    },
    async update(tx, id, data) {
      const values = { ...m.toColumns(data), updatedAt: new Date() } as PgUpdateSetSource<T>;
      const rows: unknown = await tx.update(m.table).set(values).where(eq(m.table.id, id)).returning();
      return one(rows);
    },
  };
}

const handlers: { readonly [K in ClinicalResource]: Handler<ClinicalRow<K>> } = {
  diagnoses: handlerFor(rowMappings.diagnoses),
  priorTreatments: handlerFor(rowMappings.priorTreatments),
  medications: handlerFor(rowMappings.medications),
  sessions: handlerFor(rowMappings.sessions),
  measurements: handlerFor(rowMappings.measurements),
  events: handlerFor(rowMappings.events),
};

export async function listCharted<K extends ClinicalResource>(
  tx: Tx,
  patientId: string,
  resource: K,
): Promise<Stored<ClinicalRow<K>>[]> {
  if (!isUuid(patientId)) return [];
  const handler: Handler<ClinicalRow<K>> = handlers[resource];
  const entries = await handler.list(tx, patientId);
  const amendments = await amendmentsByRow(tx, patientId, resource);
  return entries.map((e) => ({ ...e, amendments: amendments.get(e.id) ?? [] }));
}

export async function addCharted<K extends ClinicalResource>(
  tx: Tx,
  actor: Actor,
  patientId: string,
  resource: K,
  data: ClinicalRow<K>,
): Promise<Stored<ClinicalRow<K>>> {
  if ((await findPatientRow(tx, patientId)) === null) throw new StoreError("not-found", "No such patient.");
  const handler: Handler<ClinicalRow<K>> = handlers[resource];
  const owner = { clinicId: actor.clinicId, patientId, createdBy: actor.userId };
  return { ...(await handler.insert(tx, owner, data)), amendments: [] };
}

export async function amendCharted<K extends ClinicalResource>(
  tx: Tx,
  actor: Actor,
  patientId: string,
  resource: K,
  rowId: string,
  data: ClinicalRow<K>,
  reason: string,
): Promise<Stored<ClinicalRow<K>> | null> {
  if (!isUuid(patientId) || !isUuid(rowId)) return null;
  const handler: Handler<ClinicalRow<K>> = handlers[resource];
  const current = await handler.findForUpdate(tx, patientId, rowId);
  if (current === null) return null;
  const updated = await handler.update(tx, rowId, data);
  await recordAmendment(tx, actor, { patientId, resource, rowId, before: current.data, after: data, reason });
  const amendments = await amendmentsByRow(tx, patientId, resource);
  return { ...updated, amendments: amendments.get(rowId) ?? [] };
}
