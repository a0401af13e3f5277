// The record as of a date: sessions and scores in date order, each keeping its index for evidence paths.

import { instruments } from "./instruments/index.ts";
import type { InstrumentId } from "./instruments/instrument.ts";
import type { Measurement, PatientRecord, Session } from "./record.ts";

export interface Indexed<T> {
  readonly item: T;
  /** Position in the record as given, so evidence can point at `sessions[3]`. */
  readonly index: number;
}

export interface ScoredMeasurement extends Indexed<Measurement> {
  readonly total: number;
}

export interface Timeline {
  readonly asOf: string;
  /** Sessions on or before asOf, oldest first. */
  readonly sessions: readonly Indexed<Session>[];
  /** Measurements on or before asOf with their totals resolved, oldest first. */
  readonly measurements: readonly ScoredMeasurement[];
}

/** The total a measurement states, or the one its items give (the boundary has checked they agree). */
export function measurementTotal(m: Measurement): number {
  if (m.total !== undefined) return m.total;
  return m.items ? instruments[m.instrument].score(m.items) : 0;
}

function byDate<T extends { readonly item: { readonly date: string } }>(a: T, b: T): number {
  return a.item.date < b.item.date ? -1 : a.item.date > b.item.date ? 1 : 0;
}

export function timeline(record: PatientRecord, asOf: string): Timeline {
  const sessions = record.sessions
    .map((item, index) => ({ item, index }))
    .filter((s) => s.item.date <= asOf)
    .sort(byDate);
  const measurements = record.measurements
    .map((item, index) => ({ item, index, total: measurementTotal(item) }))
    .filter((m) => m.item.date <= asOf)
    .sort(byDate);
  return { asOf, sessions, measurements };
}

export function measurementsOf(t: Timeline, instrument: InstrumentId): readonly ScoredMeasurement[] {
  return t.measurements.filter((m) => m.item.instrument === instrument);
}

/** The latest measurement of each instrument, in the fixed instrument order. */
export function latestByInstrument(t: Timeline): ScoredMeasurement[] {
  const latest = new Map<InstrumentId, ScoredMeasurement>();
  for (const m of t.measurements) latest.set(m.item.instrument, m);
  return [...latest.values()];
}
