// Builders for the engine tests: valid PatientRecords in a line or two (a patient, a twice-weekly course, MADRS scores).

import { parseRecord } from "./parse.ts";
import type { PatientRecord, PatientRecordInput } from "./record.ts";

export type SessionInput = NonNullable<PatientRecordInput["sessions"]>[number];
export type MeasurementInput = NonNullable<PatientRecordInput["measurements"]>[number];

/** Day 0 of every test course: a Monday. */
export const day0 = "2026-01-05";

/** The date `n` days after day 0 (negative for before it). */
export function day(n: number): string {
  return new Date(Date.UTC(2026, 0, 5 + n)).toISOString().slice(0, 10);
}

/** Day offset of the i-th (0-based) session of a Monday/Thursday course: 0, 3, 7, 10, 14, … */
export function twiceWeekly(i: number): number {
  return Math.floor(i / 2) * 7 + (i % 2) * 3;
}

/** `n` twice-weekly IV infusions at 0.5 mg/kg over 40 minutes; `change(i)` overrides fields of session i. */
export function ivCourse(
  n: number,
  change: (i: number) => Partial<SessionInput> = () => ({}),
): SessionInput[] {
  return Array.from({ length: n }, (_, i) => ({
    date: day(twiceWeekly(i)),
    modality: "iv-ketamine" as const,
    doseMgPerKg: 0.5,
    infusionMinutes: 40,
    ...change(i),
  }));
}

/** The latest date among the sessions (ISO dates sort as strings), or day 0 when there are none. */
export function lastDate(sessions: readonly { readonly date: string }[]): string {
  return (
    sessions
      .map((s) => s.date)
      .sort()
      .at(-1) ?? day0
  );
}

/** MADRS totals on the given day offsets: `madrs([0, 36], [21, 29])`. */
export function madrs(...points: readonly (readonly [number, number])[]): MeasurementInput[] {
  return points.map(([d, total]) => ({ date: day(d), instrument: "MADRS" as const, total }));
}

export const patient = {
  id: "p1",
  birthDate: "1980-01-01",
  sex: "female",
  weightKg: 70,
  heightCm: 170,
} as const;

/** A record that passed the input boundary (defaults applied); throws with the issues if it would not. */
export function build(input: Partial<PatientRecordInput> = {}): PatientRecord {
  const parsed = parseRecord({ patient, ...input }, { today: "2027-12-31" });
  if (!parsed.ok) throw new Error(`invalid test record: ${JSON.stringify(parsed.issues)}`);
  return parsed.record;
}
