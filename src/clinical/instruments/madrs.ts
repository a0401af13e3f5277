// Montgomery–Åsberg Depression Rating Scale: ten clinician-rated items, the primary outcome of most ketamine trials.

import { reference, seed } from "../knowledge/source.ts";
import { type Instrument, sumItems } from "./instrument.ts";
import { uniformItems } from "./item-lists.ts";

const labels = [
  "Observed sadness",
  "Reported sadness",
  "Inner tension",
  "Reduced sleep",
  "Reduced appetite",
  "Difficulty concentrating",
  "Lassitude",
  "Inability to feel",
  "Pessimistic thoughts",
  "Suicidal thoughts",
] as const;

export const madrs: Instrument = {
  id: "MADRS",
  name: "Montgomery–Åsberg Depression Rating Scale",
  rater: "clinician",
  measures: "depression",
  items: uniformItems(labels, 0, 6),
  totalRange: { min: 0, max: 60 },
  score: sumItems,
  // Snaith 1986 grades. Müller 2003 put the moderate/severe boundary at 31 instead of 35; we keep Snaith's,
  // which is the one most trial reports and clinic forms use.
  bands: [
    { code: "normal", label: "Normal (symptom absent)", min: 0, max: 6 },
    { code: "mild", label: "Mild depression", min: 7, max: 19 },
    { code: "moderate", label: "Moderate depression", min: 20, max: 34 },
    { code: "severe", label: "Severe depression", min: 35, max: 60 },
  ],
  // Seed 003's definition; clinics can move it with the madrsRemissionMax setting.
  remissionMax: 10,
  // Item 10 anchors: 2 = fleeting thoughts that life is not worth living, 4 = active wish to die or
  // frequent thoughts of suicide, which needs same-day clinical review.
  suicideItem: { item: 10, warningAt: 2, criticalAt: 4 },
  // No LOINC code for the MADRS could be verified in a published terminology source, so none is given.
  sources: [
    reference(
      "montgomery-asberg-1979",
      "Montgomery SA, Åsberg M. A new depression scale designed to be sensitive to change. Br J Psychiatry 1979;134:382-389",
    ),
    reference(
      "snaith-1986",
      "Snaith RP, Harrop FM, Newby DA, Teale C. Grade scores of the Montgomery-Åsberg Depression and the Clinical Anxiety Scales. Br J Psychiatry 1986;148:599-601",
    ),
    seed("003", "Defining Non-Response"),
  ],
};
