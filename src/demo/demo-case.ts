// The shape of one demo patient's story, and the history and prior treatments many of them share.

import type { Classification } from "../clinical/index.ts";
import type { Chart, HistoryInput } from "./chart.ts";

/** What the engine should conclude about the patient as of today; the demo's test holds it to this. */
export interface Shows {
  readonly classification: Classification;
  /** Recommendation codes that must be among the assessment's (it may hold others). */
  readonly recommendations: readonly string[];
  /** Finding codes that must be among the assessment's. */
  readonly findings?: readonly string[];
}

export interface DemoCase {
  /** One line for the demo's patient list: where this patient stands and why they are here. */
  readonly story: string;
  readonly sex: "female" | "male";
  readonly age: number;
  readonly weightKg: number;
  readonly heightCm: number;
  readonly shows: Shows;
  /** Set for patients the clinic no longer treats: why they were made inactive. */
  readonly inactive?: string;
  /** Fills in the chart; every date is given as days before today. */
  readonly chart: (c: Chart) => void;
}

/** A patient engaged in care: in therapy, keeping routines, supported, taking medication. */
export const engaged: HistoryInput = {
  psychotherapy: true,
  selfCare: true,
  socialSupport: true,
  medicationAdherence: true,
  expectations: "realistic",
  trauma: false,
  chronicPain: false,
  anxiousDistress: false,
  substanceUse: false,
  psychosis: false,
  comorbidities: [],
  perpetuatingFactors: [],
};

export const recurrentSevere = ["F33.2", "Major depressive disorder, recurrent, severe"] as const;
export const recurrentModerate = ["F33.1", "Major depressive disorder, recurrent, moderate"] as const;
export const singleSevere = ["F32.2", "Major depressive disorder, single episode, severe"] as const;

/** Failed antidepressant trials that make the depression treatment-resistant, in one of three histories. */
export function failedTrials(c: Chart, variant: 0 | 1 | 2): Chart {
  switch (variant) {
    case 0:
      return c
        .prior("antidepressant", "sertraline", "no-response", 10)
        .prior("antidepressant", "venlafaxine", "partial-response", 8)
        .prior("augmentation", "aripiprazole", "no-response", 8);
    case 1:
      return c
        .prior("antidepressant", "escitalopram", "no-response", 8)
        .prior("antidepressant", "duloxetine", "not-tolerated", 4)
        .prior("antidepressant", "mirtazapine", "no-response", 12);
    case 2:
      return c
        .prior("antidepressant", "fluoxetine", "no-response", 12)
        .prior("antidepressant", "bupropion", "partial-response", 10)
        .prior("augmentation", "quetiapine", "not-tolerated", 3)
        .prior("psychotherapy", "CBT, 16 sessions", "partial-response", 16);
  }
}
