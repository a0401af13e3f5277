// Calendar arithmetic on YYYY-MM-DD strings. The engine has no clock: every "today" is passed in.

const msPerDay = 86_400_000;
const zero = 48;

/** The digit at `i` as a number, or -1 when it is not a digit. */
function digit(date: string, i: number): number {
  const d = date.charCodeAt(i) - zero;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Days since 1970-01-01 through Date.UTC, for anything the integer path below does not cover. */
function dayNumberByDate(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / msPerDay
  );
}

/**
 * Days since 1970-01-01 for a YYYY-MM-DD date (UTC, so no time-zone drift). Computed in integers
 * (Hinnant's days-from-civil) because it runs for every session of every assessment; a day past the
 * month's end rolls over exactly as Date.UTC does, and odd input (two-digit years, month 00) takes Date.UTC.
 */
export function dayNumber(date: string): number {
  const y0 = digit(date, 0);
  const y1 = digit(date, 1);
  const y2 = digit(date, 2);
  const y3 = digit(date, 3);
  const m0 = digit(date, 5);
  const m1 = digit(date, 6);
  const d0 = digit(date, 8);
  const d1 = digit(date, 9);
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0 || year < 100 || month < 1 || month > 12) {
    return dayNumberByDate(date);
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + d0 * 10 + d1 - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Whole years of age on a date. */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** ISO dates compare correctly as strings. */
export function onOrBefore(date: string, limit: string): boolean {
  return date <= limit;
}

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date in YYYY-MM-DD form (rejects 2026-02-30). */
export function isCalendarDate(date: string): boolean {
  if (!calendarDate.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}
