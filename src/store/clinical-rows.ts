// How each kind of charted row maps between the engine's shape and its table's typed columns.

import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { eventSchema, measurementSchema, modalities, priorTreatmentSchema } from "../clinical/index.ts";
import { known } from "./known-values.ts";
import {
  clinicalEvents,
  diagnoses,
  measurements,
  medications,
  priorTreatments,
  treatmentSessions,
} from "./schema-clinical.ts";
import type { ClinicalResource, ClinicalRow } from "./store.ts";

export type ChartedTable = PgTable & {
  readonly id: PgColumn;
  readonly clinicId: PgColumn;
  readonly patientId: PgColumn;
  readonly seq: PgColumn;
};

/** Columns every charted table has, filled by the repository rather than from the engine's row. */
type Owned = "id" | "clinicId" | "patientId" | "seq" | "createdBy" | "createdAt" | "updatedAt";

export interface RowMapping<T extends ChartedTable, Row> {
  readonly table: T;
  /** The table's date column when rows load in date order (ties in charting order); else charting order. */
  readonly date: PgColumn | null;
  readonly toColumns: (row: Row) => Omit<T["$inferInsert"], Owned>;
  readonly fromColumns: (columns: T["$inferSelect"]) => Row;
}

function mapping<T extends ChartedTable, Row>(spec: RowMapping<T, Row>): RowMapping<T, Row> {
  return spec;
}

export const rowMappings = {
  diagnoses: mapping({
    table: diagnoses,
    date: null,
    toColumns: (d: ClinicalRow<"diagnoses">) => ({ code: d.code, display: d.display ?? null }),
    fromColumns: (c): ClinicalRow<"diagnoses"> => ({
      code: c.code,
      ...(c.display === null ? {} : { display: c.display }),
    }),
  }),
  priorTreatments: mapping({
    table: priorTreatments,
    date: null,
    toColumns: (p: ClinicalRow<"priorTreatments">) => ({
      type: p.type,
      name: p.name,
      dailyDoseMg: p.dailyDoseMg ?? null,
      weeks: p.weeks ?? null,
      outcome: p.outcome,
    }),
    fromColumns: (c): ClinicalRow<"priorTreatments"> => ({
      type: known(priorTreatmentSchema.shape.type.options, c.type, "prior treatment type"),
      name: c.name,
      ...(c.dailyDoseMg === null ? {} : { dailyDoseMg: c.dailyDoseMg }),
      ...(c.weeks === null ? {} : { weeks: c.weeks }),
      outcome: known(priorTreatmentSchema.shape.outcome.options, c.outcome, "prior treatment outcome"),
    }),
  }),
  medications: mapping({
    table: medications,
    date: null,
    toColumns: (m: ClinicalRow<"medications">) => ({
      name: m.name,
      dose: m.dose ?? null,
      startDate: m.start ?? null,
      endDate: m.end ?? null,
    }),
    fromColumns: (c): ClinicalRow<"medications"> => ({
      name: c.name,
      ...(c.dose === null ? {} : { dose: c.dose }),
      ...(c.startDate === null ? {} : { start: c.startDate }),
      ...(c.endDate === null ? {} : { end: c.endDate }),
    }),
  }),
  sessions: mapping({
    table: treatmentSessions,
    date: treatmentSessions.date,
    toColumns: (s: ClinicalRow<"sessions">) => {
      const { date, modality, completed, ...data } = s;
      return { date, modality, completed, data };
    },
    fromColumns: (c): ClinicalRow<"sessions"> => ({
      date: c.date,
      modality: known(modalities, c.modality, "modality"),
      completed: c.completed,
      ...c.data,
    }),
  }),
  measurements: mapping({
    table: measurements,
    date: measurements.date,
    toColumns: (m: ClinicalRow<"measurements">) => ({
      date: m.date,
      instrument: m.instrument,
      total: m.total ?? null,
      items: m.items ?? null,
    }),
    fromColumns: (c): ClinicalRow<"measurements"> => ({
      date: c.date,
      instrument: known(measurementSchema.shape.instrument.options, c.instrument, "instrument"),
      ...(c.total === null ? {} : { total: c.total }),
      ...(c.items === null ? {} : { items: c.items }),
    }),
  }),
  events: mapping({
    table: clinicalEvents,
    date: clinicalEvents.date,
    toColumns: (e: ClinicalRow<"events">) => ({
      date: e.date,
      type: e.type,
      strategy: e.strategy ?? null,
      note: e.note ?? null,
    }),
    fromColumns: (c): ClinicalRow<"events"> => ({
      date: c.date,
      type: known(eventSchema.shape.type.options, c.type, "event type"),
      ...(c.strategy === null ? {} : { strategy: c.strategy }),
      ...(c.note === null ? {} : { note: c.note }),
    }),
  }),
} satisfies {
  [K in ClinicalResource]: {
    toColumns: (row: ClinicalRow<K>) => unknown;
    fromColumns: (c: never) => ClinicalRow<K>;
  };
};
