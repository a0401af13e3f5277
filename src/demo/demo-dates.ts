// Calendar arithmetic for the demo: every date is a number of days before the `today` the caller passes.

const msPerDay = 86_400_000;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcMs(date: string): number {
  const m = isoDate.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  // Round-tripping rejects dates such as 2026-02-30, which Date.UTC would quietly roll over.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`today must be a real date written YYYY-MM-DD, got ${JSON.stringify(date)}`);
  }
  return ms;
}

/** The date `days` days before `today` (YYYY-MM-DD, UTC so no time-zone drift). */
export function daysBefore(today: string, days: number): string {
  return new Date(utcMs(today) - days * msPerDay).toISOString().slice(0, 10);
}

/** Checks `today` once, so a bad date fails before any patient is built. */
export function assertDate(today: string): void {
  utcMs(today);
}
