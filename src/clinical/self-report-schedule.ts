// Which self-reports a course's schedule asks for on a date, and which of them are late.

import { dayNumber, daysBetween } from "./dates.ts";
import type { InstrumentId } from "./instruments/instrument.ts";
import { protocols } from "./protocols/index.ts";
import type { Modality } from "./protocols/protocol.ts";

export interface ScheduleInput {
  readonly schedule: {
    readonly instruments: readonly InstrumentId[];
    readonly baseline: boolean;
    readonly beforeEachSession: boolean;
    readonly weekly: boolean;
    readonly afterInduction: boolean;
  };
  readonly course: { readonly modality: Modality; readonly startDate: string; readonly status: string };
  /** Dates of the course's completed sessions, any order. */
  readonly sessionDates: readonly string[];
  /** Self-reports the patient has answered: the date and the instrument. */
  readonly answered: readonly { readonly date: string; readonly instrument: InstrumentId }[];
}

export type SchedulePoint = "baseline" | "before-session" | "weekly" | "after-induction";

export interface DueSelfReport {
  readonly point: SchedulePoint;
  readonly instrument: InstrumentId;
  readonly dueDate: string;
  readonly status: "due" | "overdue";
  /** Whole days past the due date; 0 when due today or later. */
  readonly daysLate: number;
}

/** Days after a weekly due date before it counts as overdue rather than merely due. */
export const weeklyGraceDays = 2;

function dateOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function answeredBetween(input: ScheduleInput, instrument: InstrumentId, from: number, to: number): boolean {
  return input.answered.some((a) => {
    if (a.instrument !== instrument) return false;
    const d = dayNumber(a.date);
    return d >= from && d <= to;
  });
}

function entry(point: SchedulePoint, instrument: InstrumentId, dueDate: string, asOf: string, grace = 0) {
  const late = daysBetween(dueDate, asOf);
  return {
    point,
    instrument,
    dueDate,
    status: late > grace ? ("overdue" as const) : ("due" as const),
    daysLate: Math.max(0, late),
  };
}

/**
 * What the schedule asks for as of `asOf` and has not been answered. Baseline: before the first session
 * (due on the start date). Before each session: on the day of or the day before the latest session up to
 * today. Weekly: within the seven days up to each week's anniversary of the start. After induction: on or
 * after the day the protocol's induction is complete. A course that is not active asks for nothing.
 */
export function dueSelfReports(input: ScheduleInput, asOf: string): DueSelfReport[] {
  const { schedule, course } = input;
  if (course.status !== "active" || daysBetween(course.startDate, asOf) < 0) return [];
  const today = dayNumber(asOf);
  const sessions = input.sessionDates
    .map(dayNumber)
    .filter((d) => d <= today)
    .sort((x, y) => x - y);
  const start = dayNumber(course.startDate);
  const out: DueSelfReport[] = [];
  for (const instrument of schedule.instruments) {
    if (schedule.baseline) {
      const firstSession = sessions[0] ?? today;
      if (!answeredBetween(input, instrument, start - 30, firstSession)) {
        out.push(entry("baseline", instrument, course.startDate, asOf));
      }
    }
    const latest = sessions.at(-1);
    if (schedule.beforeEachSession && latest !== undefined) {
      if (!answeredBetween(input, instrument, latest - 1, latest)) {
        out.push(entry("before-session", instrument, dateOf(latest), asOf));
      }
    }
    const weeks = Math.floor((today - start) / 7);
    if (schedule.weekly && weeks >= 1) {
      const due = start + weeks * 7;
      if (!answeredBetween(input, instrument, due - 6, today)) {
        out.push(entry("weekly", instrument, dateOf(due), asOf, weeklyGraceDays));
      }
    }
    const inductionEnd = sessions[protocols[course.modality].inductionSessions - 1];
    if (schedule.afterInduction && inductionEnd !== undefined) {
      if (!answeredBetween(input, instrument, inductionEnd, today)) {
        out.push(entry("after-induction", instrument, dateOf(inductionEnd), asOf, weeklyGraceDays));
      }
    }
  }
  return out;
}
