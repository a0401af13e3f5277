// Generalized Anxiety Disorder-7: self-reported anxiety severity over the last two weeks.

import { reference } from "../knowledge/source.ts";
import { type Instrument, sumItems } from "./instrument.ts";
import { uniformItems } from "./item-lists.ts";

const labels = [
  "Nervousness",
  "Uncontrollable worry",
  "Worry about many things",
  "Trouble relaxing",
  "Restlessness",
  "Irritability",
  "Sense of dread",
] as const;

export const gad7: Instrument = {
  id: "GAD7",
  name: "Generalized Anxiety Disorder-7",
  rater: "self",
  measures: "anxiety",
  items: uniformItems(labels, 0, 3),
  totalRange: { min: 0, max: 21 },
  score: sumItems,
  bands: [
    { code: "minimal", label: "Minimal anxiety", min: 0, max: 4 },
    { code: "mild", label: "Mild anxiety", min: 5, max: 9 },
    { code: "moderate", label: "Moderate anxiety", min: 10, max: 14 },
    { code: "severe", label: "Severe anxiety", min: 15, max: 21 },
  ],
  loinc: { panel: "69737-5", total: "70274-6" },
  sources: [
    reference(
      "spitzer-2006",
      "Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092-1097",
    ),
  ],
};
