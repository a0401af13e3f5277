// The record as of a date, read once: sessions and scores in date order, with indexes; medications classed.

import { instruments } from "./instruments/index.ts";
import type { InstrumentId } from "./instruments/instrument.ts";
import { type MedicationKind, medicationKinds } from "./knowledge/interfering-medications.ts";
import type { Modality } from "./protocols/protocol.ts";
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
  /** Whether `sessions` is also in record order (the record was charted in date order). */
  readonly sessionsInRecordOrder: boolean;
  /** Measurements on or before asOf with their totals resolved, oldest first. */
  readonly measurements: readonly ScoredMeasurement[];
  /** The latest measurement of each instrument, in the order the instruments first appear. */
  readonly latest: readonly ScoredMeasurement[];
  /** What each of record.medications is, by the same index. */
  readonly medications: readonly MedicationKind[];
}

/** The total a measurement states, or the one its items give (the boundary has checked they agree). */
export function measurementTotal(m: Measurement): number {
  if (m.total !== undefined) return m.total;
  return m.items ? instruments[m.instrument].score(m.items) : 0;
}

function byDate<T extends { readonly item: { readonly date: string } }>(a: T, b: T): number {
  return a.item.date < b.item.date ? -1 : a.item.date > b.item.date ? 1 : 0;
}

/** Sorts by date, stably, and says whether the list was already in order (records usually are). */
function sortByDate<T extends { readonly item: { readonly date: string } }>(list: T[]): boolean {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1];
    const b = list[i];
    if (a !== undefined && b !== undefined && a.item.date > b.item.date) {
      list.sort(byDate);
      return false;
    }
  }
  return true;
}

export function timeline(record: PatientRecord, asOf: string): Timeline {
  const sessions: Indexed<Session>[] = [];
  for (let index = 0; index < record.sessions.length; index++) {
    const item = record.sessions[index];
    if (item !== undefined && item.date <= asOf) sessions.push({ item, index });
  }
  const measurements: ScoredMeasurement[] = [];
  for (let index = 0; index < record.measurements.length; index++) {
    const item = record.measurements[index];
    if (item !== undefined && item.date <= asOf)
      measurements.push({ item, index, total: measurementTotal(item) });
  }
  const sessionsInRecordOrder = sortByDate(sessions);
  sortByDate(measurements);
  // A list, not a Map: there are eight instruments at most, kept in the order each first appears.
  const latest: ScoredMeasurement[] = [];
  for (const m of measurements) {
    let at = 0;
    while (at < latest.length && latest[at]?.item.instrument !== m.item.instrument) at += 1;
    latest[at] = m;
  }
  return {
    asOf,
    sessions,
    sessionsInRecordOrder,
    measurements,
    latest,
    medications: medicationKinds(record.medications),
  };
}

export function measurementsOf(t: Timeline, instrument: InstrumentId): ScoredMeasurement[] {
  const out: ScoredMeasurement[] = [];
  for (const m of t.measurements) if (m.item.instrument === instrument) out.push(m);
  return out;
}

/** One modality's sessions on or before asOf, oldest first: the timeline's own list when it holds no other. */
export function sessionsOf(t: Timeline, modality: Modality | null): readonly Indexed<Session>[] {
  let matching = 0;
  for (const s of t.sessions) if (s.item.modality === modality) matching += 1;
  if (matching === t.sessions.length) return t.sessions;
  const out: Indexed<Session>[] = [];
  for (const s of t.sessions) if (s.item.modality === modality) out.push(s);
  return out;
}
