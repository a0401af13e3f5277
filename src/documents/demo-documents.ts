// The demo clinic's five reference courses as document inputs, for tests and the sample PDFs in docs/samples.

import { assess, defaultSettings, parseRecord } from "../clinical/index.ts";
import { demoClinicName, demoEmail, demoPatients } from "../demo/index.ts";
import type { DocumentInput } from "./document-model.ts";

/** Each scenario the issue names, found by the demo patient's story (the demo's own words for where they stand). */
export const demoScenarios = {
  responder: "Esketamine: response (57%) after a full eight-session induction",
  remitter: "IV ketamine: remission after six infusions",
  "partial-extended": "IV partial response (32%) still improving: extend the induction",
  "benzodiazepine-optimized": "Seed 003 case 1 after optimization: clonazepam tapered",
  "exhausted-discontinued": "Seed 003 case 3: twelve treatments",
} as const;
export type DemoScenario = keyof typeof demoScenarios;

/** The demo patient whose story starts with `story`, as a document input written by `role` on `today`. */
export function demoInputFor(
  story: string,
  today: string,
  role: "prescriber" | "nurse" | "coordinator",
): DocumentInput {
  const patient = demoPatients(today).find((p) => p.story.startsWith(story));
  if (patient === undefined) throw new Error(`the demo patient "${story}" is missing from the demo clinic`);
  const parsed = parseRecord(patient.record, { today });
  if (!parsed.ok) throw new Error(`the demo patient "${story}" has an invalid record`);
  return {
    record: parsed.record,
    assessment: assess(parsed.record, today, defaultSettings),
    patient: {
      name: `${patient.givenName} ${patient.familyName}`,
      birthDate: patient.record.patient.birthDate,
      mrn: patient.mrn,
    },
    clinic: { name: demoClinicName },
    author: { name: demoEmail(role), role },
    date: today,
    decisions: [],
  };
}

export function demoDocumentInput(scenario: DemoScenario, today: string): DocumentInput {
  return demoInputFor(demoScenarios[scenario], today, "prescriber");
}
