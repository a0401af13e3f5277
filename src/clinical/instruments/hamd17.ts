// Hamilton Depression Rating Scale, 17-item version: the clinician-rated scale older trials and payers report.

import { reference, seed } from "../knowledge/source.ts";
import { type Instrument, type InstrumentItem, sumItems } from "./instrument.ts";

// Nine items are graded 0–4 and eight 0–2, as in Hamilton 1960; the ranges are per item, not per scale.
const itemDefinitions: readonly (readonly [label: string, max: number])[] = [
  ["Depressed mood", 4],
  ["Guilt", 4],
  ["Suicidal thinking", 4],
  ["Trouble falling asleep", 2],
  ["Waking in the night", 2],
  ["Waking too early", 2],
  ["Work and interests", 4],
  ["Slowed thought and movement", 4],
  ["Agitation", 4],
  ["Psychological anxiety", 4],
  ["Physical anxiety", 4],
  ["Gut symptoms and appetite", 2],
  ["Tiredness, aches and heaviness", 2],
  ["Sexual interest", 2],
  ["Health preoccupation", 4],
  ["Weight loss", 2],
  ["Insight", 2],
];

const items: readonly InstrumentItem[] = itemDefinitions.map(([label, max], index) => ({
  number: index + 1,
  label,
  min: 0,
  max,
}));

export const hamd17: Instrument = {
  id: "HAMD17",
  name: "Hamilton Depression Rating Scale (17-item)",
  rater: "clinician",
  measures: "depression",
  items,
  totalRange: { min: 0, max: 52 },
  score: sumItems,
  // Zimmerman 2013 derived 17 (mild/moderate) and 24 (moderate/severe) from CGI severity in 627 outpatients,
  // and recommended 0–7 as not depressed, matching the remission convention.
  bands: [
    { code: "none", label: "No depression", min: 0, max: 7 },
    { code: "mild", label: "Mild depression", min: 8, max: 16 },
    { code: "moderate", label: "Moderate depression", min: 17, max: 23 },
    { code: "severe", label: "Severe depression", min: 24, max: 52 },
  ],
  remissionMax: 7,
  // Item 3 anchors: 1 = feels life is not worth living, 2 and above = wishes to be dead, ideas or gestures
  // of suicide, or an attempt.
  suicideItem: { item: 3, warningAt: 1, criticalAt: 2 },
  // No LOINC code for the HAM-D 17 total could be verified in a published terminology source, so none is given.
  sources: [
    reference(
      "hamilton-1960",
      "Hamilton M. A rating scale for depression. J Neurol Neurosurg Psychiatry 1960;23(1):56-62",
    ),
    reference(
      "zimmerman-2013",
      "Zimmerman M, Martinez JH, Young D, Chelminski I, Dalrymple K. Severity classification on the Hamilton Depression Rating Scale. J Affect Disord 2013;150(2):384-388",
    ),
    seed("003", "Defining Non-Response"),
  ],
};
