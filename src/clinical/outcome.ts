// Baseline, latest and best scores on the primary instrument, percent change, and the classification.

import type { Classification, Outcome, Score } from "./assessment.ts";
import { bandOf, instruments } from "./instruments/index.ts";
import type { InstrumentId } from "./instruments/instrument.ts";
import type { ClinicSettings } from "./settings.ts";
import { measurementsOf, type ScoredMeasurement, type Timeline } from "./timeline.ts";

/** Seed 003 measures response on MADRS or HAM-D; the self-reports stand in only when neither was rated. */
export const primaryOrder: readonly InstrumentId[] = ["MADRS", "HAMD17", "PHQ9", "QIDSSR16"];

export const responsePercent = 50;
export const partialResponsePercent = 25;

export function primaryInstrument(t: Timeline): InstrumentId | null {
  return primaryOrder.find((id) => t.measurements.some((m) => m.item.instrument === id)) ?? null;
}

export function remissionMaxFor(instrument: InstrumentId, settings: ClinicSettings): number | null {
  if (instrument === "MADRS") return settings.madrsRemissionMax;
  return instruments[instrument].remissionMax ?? null;
}

export function improvementPercent(baseline: number, score: number): number | null {
  return baseline > 0 ? ((baseline - score) / baseline) * 100 : null;
}

/** Classifies a score against its baseline; remission, an absolute cut-off, takes precedence. */
export function classify(
  instrument: InstrumentId,
  baseline: number,
  latest: number,
  settings: ClinicSettings,
): Exclude<Classification, "insufficient-data"> {
  const remissionMax = remissionMaxFor(instrument, settings);
  if (remissionMax !== null && latest <= remissionMax) return "remission";
  const percent = improvementPercent(baseline, latest);
  if (instrument === "PHQ9" && settings.phq9Response === "fifty-percent-or-below-10" && latest < 10)
    return "response";
  if (percent === null) return "non-response";
  if (percent >= responsePercent) return "response";
  if (percent >= partialResponsePercent) return "partial-response";
  return "non-response";
}

function responseRuleText(instrument: InstrumentId | null, settings: ClinicSettings): string {
  if (instrument === "PHQ9" && settings.phq9Response === "fifty-percent-or-below-10") {
    return "response: ≥50% fall from baseline or a PHQ-9 under 10; partial response: 25–49%; non-response: <25%";
  }
  return "response: ≥50% fall from baseline; partial response: 25–49%; non-response: <25%";
}

function score(instrument: InstrumentId, m: ScoredMeasurement): Score {
  return { date: m.item.date, total: m.total, band: bandOf(instruments[instrument], m.total).code };
}

/** The baseline is the last score on or before the first treatment session. */
function findBaseline(
  scores: readonly ScoredMeasurement[],
  firstSession: string,
): ScoredMeasurement | undefined {
  let baseline: ScoredMeasurement | undefined;
  for (const m of scores) if (m.item.date <= firstSession) baseline = m;
  return baseline;
}

export function assessOutcome(t: Timeline, settings: ClinicSettings): Outcome {
  const instrument = primaryInstrument(t);
  const responseRule = responseRuleText(instrument, settings);
  const empty = {
    instrument,
    baseline: null,
    latest: null,
    best: null,
    improvementPercent: null,
    bestImprovementPercent: null,
    classification: "insufficient-data" as const,
    remissionMax: instrument ? remissionMaxFor(instrument, settings) : null,
    responseRule,
  };
  if (!instrument)
    return { ...empty, reason: "No depression rating (MADRS, HAM-D, PHQ-9 or QIDS-SR) is recorded yet." };

  const scores = measurementsOf(t, instrument);
  const firstSession = t.sessions[0]?.item.date;
  const lastScore = scores.at(-1);
  const latestOnly = lastScore ? score(instrument, lastScore) : null;
  if (firstSession === undefined) {
    return {
      ...empty,
      latest: latestOnly,
      reason: "No treatment session yet, so there is no baseline to compare with.",
    };
  }
  const baselineM = findBaseline(scores, firstSession);
  if (!baselineM) {
    return {
      ...empty,
      latest: latestOnly,
      reason: `No ${instrument} score on or before the first session (${firstSession}), so change cannot be measured.`,
    };
  }
  const after = scores.filter((m) => m.item.date > firstSession);
  const latestM = after.at(-1);
  const baseline = score(instrument, baselineM);
  if (!latestM) {
    return {
      ...empty,
      baseline,
      latest: baseline,
      reason: `Only the baseline ${instrument} is recorded; a rating after treatment began is needed.`,
    };
  }
  let bestM = latestM;
  for (const m of after) if (m.total < bestM.total) bestM = m;

  const classification = classify(instrument, baselineM.total, latestM.total, settings);
  const percent = improvementPercent(baselineM.total, latestM.total);
  const remissionMax = remissionMaxFor(instrument, settings);
  return {
    instrument,
    baseline,
    latest: score(instrument, latestM),
    best: score(instrument, bestM),
    improvementPercent: percent,
    bestImprovementPercent: improvementPercent(baselineM.total, bestM.total),
    classification,
    remissionMax,
    responseRule,
    reason: reasonText(instrument, baselineM.total, latestM.total, percent, classification, remissionMax),
  };
}

function reasonText(
  instrument: InstrumentId,
  baseline: number,
  latest: number,
  percent: number | null,
  classification: Classification,
  remissionMax: number | null,
): string {
  const change =
    percent === null
      ? ""
      : ` (${percent >= 0 ? "" : "+"}${Math.abs(percent).toFixed(1)}% ${percent >= 0 ? "lower" : "higher"})`;
  const head = `${instrument} ${baseline} → ${latest}${change}`;
  switch (classification) {
    case "remission":
      return `${head}: at or below the remission cut-off of ${remissionMax}.`;
    case "response":
      return `${head}: a fall of at least half from baseline.`;
    case "partial-response":
      return `${head}: a fall of 25–49% from baseline.`;
    case "non-response":
      return `${head}: a fall of less than 25% from baseline.`;
    case "insufficient-data":
      return head;
  }
}
