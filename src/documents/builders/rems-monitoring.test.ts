// The esketamine post-dose monitoring record: the right session, times computed, missing data shown as missing.

import { describe, expect, it } from "vitest";
import {
  assess,
  type PatientRecord,
  type PatientRecordInput,
  type PostDoseObservation,
  parseRecord,
} from "../../clinical/index.ts";
import { demoPatients } from "../../demo/index.ts";
import type { ClinicalDocument, DocumentSection } from "../document-model.ts";
import { clinicalDocumentSchema } from "../document-schema.ts";
import { day } from "./document-words.ts";
import { buildRemsMonitoring, type RemsMonitoringInput, selectRemsSession } from "./rems-monitoring.ts";

const today = "2026-11-28";

function parsed(record: PatientRecordInput): PatientRecord {
  const result = parseRecord(record, { today });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.record;
}

function inputFor(record: PatientRecord, extra: Partial<RemsMonitoringInput> = {}): RemsMonitoringInput {
  return {
    record,
    assessment: assess(record, today),
    patient: { name: "Rowan Test", birthDate: record.patient.birthDate, mrn: "DEMO-9999" },
    clinic: { name: "Harbour Mood Clinic" },
    author: { name: "Sam Nurse", role: "nurse" },
    date: today,
    decisions: [],
    ...extra,
  };
}

const demo = demoPatients(today).find((p) => p.story.startsWith("Esketamine induction with REMS"));
if (demo === undefined) throw new Error("the REMS demo patient is missing");
const record = parsed(demo.record);
const esketamineIndexes = record.sessions.flatMap((s, i) => (s.modality === "esketamine" ? [i] : []));

function section(doc: ClinicalDocument, heading: string): DocumentSection {
  const found = doc.sections.find((s) => s.heading === heading);
  if (found === undefined) throw new Error(`no section ${heading}`);
  return found;
}

/** Every string in a section, one per line, so a test reads it as a clinician would. */
function text(s: DocumentSection): string {
  return s.blocks
    .flatMap((b) => {
      switch (b.kind) {
        case "facts":
          return b.rows.map((r) => `${r.label}: ${r.value}`);
        case "table":
          return [b.caption ?? "", b.columns.join(" | "), ...b.rows.map((r) => r.join(" | "))];
        case "list":
          return [...b.items];
        case "signature":
          return [...b.lines];
        case "trajectory-chart":
          return [b.altText];
        default:
          return [b.text];
      }
    })
    .join("\n");
}

function withObservation(index: number, observation: Partial<PostDoseObservation>): PatientRecord {
  const sessions = record.sessions.map((s, i) =>
    i === index && s.observation !== undefined
      ? { ...s, observation: { ...s.observation, ...observation } }
      : s,
  );
  return { ...record, sessions };
}

describe("choosing the session", () => {
  it("defaults to the latest esketamine session with observation data, numbered within the course", () => {
    const picked = selectRemsSession(record);
    expect(picked.ok && picked.index).toBe(esketamineIndexes.at(-1));
    expect(picked.ok && picked.number).toBe(esketamineIndexes.length);
  });

  it("takes an index or a date, and refuses a session that is not esketamine or not there", () => {
    const third = esketamineIndexes[2] ?? -1;
    expect(selectRemsSession(record, { sessionIndex: third })).toMatchObject({
      ok: true,
      index: third,
      number: 3,
    });
    const date = record.sessions[third]?.date ?? "";
    expect(selectRemsSession(record, { sessionDate: date })).toMatchObject({ ok: true, index: third });
    expect(selectRemsSession(record, { sessionIndex: 99 })).toMatchObject({
      ok: false,
      field: "sessionIndex",
    });
    expect(selectRemsSession(record, { sessionIndex: 1.5 })).toMatchObject({
      ok: false,
      field: "sessionIndex",
    });
    expect(selectRemsSession(record, { sessionDate: "1999-01-01" })).toMatchObject({
      ok: false,
      field: "sessionDate",
    });
    const s0 = record.sessions[0];
    if (s0 === undefined) throw new Error("the demo record has sessions");
    const tms: PatientRecord = { ...record, sessions: [{ ...s0, modality: "tms" }] };
    expect(selectRemsSession(tms, { sessionIndex: 0 })).toMatchObject({
      ok: false,
      message: "must point at an esketamine session",
    });
    expect(selectRemsSession({ ...record, sessions: [] })).toMatchObject({
      ok: false,
      field: "sessionIndex",
    });
  });
});

describe("a fully charted session", () => {
  // The fourth-from-last session: complete observation, dose at 09:15, checks at 40, 80 and 120 minutes.
  const index = esketamineIndexes.at(-4) ?? -1;
  const doc = buildRemsMonitoring(inputFor(record, { session: { sessionIndex: index } }));

  it("identifies the patient, the setting and the REMS patient id", () => {
    const id = text(section(doc, "Patient and healthcare setting"));
    expect(id).toContain("Patient: Rowan Test");
    expect(id).toContain("REMS patient ID: RP-DEMO-20417");
    expect(id).toContain("Healthcare setting: Harbour Mood Clinic");
    expect(id).toContain("First esketamine session for this patient: no");
    expect(doc.kind).toBe("rems-monitoring");
    // The store reads documents back through this schema before rendering them again.
    expect(clinicalDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.meta.title).toContain(day(record.sessions[index]?.date ?? "?"));
  });

  it("gives the dose as devices and every check at its clock time", () => {
    const session = text(section(doc, "Treatment session"));
    expect(session).toMatch(/Dose administered: (56 mg \(2 devices|84 mg \(3 devices) of 28 mg\)/);
    expect(session).toContain("Dose time (first device): 09:15");
    expect(session).toContain("Lot number: not kept in Titrate");
    const vitals = text(section(doc, "Blood pressure and vital signs"));
    expect(vitals).toContain("40 min | 09:55 | 136/84 mmHg | 78/min | 97% | mild | present");
    expect(vitals).toContain("80 min | 10:35 | 128/80 mmHg");
    expect(vitals).toContain("120 min | 11:15 | 124/78 mmHg");
    expect(vitals).toContain(
      "Blood pressure about 40 minutes after the dose | 40 min (09:55) | 136/84 mmHg at 40 min (09:55)",
    );
    expect(vitals).toContain(
      "Vitals and alertness before leaving | 120 min (11:15) | 124/78 mmHg at 120 min (11:15)",
    );
    expect(vitals).toMatch(
      /Blood pressure before the dose: \d+\/\d+ mmHg; within the clinic's hold threshold \(140\/90\)/,
    );
  });

  it("says when sedation and dissociation resolved, and that no adverse event was recorded", () => {
    const obs = text(section(doc, "Sedation, dissociation and adverse events"));
    expect(obs).toContain("Sedation: yes (most marked: mild) from 40 min after the dose (09:55)");
    expect(obs).toContain("Sedation resolved: by 80 min after the dose (10:35)");
    expect(obs).toContain("Dissociation resolved: by 80 min after the dose (10:35)");
    expect(obs).toContain("Respiratory depression: no");
    expect(obs).toContain("Adverse events: none recorded");
  });

  it("uses the engine's review for the time observed and discharge", () => {
    const out = text(section(doc, "Observation and discharge"));
    expect(out).toContain("Ready to leave: 120 min after the dose (11:15)");
    expect(out).toContain("Observed at least 120 minutes: yes");
    expect(out).toContain("Escort home confirmed: yes");
    expect(out).toContain("Every discharge criterion is met as charted");
  });
});

describe("a session charted in part", () => {
  const doc = buildRemsMonitoring(inputFor(record));

  it("shows each missing value as not recorded instead of leaving it out", () => {
    const vitals = text(section(doc, "Blood pressure and vital signs"));
    expect(vitals).toContain(
      "40 min | 14:45 | 142/88 mmHg | not recorded | not recorded | moderate | present",
    );
    expect(vitals).toContain(
      "125 min | 16:10 | 126/80 mmHg | 76/min | not recorded | not recorded | not recorded",
    );
    // 142/88 is above the 140/90 hold, so the engine expects a repeat reading; the 125-minute one answers it.
    expect(vitals).toContain(
      "Repeat blood pressure (the 40-minute reading was above the hold threshold) | 60 min (15:05) | 126/80 mmHg at 125 min (16:10)",
    );
    const obs = text(section(doc, "Sedation, dissociation and adverse events"));
    expect(obs).toContain("Sedation resolved: not recorded as resolved");
    expect(obs).toContain("Respiratory depression: not recorded");
    expect(obs).toContain("Adverse events: Dizziness on standing at 60 minutes");
    const out = text(section(doc, "Observation and discharge"));
    expect(out).toContain("Escort home confirmed: not recorded");
    expect(out).toContain("Discharge criteria met (clinician): not recorded");
    expect(out).toContain("Escort: not confirmed");
    expect(out).toContain("Discharge criteria not shown as met in the record (judged at 135 minutes");
  });

  it("answers no to the minimum time when the patient left before 120 minutes", () => {
    const early = withObservation(esketamineIndexes.at(-2) ?? -1, { readyToLeaveMinutes: 100 });
    const doc2 = buildRemsMonitoring(
      inputFor(early, { session: { sessionIndex: esketamineIndexes.at(-2) ?? -1 } }),
    );
    const out = text(section(doc2, "Observation and discharge"));
    expect(out).toContain("Observed at least 120 minutes: no");
    expect(out).toContain("Observation time: 20 more minutes");
  });

  it("says plainly when the session has no observation at all, keeping every section", () => {
    const first = esketamineIndexes[0] ?? -1;
    const bare = buildRemsMonitoring(inputFor(record, { session: { sessionIndex: first } }));
    expect(bare.sections.map((s) => s.heading)).toEqual(doc.sections.map((s) => s.heading));
    expect(text(section(bare, "Observation and discharge"))).toContain(
      "No post-dose observation was charted",
    );
    expect(text(section(bare, "Patient and healthcare setting"))).toContain(
      "First esketamine session for this patient: yes",
    );
    expect(text(section(bare, "Patient and healthcare setting"))).toContain("REMS patient ID: not recorded");
  });
});
