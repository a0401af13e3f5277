// Document inputs for the esketamine monitoring record from the demo clinic, for tests and the sample PDFs.

import { assess, defaultSettings, parseRecord } from "../../clinical/index.ts";
import { demoClinicName, demoEmail, demoPatients } from "../../demo/index.ts";
import type { DocumentInput } from "../document-model.ts";
import type { RemsMonitoringInput, SessionSelector } from "./rems-monitoring.ts";

/** The demo patient whose story starts with `story`, as a document input written by `role` on `today`. */
export function demoInputFor(
  story: string,
  today: string,
  role: "prescriber" | "nurse" | "coordinator",
): DocumentInput {
  const patient = demoPatients(today).find((p) => p.story.startsWith(story));
  if (patient === undefined)
    throw new Error("the demo patient for this document is missing from the demo clinic");
  const parsed = parseRecord(patient.record, { today });
  if (!parsed.ok) throw new Error("the demo patient for this document has an invalid record");
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

/** The demo esketamine patient with REMS monitoring charted on the last four sessions. */
export const remsDemoStory = "Esketamine induction with REMS post-dose monitoring";

export function demoRemsInput(today: string, session?: SessionSelector): RemsMonitoringInput {
  const input = demoInputFor(remsDemoStory, today, "nurse");
  return session === undefined ? input : { ...input, session };
}
