// The benchmark's floor: the least work any assessment must do, which is to order the record and read it.

import type { PatientRecord } from "../src/clinical/index.ts";

const byDate = (a: { readonly date: string }, b: { readonly date: string }): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/** Sorts sessions and measurements by date and sums every score and dose; returns the sum so nothing is elided. */
export function touchRecord(record: PatientRecord): number {
  const sessions = [...record.sessions].sort(byDate);
  const measurements = [...record.measurements].sort(byDate);
  let sum = 0;
  for (const s of sessions) sum += (s.doseMgPerKg ?? 0) + (s.dissociation?.total ?? 0);
  for (const m of measurements) {
    if (m.total !== undefined) sum += m.total;
    else for (const v of m.items ?? []) sum += v;
  }
  return sum;
}
