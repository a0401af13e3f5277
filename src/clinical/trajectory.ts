// How the primary score is moving: slope per week, improving or plateaued, and delayed-response signals.
// Seed 003 asks the clinician to weigh the trend and not only the endpoint; this makes the trend a number.

import type { Outcome, Trajectory, TrajectoryDirection, TrajectorySignal } from "./assessment.ts";
import { dayNumber } from "./dates.ts";
import { improvementPercent, partialResponsePercent, responsePercent } from "./outcome.ts";
import type { Timeline } from "./timeline.ts";

/** A recent change smaller than this share of baseline per week is a plateau. */
export const plateauPercentPerWeek = 5;
/** The recent trend is read from this many latest ratings. */
export const recentWindow = 3;
/** Early improvement is judged in the first two weeks (Szegedi 2009: ≥20% early fall predicts response). */
const earlyWeeks = 2;
const earlyImprovementPercent = 20;
/** A fall back by this many percentage points from the best score is a loss of gains. */
const lostGainsPoints = 25;

function roundTo(value: number, places: number): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}

interface Point {
  readonly date: string;
  readonly total: number;
  readonly week: number;
}

/** Ordinary least-squares slope of total on week; null without two distinct weeks. */
export function slope(points: readonly Point[]): number | null {
  const n = points.length;
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.week;
    sy += p.total;
  }
  const mx = sx / n;
  const my = sy / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.week - mx) * (p.total - my);
    den += (p.week - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}

function insufficient(outcome: Outcome, points: readonly Point[], summary: string): Trajectory {
  return {
    instrument: outcome.instrument,
    points,
    slopePerWeek: slope(points),
    recentSlopePerWeek: null,
    recentImprovementPercentPerWeek: null,
    direction: "insufficient-data",
    signals: [],
    weeksToResponse: null,
    summary,
  };
}

export function assessTrajectory(t: Timeline, outcome: Outcome): Trajectory {
  const { instrument, baseline } = outcome;
  if (!instrument || !baseline)
    return insufficient(outcome, [], "No baseline yet, so there is no trend to read.");
  const points: Point[] = [];
  const baselineDay = dayNumber(baseline.date);
  for (const m of t.measurements) {
    const { instrument: id, date } = m.item;
    if (id === instrument && date >= baseline.date)
      points.push({ date, total: m.total, week: (dayNumber(date) - baselineDay) / 7 });
  }
  if (points.length < recentWindow) {
    return insufficient(
      outcome,
      points,
      `A trend needs at least ${recentWindow} ratings from baseline on; ${points.length} so far.`,
    );
  }
  const whole = slope(points);
  const recent = slope(points.slice(-recentWindow));
  // Rounded so that a rate of exactly 5% a week, computed over fractional weeks, is not 4.9999999%.
  const recentPct =
    recent === null || baseline.total === 0 ? null : roundTo((-recent / baseline.total) * 100, 9);
  const direction: TrajectoryDirection =
    recentPct === null
      ? "insufficient-data"
      : recentPct >= plateauPercentPerWeek
        ? "improving"
        : recentPct <= -plateauPercentPerWeek
          ? "worsening"
          : "plateau";

  const signals = readSignals(points, baseline.total, direction, outcome);
  const current = outcome.improvementPercent ?? 0;
  const weeksToResponse =
    direction === "improving" &&
    recentPct !== null &&
    current < responsePercent &&
    outcome.classification !== "remission"
      ? (responsePercent - current) / recentPct
      : null;
  return {
    instrument,
    points,
    slopePerWeek: whole,
    recentSlopePerWeek: recent,
    recentImprovementPercentPerWeek: recentPct,
    direction,
    signals,
    weeksToResponse,
    summary: summarize(instrument, direction, recent, recentPct, weeksToResponse, signals),
  };
}

function readSignals(
  points: readonly Point[],
  baseline: number,
  direction: TrajectoryDirection,
  outcome: Outcome,
): TrajectorySignal[] {
  const signals: TrajectorySignal[] = [];
  let early = 0;
  let later = 0;
  // Pairwise Math.max from -Infinity: the same value, NaN included, as Math.max over them all.
  let earlyBest = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    if (p.week > 0 && p.week <= earlyWeeks) {
      early += 1;
      earlyBest = Math.max(earlyBest, improvementPercent(baseline, p.total) ?? 0);
    }
    if (p.week > earlyWeeks) later += 1;
  }
  if (early > 0 && earlyBest >= earlyImprovementPercent) signals.push("early-improvement");
  if (direction === "improving" && later > 0 && (early === 0 || earlyBest < partialResponsePercent)) {
    // Little change at first, then a real fall: the slow-responder pattern the seed warns not to cut short.
    signals.push("delayed-response");
  }
  if (direction === "improving" && outcome.classification !== "remission") signals.push("still-improving");
  const best = outcome.bestImprovementPercent;
  const now = outcome.improvementPercent;
  if (best !== null && now !== null && best >= responsePercent && best - now >= lostGainsPoints) {
    signals.push("lost-gains");
  }
  return signals;
}

function summarize(
  instrument: string,
  direction: TrajectoryDirection,
  recent: number | null,
  recentPct: number | null,
  weeksToResponse: number | null,
  signals: readonly TrajectorySignal[],
): string {
  const rate =
    recent === null || recentPct === null
      ? ""
      : ` (${instrument} ${recent <= 0 ? "falling" : "rising"} ${Math.abs(recent).toFixed(1)} points a week over the last ${recentWindow} ratings)`;
  const parts: string[] = [];
  if (direction === "improving") parts.push(`Still improving${rate}.`);
  if (direction === "plateau")
    parts.push(`Plateaued${rate}: less than ${plateauPercentPerWeek}% of baseline a week.`);
  if (direction === "worsening") parts.push(`Worsening${rate}.`);
  if (weeksToResponse !== null)
    parts.push(`At this rate the response threshold is about ${weeksToResponse.toFixed(1)} weeks away.`);
  if (signals.includes("delayed-response"))
    parts.push("Slow start followed by improvement: a delayed-response pattern.");
  if (signals.includes("early-improvement")) parts.push("Improved by a fifth or more within two weeks.");
  if (signals.includes("lost-gains")) parts.push("Earlier gains have been partly lost.");
  return parts.join(" ");
}
