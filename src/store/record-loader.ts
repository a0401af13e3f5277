// Loads one patient as the engine's PatientRecord: exactly what assess() reads, nothing of the store's own.

import { asc, type SQL, sql } from "drizzle-orm";
import type { PatientRecord } from "../clinical/index.ts";
import { type ChartedTable, type RowMapping, rowMappings } from "./clinical-rows.ts";
import { type Json, rowFromJson } from "./json-rows.ts";
import { toSummary } from "./patient-repository.ts";
import { patients } from "./schema-clinical.ts";
import type { ClinicalResource, ClinicalRow } from "./store.ts";
import { isUuid, type Tx } from "./tenancy.ts";

/** One table's rows of the patient as a JSON array, in the order the charted-row lists use. */
function rowsOf<T extends ChartedTable, Row>(m: RowMapping<T, Row>, patientId: string): SQL {
  const order = m.date === null ? [asc(m.table.seq)] : [asc(m.date), asc(m.table.seq)];
  return sql`(select coalesce(json_agg(to_json(${m.table}) order by ${sql.join(order, sql`, `)}), '[]'::json)
    from ${m.table} where ${m.table.patientId} = ${patientId})`;
}

function decoderOf<T extends ChartedTable, Row>(m: RowMapping<T, Row>): (json: Json) => Row {
  return (json) => m.fromColumns(rowFromJson(m.table, json));
}

const decoders: { readonly [K in ClinicalResource]: (json: Json) => ClinicalRow<K> } = {
  diagnoses: decoderOf(rowMappings.diagnoses),
  priorTreatments: decoderOf(rowMappings.priorTreatments),
  medications: decoderOf(rowMappings.medications),
  sessions: decoderOf(rowMappings.sessions),
  measurements: decoderOf(rowMappings.measurements),
  events: decoderOf(rowMappings.events),
};

/** A json_agg column: an array of rows, each decoded as the table's select would return it. */
function decode<K extends ClinicalResource>(resource: K, rows: unknown): ClinicalRow<K>[] {
  const decoder: (json: Json) => ClinicalRow<K> = decoders[resource];
  return (rows as Json[]).map(decoder);
}

/**
 * The patient and the six charted tables in one statement: a chart is read on every page and every
 * assessment, and seven round trips cost more than the rows themselves.
 */
export async function loadRecord(tx: Tx, patientId: string): Promise<PatientRecord | null> {
  if (!isUuid(patientId)) return null;
  const result = await tx.execute<Record<string, unknown>>(sql`select
    (select to_json(${patients}) from ${patients} where ${patients.id} = ${patientId}) as patient,
    ${rowsOf(rowMappings.diagnoses, patientId)} as diagnoses,
    ${rowsOf(rowMappings.priorTreatments, patientId)} as prior_treatments,
    ${rowsOf(rowMappings.medications, patientId)} as medications,
    ${rowsOf(rowMappings.sessions, patientId)} as sessions,
    ${rowsOf(rowMappings.measurements, patientId)} as measurements,
    ${rowsOf(rowMappings.events, patientId)} as events`);
  const [loaded] = result.rows;
  if (loaded === undefined || loaded.patient === null) return null;
  const row = rowFromJson(patients, loaded.patient as Json);
  const summary = toSummary(row);
  return {
    patient: {
      id: summary.id,
      birthDate: summary.birthDate,
      sex: summary.sex,
      weightKg: summary.weightKg,
      ...(summary.heightCm === null ? {} : { heightCm: summary.heightCm }),
    },
    diagnoses: decode("diagnoses", loaded.diagnoses),
    history: row.history,
    priorTreatments: decode("priorTreatments", loaded.prior_treatments),
    medications: decode("medications", loaded.medications),
    sessions: decode("sessions", loaded.sessions),
    measurements: decode("measurements", loaded.measurements),
    events: decode("events", loaded.events),
  };
}
