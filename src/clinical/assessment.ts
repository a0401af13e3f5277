// Assessment: the engine's output. Every view renders this; none recomputes it.

import type { InstrumentId } from "./instruments/instrument.ts";
import type { Source } from "./knowledge/source.ts";
import type { Modality } from "./protocols/protocol.ts";
import type { WeightBasis } from "./record.ts";
import type { ClinicSettings } from "./settings.ts";

export type Severity = "info" | "warning" | "critical";

/** One fact from the record that made a rule fire. `field` is a path into the record. */
export interface Evidence {
  readonly field: string;
  readonly value: string | number | boolean | null;
  readonly date?: string;
}

export interface Finding {
  /** Stable kebab-case code; views and tests key on it. */
  readonly code: string;
  readonly severity: Severity;
  readonly title: string;
  readonly detail: string;
  readonly evidence: readonly Evidence[];
  readonly source: Source;
}

export type RecommendationCategory =
  | "safety"
  | "trial"
  | "workup"
  | "medication"
  | "engagement"
  | "optimization"
  | "continuation"
  | "discontinuation"
  | "pathway";

export interface ProposedDose {
  readonly doseMgPerKg?: number;
  readonly doseMg?: number;
  /** Which body weight the mg figure was computed on, and that weight. */
  readonly weightBasis?: WeightBasis;
  readonly basisWeightKg?: number;
  readonly infusionMinutes?: number;
}

export interface Recommendation extends Finding, ProposedDose {
  readonly category: RecommendationCategory;
}

export type Classification =
  | "remission"
  | "response"
  | "partial-response"
  | "non-response"
  | "insufficient-data";

export interface Score {
  readonly date: string;
  readonly total: number;
  readonly band: string;
}

export interface Outcome {
  readonly instrument: InstrumentId | null;
  readonly baseline: Score | null;
  readonly latest: Score | null;
  /** Lowest score after baseline (lower is better on every depression scale here). */
  readonly best: Score | null;
  /** (baseline − latest) / baseline × 100, unrounded; null when it cannot be computed. */
  readonly improvementPercent: number | null;
  readonly bestImprovementPercent: number | null;
  readonly classification: Classification;
  /** The cut-offs this classification used. */
  readonly remissionMax: number | null;
  readonly responseRule: string;
  /** Why the classification is what it is, in words. */
  readonly reason: string;
}

export type TrajectoryDirection = "improving" | "plateau" | "worsening" | "insufficient-data";
export type TrajectorySignal = "early-improvement" | "delayed-response" | "still-improving" | "lost-gains";

export interface Trajectory {
  readonly instrument: InstrumentId | null;
  readonly points: readonly { readonly date: string; readonly total: number; readonly week: number }[];
  /** Least-squares slope over the whole course, in points per week (negative is improvement). */
  readonly slopePerWeek: number | null;
  /** Slope over the recent window only. */
  readonly recentSlopePerWeek: number | null;
  /** Recent slope as percent of baseline per week (positive is improvement). */
  readonly recentImprovementPercentPerWeek: number | null;
  readonly direction: TrajectoryDirection;
  readonly signals: readonly TrajectorySignal[];
  /** At the recent rate, weeks until the response threshold is crossed; null if not improving or already there. */
  readonly weeksToResponse: number | null;
  readonly summary: string;
}

export interface MissingCriterion {
  readonly code: string;
  readonly text: string;
}

export interface TrialAdequacy {
  readonly modality: Modality | null;
  /** Sessions of this modality (all, including incomplete ones). */
  readonly sessions: number;
  /** Completed sessions at a therapeutic dose: the ones that count. */
  readonly countedSessions: number;
  readonly spanDays: number;
  readonly sessionsPerWeek: number | null;
  readonly highestDoseMgPerKg: number | null;
  readonly highestDoseMg: number | null;
  readonly adequate: boolean;
  readonly missing: readonly MissingCriterion[];
  readonly criteria: string;
}

export interface OptimizationTried {
  readonly strategy: string;
  readonly since: string;
  readonly evidence: readonly Evidence[];
}

export interface Course {
  /** All ketamine-family and esketamine treatments together (the seed counts them as one course). */
  readonly totalTreatments: number;
  readonly modalities: readonly Modality[];
  readonly firstSessionDate: string | null;
  readonly lastSessionDate: string | null;
  readonly optimizationsTried: readonly OptimizationTried[];
}

export type WorkupStatus = "concern" | "clear" | "not-recorded";

export interface WorkupStep {
  readonly step: "delivery" | "diagnosis" | "medications" | "engagement";
  readonly title: string;
  readonly status: WorkupStatus;
  /** What the record answers, one line each. */
  readonly answers: readonly {
    readonly question: string;
    readonly answer: string;
    readonly concern: boolean;
  }[];
}

export interface Workup {
  /** Whether the work-up applies now (non-response or partial response). */
  readonly indicated: boolean;
  readonly steps: readonly WorkupStep[];
}

export type DiscontinuationCriterion =
  | "clear-non-response"
  | "no-trajectory-after-optimization"
  | "intolerable-side-effects"
  | "patient-preference"
  | "emerging-contraindication";

export interface Discontinuation {
  readonly met: boolean;
  readonly criteria: readonly {
    readonly criterion: DiscontinuationCriterion;
    readonly evidence: readonly Evidence[];
  }[];
}

export interface NextPathway {
  readonly group: "neuromodulation" | "pharmacological" | "psychotherapy" | "lifestyle" | "ketamine-family";
  readonly option: string;
  readonly why: string;
  readonly source: Source;
}

export interface BodyWeights {
  readonly actualKg: number;
  readonly idealKg: number | null;
  readonly adjustedKg: number | null;
  readonly bmi: number | null;
}

export interface Assessment {
  readonly asOf: string;
  readonly knowledgeVersion: string;
  readonly settings: ClinicSettings;
  readonly patient: { readonly id: string; readonly ageYears: number; readonly weights: BodyWeights };
  readonly outcome: Outcome;
  readonly trajectory: Trajectory;
  readonly trial: TrialAdequacy;
  readonly course: Course;
  readonly workup: Workup;
  readonly discontinuation: Discontinuation;
  readonly nextPathways: readonly NextPathway[];
  /** Latest score and band of every instrument measured. */
  readonly latestScores: readonly (Score & { readonly instrument: InstrumentId })[];
  /** Most severe first. */
  readonly findings: readonly Finding[];
  /** Most severe first; never empty. */
  readonly recommendations: readonly Recommendation[];
  /** Every source cited above, once. */
  readonly citations: readonly Source[];
}
