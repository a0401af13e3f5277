// The shape every rating-scale module fills in: items, ranges, scoring, bands and cut-offs.

import type { Source } from "../knowledge/source.ts";

export const instrumentIds = [
  "MADRS",
  "HAMD17",
  "PHQ9",
  "QIDSSR16",
  "GAD7",
  "CADSS",
  "SHAPS",
  "CSSRS",
] as const;
export type InstrumentId = (typeof instrumentIds)[number];

export interface InstrumentItem {
  /** 1-based item number as printed on the form. */
  readonly number: number;
  /** Short name of what the item rates, in our own words. */
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

export interface Band {
  /** Stable code, e.g. `moderate`. */
  readonly code: string;
  readonly label: string;
  /** Inclusive total range. */
  readonly min: number;
  readonly max: number;
}

/** An item whose score signals suicide risk, with the levels that raise a warning or a critical finding. */
export interface SuicideItem {
  readonly item: number;
  /** Score at or above which the finding is a warning (passive or fleeting ideation). */
  readonly warningAt?: number;
  /** Score at or above which the finding is critical. */
  readonly criticalAt: number;
}

export interface Instrument {
  readonly id: InstrumentId;
  readonly name: string;
  readonly rater: "clinician" | "self" | "clinician-or-self";
  readonly measures: "depression" | "anxiety" | "dissociation" | "anhedonia" | "suicide-risk";
  readonly items: readonly InstrumentItem[];
  readonly totalRange: { readonly min: number; readonly max: number };
  /** Total from item scores (already checked to be in range and complete). */
  score(items: readonly number[]): number;
  /** Severity bands covering the whole total range without gaps, lowest first. */
  readonly bands: readonly Band[];
  /** Remission when total ≤ this (depression scales only). */
  readonly remissionMax?: number;
  readonly suicideItem?: SuicideItem;
  /** LOINC codes where they exist: the panel, the total score, and per-item codes. */
  readonly loinc?: { readonly panel?: string; readonly total?: string };
  readonly sources: readonly Source[];
}

/** The band a total falls in; totals are validated at the boundary, so one always matches. */
export function bandOf(instrument: Instrument, total: number): Band {
  const band = instrument.bands.find((b) => total >= b.min && total <= b.max);
  if (!band) throw new RangeError(`${instrument.id} total ${total} is outside every band`);
  return band;
}

/** Plain sum, the scoring rule of most scales. */
export function sumItems(items: readonly number[]): number {
  let total = 0;
  for (const v of items) total += v;
  return total;
}
