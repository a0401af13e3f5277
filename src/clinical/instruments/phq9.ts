// Patient Health Questionnaire-9: the nine-item self-report depression scale patients answer from a link.

import { reference } from "../knowledge/source.ts";
import { type Instrument, sumItems } from "./instrument.ts";
import { uniformItems } from "./item-lists.ts";

const labels = [
  "Loss of interest or pleasure",
  "Low mood or hopelessness",
  "Sleep disturbance",
  "Tiredness or low energy",
  "Appetite change",
  "Low self-worth or guilt",
  "Trouble concentrating",
  "Slowed or restless",
  "Thoughts of death or self-harm",
] as const;

export const phq9: Instrument = {
  id: "PHQ9",
  name: "Patient Health Questionnaire-9",
  rater: "self",
  measures: "depression",
  items: uniformItems(labels, 0, 3),
  totalRange: { min: 0, max: 27 },
  score: sumItems,
  bands: [
    { code: "minimal", label: "Minimal", min: 0, max: 4 },
    { code: "mild", label: "Mild depression", min: 5, max: 9 },
    { code: "moderate", label: "Moderate depression", min: 10, max: 14 },
    { code: "moderately-severe", label: "Moderately severe depression", min: 15, max: 19 },
    { code: "severe", label: "Severe depression", min: 20, max: 27 },
  ],
  // Remission is a total under 5, the top of Kroenke's minimal band; the seed sets no PHQ-9 cut-off.
  remissionMax: 4,
  // Item 9 asks about thoughts of death or self-harm at all; any non-zero answer must be reviewed the same day.
  suicideItem: { item: 9, criticalAt: 1 },
  loinc: { panel: "44249-1", total: "44261-6" },
  sources: [
    reference(
      "kroenke-2001",
      "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16(9):606-613",
    ),
  ],
};
