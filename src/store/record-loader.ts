// Loads one patient as the engine's PatientRecord: exactly what assess() reads, nothing of the store's own.

import type { PatientRecord } from "../clinical/index.ts";
import { chartData } from "./clinical-repository.ts";
import { findPatientRow, toSummary } from "./patient-repository.ts";
import type { Tx } from "./tenancy.ts";

export async function loadRecord(tx: Tx, patientId: string): Promise<PatientRecord | null> {
  const row = await findPatientRow(tx, patientId);
  if (row === null) return null;
  const summary = toSummary(row);
  const diagnoses = await chartData(tx, patientId, "diagnoses");
  const priorTreatments = await chartData(tx, patientId, "priorTreatments");
  const medications = await chartData(tx, patientId, "medications");
  const sessions = await chartData(tx, patientId, "sessions");
  const measurements = await chartData(tx, patientId, "measurements");
  const events = await chartData(tx, patientId, "events");
  return {
    patient: {
      id: summary.id,
      birthDate: summary.birthDate,
      sex: summary.sex,
      weightKg: summary.weightKg,
      ...(summary.heightCm === null ? {} : { heightCm: summary.heightCm }),
    },
    diagnoses,
    history: row.history,
    priorTreatments,
    medications,
    sessions,
    measurements,
    events,
  };
}
