// Test helper: a record charted through the store's contract, one row at a time, as the forms would.

import type { PatientRecord } from "../clinical/index.ts";
import type { ClinicScope, NewPatient } from "./store.ts";

export function newPatient(record: PatientRecord, mrn: string | null): NewPatient {
  return {
    mrn,
    givenName: "Test",
    familyName: "Patient",
    birthDate: record.patient.birthDate,
    sex: record.patient.sex,
    weightKg: record.patient.weightKg,
    heightCm: record.patient.heightCm ?? null,
    history: record.history,
  };
}

/** Charts every row of `record` for a new patient, the way the forms would, one resource at a time. */
export async function chart(
  scope: ClinicScope,
  record: PatientRecord,
  mrn: string | null = null,
  name: Partial<Pick<NewPatient, "givenName" | "familyName">> = {},
): Promise<string> {
  const patient = await scope.createPatient({ ...newPatient(record, mrn), ...name });
  for (const d of record.diagnoses) await scope.add(patient.id, "diagnoses", d);
  for (const p of record.priorTreatments) await scope.add(patient.id, "priorTreatments", p);
  for (const m of record.medications) await scope.add(patient.id, "medications", m);
  for (const s of record.sessions) await scope.add(patient.id, "sessions", s);
  for (const m of record.measurements) await scope.add(patient.id, "measurements", m);
  for (const e of record.events) await scope.add(patient.id, "events", e);
  return patient.id;
}
