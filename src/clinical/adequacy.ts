// Trial adequacy: whether the current modality's course was an adequate trial, and if not what is missing.

import type { MissingCriterion, TrialAdequacy } from "./assessment.ts";
import { dayNumber, onOrBefore } from "./dates.ts";
import { protocols } from "./protocols/index.ts";
import type { Modality, Protocol } from "./protocols/protocol.ts";
import type { Session } from "./record.ts";
import type { Indexed } from "./timeline.ts";

/**
 * Modality of the latest session on or before `asOf`; null when there is none. Of two sessions
 * on the latest date, the one later in the record wins.
 */
export function currentModality(sessions: readonly Session[], asOf: string): Modality | null {
  let latest: Session | null = null;
  for (const session of sessions) {
    if (onOrBefore(session.date, asOf) && (latest === null || session.date >= latest.date)) latest = session;
  }
  return latest === null ? null : latest.modality;
}

/**
 * Whether a session counts toward an adequate trial: completed (an interrupted session that was
 * still completed counts) at a therapeutic dose. Weight-based routes need the standard dose or
 * more, because the seed's adequate trial is set at 0.5 mg/kg and a low-dose course (0.3 mg/kg)
 * is a different protocol. Sessions without a recorded dose do not count: nothing shows one was given.
 */
function counts(protocol: Protocol, session: Session): boolean {
  if (session.completed === false) return false;
  const rule = protocol.dose;
  switch (rule.unit) {
    case "mg/kg":
      return session.doseMgPerKg !== undefined && session.doseMgPerKg >= rule.standardMgPerKg;
    case "mg-fixed":
      return session.doseMg !== undefined && rule.allowedMg.includes(session.doseMg);
    case "mg":
      return session.doseMg !== undefined;
    case "none":
      return true;
  }
}

/**
 * Whether some stretch of this modality's sessions meets every criterion. The cadence is read from
 * every session given (a missed or stopped one does not make a twice-weekly schedule infrequent);
 * the count and the dose from the counted ones. Once an induction was adequate it stays so: a later
 * pause, say for a benzodiazepine taper, does not undo it. `dayOf(i)` is the day number of `mine[i]`.
 */
function someRunIsAdequate(
  mine: readonly Indexed<Session>[],
  dayOf: (i: number) => number,
  protocol: Protocol,
): boolean {
  const trial = protocol.adequateTrial;
  const mustReach = trial.mustReachMg;
  for (let i = 0; i < mine.length; i++) {
    let firstDay: number | undefined;
    let count = 0;
    let reached = mustReach === undefined;
    for (let j = i; j < mine.length; j++) {
      const last = mine[j]?.item;
      if (!last || !counts(protocol, last)) continue;
      count += 1;
      reached ||= mustReach !== undefined && last.doseMg !== undefined && last.doseMg >= mustReach;
      firstDay ??= dayOf(i);
      const span = dayOf(j) - firstDay;
      const perWeek = span > 0 ? ((j - i) * 7) / span : 0;
      if (
        count >= trial.minSessions &&
        span >= trial.minSpanDays &&
        perWeek >= trial.minSessionsPerWeek &&
        reached
      ) {
        return true;
      }
    }
  }
  return false;
}

/** The largest given value, or null. */
function highest(values: readonly (number | undefined)[]): number | null {
  let max: number | null = null;
  for (const v of values) if (v !== undefined) max = max === null ? v : Math.max(max, v);
  return max;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function countedDose(protocol: Protocol): string {
  switch (protocol.dose.unit) {
    case "mg/kg":
      return ` at ${protocol.dose.standardMgPerKg} mg/kg or more`;
    case "mg-fixed":
    case "mg":
    case "none":
      return "";
  }
}

/**
 * The adequate-trial criteria of `modality`'s protocol applied to that modality's sessions on or
 * before `asOf` (the record's other sessions are ignored). `highestDose*` are over all of them,
 * completed or not; the span and frequency are over the counted ones only.
 */
export function assessTrial(
  sessions: readonly Session[],
  modality: Modality | null,
  asOf: string,
): TrialAdequacy {
  const mine: Indexed<Session>[] = [];
  sessions.forEach((item, index) => {
    if (item.modality === modality && onOrBefore(item.date, asOf)) mine.push({ item, index });
  });
  mine.sort((a, b) => (a.item.date < b.item.date ? -1 : a.item.date > b.item.date ? 1 : 0));
  return trialOf(mine, modality, asOf);
}

/** assessTrial on `modality`'s sessions on or before `asOf`, already picked out and in date order. */
export function trialOf(
  mine: readonly Indexed<Session>[],
  modality: Modality | null,
  asOf: string,
): TrialAdequacy {
  if (modality === null) {
    return {
      modality: null,
      sessions: 0,
      countedSessions: 0,
      spanDays: 0,
      sessionsPerWeek: null,
      highestDoseMgPerKg: null,
      highestDoseMg: null,
      adequate: false,
      missing: [{ code: "no-sessions", text: `no treatment sessions on or before ${asOf}` }],
      criteria: "no treatment course yet",
    };
  }
  const protocol = protocols[modality];
  const trial = protocol.adequateTrial;
  // Day numbers on demand: an adequate induction is usually found within its first few sessions.
  const days: number[] = [];
  const dayOf = (i: number): number => {
    days[i] ??= dayNumber(mine[i]?.item.date ?? "");
    return days[i];
  };
  let countedSessions = 0;
  let highestDoseMg: number | null = null;
  let highestDoseMgPerKg: number | null = null;
  let firstCounted = 0;
  let lastCounted = 0;
  mine.forEach(({ item }, i) => {
    const c = counts(protocol, item);
    // Pairwise Math.max, so a NaN spreads exactly as Math.max(...all) would.
    if (item.doseMg !== undefined)
      highestDoseMg = highestDoseMg === null ? item.doseMg : Math.max(highestDoseMg, item.doseMg);
    if (item.doseMgPerKg !== undefined)
      highestDoseMgPerKg =
        highestDoseMgPerKg === null ? item.doseMgPerKg : Math.max(highestDoseMgPerKg, item.doseMgPerKg);
    if (c) {
      if (countedSessions === 0) firstCounted = i;
      lastCounted = i;
      countedSessions += 1;
    }
  });
  const spanDays = countedSessions > 0 ? dayOf(lastCounted) - dayOf(firstCounted) : 0;
  const sessionsPerWeek =
    countedSessions >= 2 && spanDays > 0 ? ((countedSessions - 1) * 7) / spanDays : null;
  const adequate = someRunIsAdequate(mine, dayOf, protocol);
  const missing = adequate ? [] : missingCriteria(mine, protocol, asOf, spanDays, sessionsPerWeek);
  return {
    modality,
    sessions: mine.length,
    countedSessions,
    spanDays,
    sessionsPerWeek,
    highestDoseMgPerKg,
    highestDoseMg,
    criteria: trial.summary,
    adequate: adequate || missing.length === 0,
    missing,
  };
}

/** What an inadequate trial still lacks, criterion by criterion. */
function missingCriteria(
  mine: readonly Indexed<Session>[],
  protocol: Protocol,
  asOf: string,
  spanDays: number,
  sessionsPerWeek: number | null,
): MissingCriterion[] {
  const trial = protocol.adequateTrial;
  const missing: MissingCriterion[] = [];
  if (mine.length === 0) {
    missing.push({ code: "no-sessions", text: `no ${protocol.name} sessions on or before ${asOf}` });
    return missing;
  }
  const counted = mine.map((s) => s.item).filter((s) => counts(protocol, s));
  const short = trial.minSessions - counted.length;
  if (short > 0) {
    missing.push({
      code: "too-few-sessions",
      text: `${plural(short, "more completed session")}${countedDose(protocol)} ${short === 1 ? "is" : "are"} needed (${counted.length} of ${trial.minSessions} so far)`,
    });
  }
  const frequent = sessionsPerWeek !== null && sessionsPerWeek >= trial.minSessionsPerWeek;
  // With fewer than two counted sessions there is no frequency to judge; too-few-sessions already says why.
  if (!frequent && (sessionsPerWeek !== null || short <= 0)) {
    const rate = sessionsPerWeek === null ? "no measurable rate" : `${sessionsPerWeek.toFixed(1)} a week`;
    missing.push({
      code: "too-infrequent",
      text: `counted sessions came ${rate}; an adequate trial needs at least ${trial.minSessionsPerWeek} a week`,
    });
  }
  if (spanDays < trial.minSpanDays) {
    missing.push({
      code: "too-short",
      text: `counted sessions span ${plural(spanDays, "day")}; an adequate trial spans at least ${trial.minSpanDays} days`,
    });
  }
  const mustReach = trial.mustReachMg;
  if (mustReach !== undefined && !counted.some((s) => s.doseMg !== undefined && s.doseMg >= mustReach)) {
    const reached = highest(counted.map((s) => s.doseMg));
    missing.push({
      code: "dose-not-escalated",
      text: `the dose never reached ${mustReach} mg in a completed session (highest ${reached === null ? "none" : `${reached} mg`})`,
    });
  }
  return missing;
}
