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

export function demoDocumentInput(scenario: DemoScenario, today: string): DocumentInput {
  const patient = demoPatients(today).find((p) => p.story.startsWith(demoScenarios[scenario]));
  if (patient === undefined) throw new Error(`demo scenario ${scenario} is missing from the demo clinic`);
  const parsed = parseRecord(patient.record, { today });
  if (!parsed.ok) throw new Error(`demo scenario ${scenario} has an invalid record`);
  return {
    record: parsed.record,
    assessment: assess(parsed.record, today, defaultSettings),
    patient: {
      name: `${patient.givenName} ${patient.familyName}`,
      birthDate: patient.record.patient.birthDate,
      mrn: patient.mrn,
    },
    clinic: { name: demoClinicName },
    author: { name: demoEmail("prescriber"), role: "prescriber" },
    date: today,
    decisions: [],
  };
}
