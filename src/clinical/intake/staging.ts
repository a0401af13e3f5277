// Treatment-resistance staging at intake: adequate failed trials in this episode, the TRD call (clinic setting),
// augmentation and ECT, and the Maudsley Staging Method score with each component and how it was reached.

import type { Evidence, Finding } from "../assessment.ts";
import { ev } from "../finding.ts";
import { fekadu2009, maudsley, sforzini2022 } from "../knowledge/antidepressant-doses.ts";
import type { ClinicSettings } from "../settings.ts";
import type { IntakeRecord } from "./intake-record.ts";
import { judgeTrial, type TrialJudgement } from "./trial-judgement.ts";

export interface StagingComponent {
  readonly id: "duration" | "severity" | "antidepressants" | "augmentation" | "ect";
  readonly label: string;
  readonly value: string;
  readonly points: number;
  readonly maxPoints: number;
  readonly how: string;
}

export interface Staging {
  readonly trials: readonly (TrialJudgement & { readonly index: number })[];
  readonly adequateFailedTrials: number;
  readonly trdThreshold: number;
  readonly treatmentResistant: boolean;
  readonly augmentationTried: boolean;
  readonly ectTried: boolean;
  readonly episodeMonths: number;
  readonly maudsley: {
    readonly total: number;
    readonly band: "mild" | "moderate" | "severe";
    readonly components: readonly StagingComponent[];
  };
  readonly findings: readonly Finding[];
}

/** Whole calendar months from `from` to `to` (both YYYY-MM-DD). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  if ([fy, fm, fd, ty, tm, td].some((n) => n === undefined || Number.isNaN(n))) return 0;
  const months = ((ty ?? 0) - (fy ?? 0)) * 12 + ((tm ?? 0) - (fm ?? 0)) - ((td ?? 0) < (fd ?? 0) ? 1 : 0);
  return Math.max(0, months);
}

function band<T>(value: number, limits: readonly number[], labels: readonly T[]): T {
  const i = limits.findIndex((limit) => value <= limit);
  const label = labels[i === -1 ? limits.length : i];
  if (label === undefined) throw new Error("band labels must outnumber limits by one");
  return label;
}

/** A yes/no component: 1 point when used in this episode. */
function used(id: "augmentation" | "ect", label: string, yes: boolean, how: string): StagingComponent {
  return { id, label, value: yes ? "used" : "not used", points: yes ? 1 : 0, maxPoints: 1, how };
}

const severityWords = {
  subsyndromal: "subsyndromal",
  mild: "mild",
  moderate: "moderate",
  severe: "severe, without psychosis",
  "severe-psychotic": "severe, with psychotic features",
} as const satisfies Record<IntakeRecord["diagnosis"]["severity"], string>;

function components(
  intake: IntakeRecord,
  months: number,
  failed: number,
  aug: boolean,
  ect: boolean,
): StagingComponent[] {
  const durationPoints = band(months, maudsley.durationMonths, [1, 2, 3]);
  const severityPoints = maudsley.severity[intake.diagnosis.severity];
  const failedPoints = band(failed, maudsley.failedMedicationBands, [1, 2, 3, 4, 5]);
  return [
    {
      id: "duration",
      label: "Episode duration",
      value: `${months} months`,
      points: durationPoints,
      maxPoints: 3,
      how: "up to 12 months scores 1, 13–24 months 2, longer 3",
    },
    {
      id: "severity",
      label: "Severity now",
      value: severityWords[intake.diagnosis.severity],
      points: severityPoints,
      maxPoints: 5,
      how: "subsyndromal 1, mild 2, moderate 3, severe 4, severe with psychosis 5",
    },
    {
      id: "antidepressants",
      label: "Failed antidepressants",
      value: `${failed} adequate failed trial${failed === 1 ? "" : "s"}`,
      points: failedPoints,
      maxPoints: 5,
      how: "up to 2 scores 1, 3–4 scores 2, 5–6 scores 3, 7–10 scores 4, more scores 5",
    },
    used("augmentation", "Augmentation", aug, "any augmenting agent in this episode scores 1"),
    used("ect", "ECT", ect, "ECT in this episode scores 1"),
  ];
}

export function stageIntake(intake: IntakeRecord, settings: ClinicSettings): Staging {
  const trials = intake.treatments.map((t, index) => ({ ...judgeTrial(t, settings), index }));
  const failedTrials = trials.filter((t) => t.countsAsFailed);
  const failed = failedTrials.length;
  const addOns = intake.treatments.flatMap((t, index) =>
    t.thisEpisode && (t.type === "augmentation" || t.type === "ect") ? [{ type: t.type, index }] : [],
  );
  const augmentationTried = addOns.some((t) => t.type === "augmentation");
  const ectTried = addOns.some((t) => t.type === "ect");
  const months = monthsBetween(intake.diagnosis.episodeStart, intake.evaluatedOn);
  const parts = components(intake, months, failed, augmentationTried, ectTried);
  const total = parts.reduce((sum, c) => sum + c.points, 0);
  const totalBand = band(total, maudsley.totalBands, ["mild", "moderate", "severe"] as const);
  const threshold = settings.trdMinimumFailedTrials;
  const treatmentResistant = failed >= threshold;
  const evidence: Evidence[] = failedTrials.map((t) => ev(`treatments[${t.index}]`, t.name));
  const findings: Finding[] = [
    {
      code: treatmentResistant ? "intake-trd-met" : "intake-trd-not-met",
      severity: treatmentResistant ? "info" : "warning",
      title: treatmentResistant
        ? "Treatment-resistant depression"
        : "Not yet treatment-resistant by the clinic's definition",
      detail: `${failed} adequate failed antidepressant trial${failed === 1 ? "" : "s"} in this episode; the clinic's definition asks for at least ${threshold}.`,
      evidence: [...evidence, ev("settings.trdMinimumFailedTrials", threshold)],
      source: sforzini2022,
    },
  ];
  for (const t of trials.filter((x) => x.verdict === "not-judged")) {
    findings.push({
      code: "intake-trial-not-judged",
      severity: "warning",
      title: `Cannot tell whether ${t.name} was an adequate trial`,
      detail: t.reasons.join(" "),
      evidence: [ev(`treatments[${t.index}].name`, t.name)],
      source: sforzini2022,
    });
  }
  findings.push({
    code: "intake-maudsley-stage",
    severity: "info",
    title: `Maudsley Staging Method: ${total} (${totalBand})`,
    detail: parts.map((c) => `${c.label} ${c.points}`).join(", "),
    evidence: [
      ev("diagnosis.episodeStart", intake.diagnosis.episodeStart),
      ev("diagnosis.severity", intake.diagnosis.severity),
      ev("evaluatedOn", intake.evaluatedOn),
      // The score also rests on the failed trials and on any augmentation or ECT in this episode.
      ...evidence,
      ...addOns.map((t) => ev(`treatments[${t.index}].type`, t.type)),
    ],
    source: fekadu2009,
  });
  return {
    trials,
    adequateFailedTrials: failed,
    trdThreshold: threshold,
    treatmentResistant,
    augmentationTried,
    ectTried,
    episodeMonths: months,
    maudsley: {
      total,
      band: totalBand,
      components: parts,
    },
    findings,
  };
}
