// The shape every modality module fills in: what an adequate trial is, dose rules and hard limits.

import type { Source } from "../knowledge/source.ts";

export const modalities = [
  "iv-ketamine",
  "im-ketamine",
  "sublingual-ketamine",
  "oral-ketamine",
  "esketamine",
  "tms",
] as const;
export type Modality = (typeof modalities)[number];

/** Ketamine given by any route, or esketamine: the treatments whose count forms one course. */
export type Family = "ketamine" | "esketamine" | "tms";

/** How a dose is expressed, with the limits nothing may pass. */
export type DoseRule =
  | {
      readonly unit: "mg/kg";
      /** Hard stop: no dose above this, ever. */
      readonly maxMgPerKg: number;
      /** The usual starting dose. */
      readonly standardMgPerKg: number;
      /** Lowest dose a protocol uses; below it the session is not a therapeutic dose. */
      readonly lowestMgPerKg: number;
      /** The escalation ladder for non-responders, lowest first. */
      readonly escalation: readonly number[];
    }
  | {
      readonly unit: "mg-fixed";
      /** The only doses the device delivers. */
      readonly allowedMg: readonly number[];
      readonly startMg: number;
      readonly targetMg: number;
    }
  | { readonly unit: "mg"; readonly maxMg: number; readonly typicalMg: readonly [number, number] }
  | { readonly unit: "none" };

export interface AdequateTrial {
  /** Completed sessions at a therapeutic dose. */
  readonly minSessions: number;
  /** Average sessions per week over the trial, at least. */
  readonly minSessionsPerWeek: number;
  /** Days from the first to the last counted session, at least. */
  readonly minSpanDays: number;
  /** For fixed-dose devices: the dose the trial must reach. */
  readonly mustReachMg?: number;
  /** Text for the criteria, in our own words. */
  readonly summary: string;
}

export interface Protocol {
  readonly id: Modality;
  readonly name: string;
  readonly family: Family;
  readonly adequateTrial: AdequateTrial;
  readonly dose: DoseRule;
  /** Infusion length for IV: the standard, and the shortest allowed (hard stop). */
  readonly infusion?: { readonly standardMinutes: number; readonly minMinutes: number };
  /** TMS: stimulation intensity above this percent of motor threshold is refused. */
  readonly maxIntensityPercentMT?: number;
  /** Sessions of an ordinary induction; past this the course counts as extended. */
  readonly inductionSessions: number;
  readonly sources: readonly Source[];
}
