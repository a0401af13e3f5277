// Quick Inventory of Depressive Symptomatology, self-report (16 items): nine DSM symptom domains scored 0–3.

import { reference } from "../knowledge/source.ts";
import type { Instrument } from "./instrument.ts";
import { uniformItems } from "./item-lists.ts";

const labels = [
  "Trouble falling asleep",
  "Restless sleep",
  "Waking too early",
  "Sleeping too much",
  "Sadness",
  "Less appetite",
  "More appetite",
  "Weight loss",
  "Weight gain",
  "Concentration and decisions",
  "View of oneself",
  "Thoughts of death or suicide",
  "General interest",
  "Energy",
  "Feeling slowed down",
  "Feeling restless",
] as const;

/** Items (1-based) that rate one DSM domain; the domain counts once, at its highest item. */
export const qidsDomains: readonly (readonly number[])[] = [
  [1, 2, 3, 4], // sleep
  [5], // mood
  [6, 7, 8, 9], // appetite or weight
  [10], // concentration
  [11], // self-view
  [12], // suicidal ideation
  [13], // interest
  [14], // energy
  [15, 16], // psychomotor
];

/**
 * Rush 2003 scoring: the highest of the sleep items, the appetite/weight items and the psychomotor items,
 * plus the six single-item domains. Summing all 16 would count one symptom up to four times.
 */
export function scoreQids(items: readonly number[]): number {
  let total = 0;
  for (const domain of qidsDomains) {
    let highest = 0;
    for (const n of domain) highest = Math.max(highest, items[n - 1] ?? 0);
    total += highest;
  }
  return total;
}

export const rush2003 = reference(
  "rush-2003",
  "Rush AJ, Trivedi MH, Ibrahim HM, et al. The 16-Item Quick Inventory of Depressive Symptomatology (QIDS), clinician rating (QIDS-C), and self-report (QIDS-SR): a psychometric evaluation in patients with chronic major depression. Biol Psychiatry 2003;54(5):573-583",
);

export const qidsSr16: Instrument = {
  id: "QIDSSR16",
  name: "Quick Inventory of Depressive Symptomatology, Self-Report (16-item)",
  rater: "self",
  measures: "depression",
  items: uniformItems(labels, 0, 3),
  totalRange: { min: 0, max: 27 },
  score: scoreQids,
  bands: [
    { code: "none", label: "No depression", min: 0, max: 5 },
    { code: "mild", label: "Mild depression", min: 6, max: 10 },
    { code: "moderate", label: "Moderate depression", min: 11, max: 15 },
    { code: "severe", label: "Severe depression", min: 16, max: 20 },
    { code: "very-severe", label: "Very severe depression", min: 21, max: 27 },
  ],
  // ≤5 is the top of the "none" band, the remission definition STAR*D used; the seed sets no QIDS cut-off.
  remissionMax: 5,
  // Item 12 anchors: 1 = life feels empty or not worth living, 2 = thinks of suicide or death several times
  // a week for several minutes, 3 = detailed plans or an attempt. Only 2 and above raise a finding.
  suicideItem: { item: 12, warningAt: 1, criticalAt: 2 },
  // No LOINC code for the QIDS-SR16 could be verified in a published terminology source, so none is given.
  sources: [rush2003],
};
