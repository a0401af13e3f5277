// The course's facts as tables: scores, sessions, medications and prior treatments, straight from the record.

import type { PatientRecord, Session } from "../../clinical/index.ts";
import type { Block } from "../document-model.ts";
import { day, modalityName } from "./document-words.ts";

const bp = (v: { systolic: number; diastolic: number } | undefined) =>
  v === undefined ? "—" : `${v.systolic}/${v.diastolic}`;

function dose(s: Session): string {
  const parts: string[] = [];
  if (s.doseMgPerKg !== undefined) parts.push(`${s.doseMgPerKg} mg/kg`);
  if (s.doseMg !== undefined) parts.push(`${s.doseMg} mg`);
  if (s.pulses !== undefined) parts.push(`${s.pulses} pulses`);
  if (s.intensityPercentMT !== undefined) parts.push(`${s.intensityPercentMT}% MT`);
  if (s.protocol !== undefined) parts.push(s.protocol);
  return parts.length === 0 ? "not recorded" : parts.join(", ");
}

function sessionNote(s: Session): string {
  const notes: string[] = [];
  if (!s.completed) notes.push("not completed");
  if (s.interrupted) notes.push(`interrupted${s.interruptionReason ? `: ${s.interruptionReason}` : ""}`);
  if (s.sideEffects.length > 0) notes.push(s.sideEffects.join(", "));
  if (s.dissociation?.distressing) notes.push("distressing dissociation");
  if (s.preSession?.benzodiazepineTaken) notes.push("benzodiazepine taken before");
  if (s.preSession?.naltrexoneTaken) notes.push("naltrexone taken before");
  return notes.length === 0 ? "—" : notes.join("; ");
}

export function scoresTable(record: PatientRecord): Block {
  if (record.measurements.length === 0)
    return { kind: "empty", text: "No rating-scale scores are recorded." };
  return {
    kind: "table",
    columns: ["Date", "Scale", "Total"],
    rows: record.measurements.map((m) => [
      day(m.date),
      m.instrument,
      m.total === undefined ? "items only" : String(m.total),
    ]),
    caption: "Every rating-scale score recorded, in date order.",
  };
}

export function sessionsTable(record: PatientRecord): Block {
  if (record.sessions.length === 0) return { kind: "empty", text: "No treatment sessions are recorded." };
  return {
    kind: "table",
    columns: ["#", "Date", "Route", "Dose", "Minutes", "CADSS", "BP before", "BP after", "Recovery", "Notes"],
    rows: record.sessions.map((s, i) => [
      String(i + 1),
      day(s.date),
      modalityName(s.modality),
      dose(s),
      s.infusionMinutes === undefined ? "—" : String(s.infusionMinutes),
      s.dissociation?.total === undefined ? "—" : String(s.dissociation.total),
      bp(s.bloodPressure),
      bp(s.bloodPressureAfter),
      s.recoveryMinutes === undefined ? "—" : `${s.recoveryMinutes} min`,
      sessionNote(s),
    ]),
  };
}

export function medicationsTable(record: PatientRecord): Block {
  if (record.medications.length === 0)
    return { kind: "empty", text: "No concurrent medications are recorded." };
  return {
    kind: "table",
    columns: ["Medication", "Dose", "Started", "Stopped"],
    rows: record.medications.map((m) => [
      m.name,
      m.dose ?? "not recorded",
      m.start === undefined ? "—" : day(m.start),
      m.end === undefined ? "—" : day(m.end),
    ]),
  };
}

const outcomeWords: Readonly<Record<PatientRecord["priorTreatments"][number]["outcome"], string>> = {
  "no-response": "no response",
  "partial-response": "partial response",
  response: "response",
  remission: "remission",
  "not-tolerated": "not tolerated",
  unknown: "unknown",
};

export function priorTreatmentsTable(record: PatientRecord): Block {
  if (record.priorTreatments.length === 0)
    return { kind: "empty", text: "No earlier treatments are recorded." };
  return {
    kind: "table",
    columns: ["Treatment", "Type", "Daily dose", "Weeks", "Outcome"],
    rows: record.priorTreatments.map((p) => [
      p.name,
      p.type,
      p.dailyDoseMg === undefined ? "not recorded" : `${p.dailyDoseMg} mg`,
      p.weeks === undefined ? "not recorded" : String(p.weeks),
      outcomeWords[p.outcome],
    ]),
  };
}

/** Side effects, distressing dissociation and interruptions, one line per session that had any. */
export function tolerabilityLines(record: PatientRecord): string[] {
  const lines: string[] = [];
  record.sessions.forEach((s, i) => {
    const notes: string[] = [...s.sideEffects];
    if (s.dissociation?.distressing) notes.push("dissociation the patient found distressing");
    if (s.interrupted)
      notes.push(`session interrupted${s.interruptionReason ? ` (${s.interruptionReason})` : ""}`);
    if (s.observation?.adverseEvents.length) notes.push(...s.observation.adverseEvents);
    if (notes.length > 0) lines.push(`Session ${i + 1} (${day(s.date)}): ${notes.join(", ")}.`);
  });
  for (const e of record.events) {
    if (e.type === "intolerable-side-effects" || e.type === "contraindication") {
      lines.push(
        `${day(e.date)}: ${e.type === "contraindication" ? "contraindication" : "intolerable side effects"} recorded${e.note ? `: ${e.note}` : ""}.`,
      );
    }
  }
  return lines;
}
