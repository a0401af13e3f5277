// Columbia Suicide Severity Rating Scale, screen version: six yes/no questions and the screener's risk triage.

import { reference } from "../knowledge/source.ts";
import { type Instrument, sumItems } from "./instrument.ts";
import { uniformItems } from "./item-lists.ts";

// Items 1–5 cover the past month. Item 6 is recorded here as behaviour in the past 3 months: the screener
// triages lifetime-only behaviour (more than 3 months ago) as moderate, and that belongs in the history, not here.
const labels = [
  "Wish to be dead",
  "Thoughts of killing oneself",
  "Thinking about a method",
  "Some intent to act",
  "Plan with intent",
  "Suicidal behaviour in the past 3 months",
] as const;

export type CssrsRisk = "negative" | "low" | "moderate" | "high";

const yes = (items: readonly number[], item: number): boolean => (items[item - 1] ?? 0) >= 1;

/**
 * The screener's triage: yes to 4, 5 or 6 is high risk; yes to 3 is moderate; yes to 1 or 2 only is low.
 * The highest level reached wins, so a skipped question (recorded 0) never lowers the result.
 */
export function cssrsRisk(items: readonly number[]): CssrsRisk {
  if (yes(items, 4) || yes(items, 5) || yes(items, 6)) return "high";
  if (yes(items, 3)) return "moderate";
  if (yes(items, 1) || yes(items, 2)) return "low";
  return "negative";
}

/** Any yes answer. Every positive screen is a safety signal that the prescriber must see. */
export function cssrsPositive(items: readonly number[]): boolean {
  return items.some((answer) => answer >= 1);
}

/**
 * How the engine should read this scale: it has no single suicide item, so `suicideItem` is left out on
 * purpose. Every positive screen (`cssrsPositive`) is a safety signal the prescriber must see; `cssrsRisk`
 * gives the screener's level, where moderate and high call for same-day safety precautions. The total
 * (count of yes answers) does not rank risk, since a lone yes to item 6 is high risk, so a total without
 * items says only whether the screen was positive; the bands below say no more than that.
 */
export const cssrs: Instrument = {
  id: "CSSRS",
  name: "Columbia Suicide Severity Rating Scale, Screen Version",
  rater: "clinician-or-self",
  measures: "suicide-risk",
  items: uniformItems(labels, 0, 1),
  totalRange: { min: 0, max: 6 },
  score: sumItems,
  bands: [
    { code: "negative", label: "Negative screen", min: 0, max: 0 },
    { code: "positive", label: "Positive screen: triage the answers", min: 1, max: 6 },
  ],
  // 93373-9 is the screener panel ("recent"). LOINC has no count-of-yes total; 93374-7 is the separate
  // suicide risk level observation, which is not what `total` holds here.
  loinc: { panel: "93373-9" },
  sources: [
    reference(
      "posner-2011",
      "Posner K, Brown GK, Stanley B, et al. The Columbia-Suicide Severity Rating Scale: initial validity and internal consistency findings from three multisite studies with adolescents and adults. Am J Psychiatry 2011;168(12):1266-1277",
    ),
    reference(
      "cssrs-screener-triage",
      "Columbia Lighthouse Project. C-SSRS Screen Version with triage points (recent), Research Foundation for Mental Hygiene, 2008",
    ),
  ],
};
