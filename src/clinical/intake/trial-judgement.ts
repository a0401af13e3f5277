// Was a prior antidepressant trial adequate (dose and duration), and did it fail? One judgement per trial, with why.

import { minimumDoseFor, sforzini2022 } from "../knowledge/antidepressant-doses.ts";
import type { Source } from "../knowledge/source.ts";
import type { PriorTreatment } from "../record.ts";
import { type ClinicSettings, defaultSettings } from "../settings.ts";

export type TrialVerdict =
  | "adequate-failed"
  | "adequate-not-failed"
  | "inadequate"
  | "not-judged"
  | "earlier-episode"
  | "not-an-antidepressant";

export interface TrialJudgement {
  readonly name: string;
  readonly verdict: TrialVerdict;
  /** Dose and duration both reached; null when the record cannot say. */
  readonly adequate: boolean | null;
  /** Adequate, in this episode, and without response: counts towards treatment resistance. */
  readonly countsAsFailed: boolean;
  readonly minDailyMg: number | null;
  readonly minWeeks: number;
  /** Each reason, in words a prior-authorization letter can quote. */
  readonly reasons: readonly string[];
  readonly sources: readonly Source[];
}

/** The fields judged: the engine's prior treatment, with the intake's extras when present. */
export type JudgedTrial = Pick<PriorTreatment, "type" | "name" | "dailyDoseMg" | "weeks" | "outcome"> & {
  readonly thisEpisode?: boolean;
  readonly adherent?: boolean;
};

const failedOutcomes = new Set(["no-response", "partial-response"]);

export function judgeTrial(trial: JudgedTrial, settings: ClinicSettings = defaultSettings): TrialJudgement {
  const minWeeks = settings.antidepressantTrialMinWeeks;
  const base = { name: trial.name, minWeeks, sources: [sforzini2022] };
  if (trial.type !== "antidepressant") {
    return {
      ...base,
      verdict: "not-an-antidepressant",
      adequate: null,
      countsAsFailed: false,
      minDailyMg: null,
      reasons: [`Recorded as ${trial.type}, so it is staged separately from antidepressant trials.`],
    };
  }
  const known = minimumDoseFor(trial.name);
  const minDailyMg = known?.minDailyMg ?? null;
  const sources = known ? [sforzini2022, known.source] : [sforzini2022];
  const reasons: string[] = [];
  let adequate: boolean | null = true;
  if (known === undefined) {
    reasons.push(`No minimum dose is on file for "${trial.name}", so the dose cannot be judged.`);
    adequate = null;
  } else if (trial.dailyDoseMg === undefined) {
    reasons.push(`Daily dose not recorded (minimum ${known.minDailyMg} mg).`);
    adequate = null;
  } else if (trial.dailyDoseMg < known.minDailyMg) {
    reasons.push(`Dose ${trial.dailyDoseMg} mg/day is below the minimum of ${known.minDailyMg} mg/day.`);
    adequate = false;
  } else {
    reasons.push(`Dose ${trial.dailyDoseMg} mg/day reaches the minimum of ${known.minDailyMg} mg/day.`);
  }
  if (trial.weeks === undefined) {
    reasons.push(`Duration not recorded (at least ${minWeeks} weeks needed).`);
    if (adequate === true) adequate = null;
  } else if (trial.weeks < minWeeks) {
    reasons.push(`${trial.weeks} weeks is shorter than the ${minWeeks} weeks needed.`);
    adequate = false;
  } else {
    reasons.push(`${trial.weeks} weeks meets the ${minWeeks} weeks needed.`);
  }
  if (trial.adherent === false) {
    reasons.push("Not taken as prescribed for most of the trial.");
    adequate = false;
  }
  const tail = { ...base, minDailyMg, sources, adequate };
  if (trial.thisEpisode === false) {
    reasons.push("Taken in an earlier episode, so it does not count towards resistance in this one.");
    return { ...tail, verdict: "earlier-episode", countsAsFailed: false, reasons };
  }
  if (adequate === null) return { ...tail, verdict: "not-judged", countsAsFailed: false, reasons };
  if (!adequate) {
    if (trial.outcome === "not-tolerated")
      reasons.push("Stopped for side effects before it could count as a trial.");
    return { ...tail, verdict: "inadequate", countsAsFailed: false, reasons };
  }
  if (failedOutcomes.has(trial.outcome)) {
    reasons.push(`Outcome: ${trial.outcome.replace("-", " ")}, so it counts as a failed adequate trial.`);
    return { ...tail, verdict: "adequate-failed", countsAsFailed: true, reasons };
  }
  reasons.push(
    trial.outcome === "unknown"
      ? "Outcome not recorded, so it is not counted as failed."
      : `Outcome: ${trial.outcome.replace("-", " ")}, so it is not a failed trial.`,
  );
  return { ...tail, verdict: "adequate-not-failed", countsAsFailed: false, reasons };
}
