// The options that can follow a ketamine-family course that did not work, each with its source.

import type { NextPathway } from "../assessment.ts";
import { type Source, seed } from "./source.ts";

type Group = NextPathway["group"];

const alternatives = seed("003", "Alternative Pathways After Ketamine Failure");
const afterEsketamine = seed("000", "When Spravato Truly Isn’t Effective");
const nextSteps = seed("001", "Next Treatment Steps");

/** Each option once, with the seed section it comes from; the chooser writes the why. */
export const pathwayCatalogue = {
  "iv-ketamine": {
    group: "ketamine-family",
    option: "IV ketamine with weight-based dosing",
    source: seed("000", "Transitioning to IV Ketamine"),
  },
  tms: { group: "neuromodulation", option: "Transcranial magnetic stimulation (TMS)", source: alternatives },
  ect: { group: "neuromodulation", option: "Electroconvulsive therapy (ECT)", source: alternatives },
  vns: { group: "neuromodulation", option: "Vagus nerve stimulation (VNS)", source: alternatives },
  dbs: {
    group: "neuromodulation",
    option: "Deep brain stimulation, in a research programme only",
    source: alternatives,
  },
  "other-class": {
    group: "pharmacological",
    option: "A different antidepressant class, or an augmenting agent",
    source: nextSteps,
  },
  maoi: { group: "pharmacological", option: "A monoamine oxidase inhibitor (MAOI)", source: alternatives },
  thyroid: { group: "pharmacological", option: "Thyroid hormone augmentation", source: alternatives },
  "novel-agent": {
    group: "pharmacological",
    option: "A clinical trial of an antidepressant in development",
    source: alternatives,
  },
  psilocybin: {
    group: "pharmacological",
    option: "Psilocybin therapy, where it is lawfully offered",
    source: alternatives,
  },
  "pain-management": {
    group: "pharmacological",
    option: "Care coordinated with a pain management service, tracking pain and mood together",
    source: seed("003", "Chronic Pain Comorbidity"),
  },
  "structured-psychotherapy": {
    group: "psychotherapy",
    option: "Start or resume structured psychotherapy",
    source: afterEsketamine,
  },
  "trauma-focused": { group: "psychotherapy", option: "Trauma-focused psychotherapy", source: alternatives },
  "dbt-intensive": {
    group: "psychotherapy",
    option: "Intensive psychotherapy with dialectical behaviour therapy (DBT) components",
    source: seed("003", "Case 3: Appropriate Discontinuation"),
  },
  "intensive-psychotherapy": {
    group: "psychotherapy",
    option: "An intensive outpatient programme, or residential treatment if outpatient care is not enough",
    source: alternatives,
  },
  "exercise-diet": {
    group: "lifestyle",
    option: "A structured exercise programme and a Mediterranean-style, anti-inflammatory diet",
    source: alternatives,
  },
  sleep: { group: "lifestyle", option: "Sleep assessment and sleep optimization", source: alternatives },
  "social-prescribing": {
    group: "lifestyle",
    option: "Social prescribing: linking to community groups and activities",
    source: alternatives,
  },
  "revisit-ketamine": {
    group: "ketamine-family",
    option: "Reconsider ketamine or esketamine at a later date",
    source: nextSteps,
  },
} as const satisfies Record<string, { group: Group; option: string; source: Source }>;

export type PathwayId = keyof typeof pathwayCatalogue;
