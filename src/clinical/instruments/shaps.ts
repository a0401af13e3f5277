// Snaith–Hamilton Pleasure Scale: fourteen self-rated items of hedonic tone, tracked for anhedonic depression.

import { reference, seed } from "../knowledge/source.ts";
import type { Instrument } from "./instrument.ts";
import { uniformItems } from "./item-lists.ts";

const labels = [
  "Favourite programmes",
  "Time with family or friends",
  "Hobbies and pastimes",
  "Favourite meal",
  "Bath or shower",
  "Pleasant scents",
  "Other people's smiles",
  "Looking well dressed",
  "Reading",
  "Favourite drink",
  "Small everyday pleasures",
  "Scenery",
  "Helping others",
  "Being praised",
] as const;

/** Answers as recorded on the form: 1 definitely agree, 2 agree, 3 disagree, 4 definitely disagree. */
export const shapsAnswers = { definitelyAgree: 1, agree: 2, disagree: 3, definitelyDisagree: 4 } as const;

/**
 * Snaith 1995 scoring: each disagree answer (3 or 4), meaning no pleasure expected, scores 1; agree answers
 * score 0. Some later studies sum the raw answers (14–56) instead; that total is not comparable with this one.
 */
export function scoreShaps(items: readonly number[]): number {
  let total = 0;
  for (const answer of items) if (answer >= shapsAnswers.disagree) total += 1;
  return total;
}

export const snaith1995 = reference(
  "snaith-1995",
  "Snaith RP, Hamilton M, Morley S, et al. A scale for the assessment of hedonic tone: the Snaith-Hamilton Pleasure Scale. Br J Psychiatry 1995;167(1):99-103",
);

export const shaps: Instrument = {
  id: "SHAPS",
  name: "Snaith–Hamilton Pleasure Scale",
  rater: "self",
  measures: "anhedonia",
  items: uniformItems(labels, 1, 4),
  totalRange: { min: 0, max: 14 },
  score: scoreShaps,
  // Snaith 1995: a total of 3 or more separates an abnormal from a normal hedonic response.
  bands: [
    { code: "normal", label: "Normal hedonic tone", min: 0, max: 2 },
    { code: "anhedonia", label: "Anhedonia", min: 3, max: 14 },
  ],
  // No LOINC code for the SHAPS could be verified in a published terminology source, so none is given.
  sources: [snaith1995, seed("003", "Anhedonic Depression")],
};
