// Sample request bodies for the integration tests, and a charted patient built through the API itself.

import { randomUUID } from "node:crypto";
import type { ClinicalResource } from "../store/store.ts";
import { type Client, json, type Reply } from "./test-fixture.ts";

/** A new patient's body; the MRN is unique, as the clinic's MRNs must be. */
export function newPatient(overrides: Record<string, unknown> = {}) {
  return {
    mrn: `MRN-${randomUUID().slice(0, 8)}`,
    givenName: "Philippa",
    familyName: "Quarrington",
    birthDate: "1979-03-14",
    sex: "female",
    weightKg: 72,
    heightCm: 168,
    ...overrides,
  };
}

/** A valid body per clinical resource, dated on or before the fixture's today. */
export const rows = {
  sessions: { date: "2026-04-20", modality: "iv-ketamine", doseMgPerKg: 0.5, infusionMinutes: 40 },
  measurements: { date: "2026-04-20", instrument: "MADRS", total: 30 },
  medications: { name: "sertraline", dose: "100 mg", start: "2025-01-10" },
  events: { date: "2026-04-21", type: "note", note: "tolerated well" },
  priorTreatments: {
    type: "antidepressant",
    name: "venlafaxine",
    dailyDoseMg: 225,
    weeks: 10,
    outcome: "no-response",
  },
  diagnoses: { code: "F33.2", display: "Major depressive disorder, recurrent, severe" },
} as const satisfies Record<ClinicalResource, Record<string, unknown>>;

export const segments = {
  sessions: "sessions",
  measurements: "measurements",
  medications: "medications",
  events: "events",
  priorTreatments: "prior-treatments",
  diagnoses: "diagnoses",
} as const satisfies Record<ClinicalResource, string>;

export const resources = Object.keys(rows) as ClinicalResource[];

export interface Charted {
  readonly patientId: string;
  readonly rowIds: Readonly<Record<ClinicalResource, string>>;
  /** A recommendation code of the patient's assessment as of today. */
  readonly recommendation: string;
  /** A draft course record generated from the chart. */
  readonly documentId: string;
}

function expectStatus(reply: Reply, status: number, what: string): void {
  if (reply.status !== status)
    throw new Error(`${what}: expected ${status}, got ${reply.status} ${JSON.stringify(reply.body)}`);
}

/** Registers a patient and adds one row of every kind, as a prescriber would. */
export async function chartPatient(
  prescriber: Client,
  overrides: Record<string, unknown> = {},
): Promise<Charted> {
  const created = await prescriber.request("POST", "/api/patients", newPatient(overrides));
  expectStatus(created, 201, "create patient");
  const patientId = json<{ id: string }>(created).id;
  const rowIds: Partial<Record<ClinicalResource, string>> = {};
  for (const resource of resources) {
    const added = await prescriber.request(
      "POST",
      `/api/patients/${patientId}/${segments[resource]}`,
      rows[resource],
    );
    expectStatus(added, 201, `add ${resource}`);
    rowIds[resource] = json<{ id: string }>(added).id;
  }
  const assessment = await prescriber.request("GET", `/api/patients/${patientId}/assessment`);
  expectStatus(assessment, 200, "assessment");
  const recommendation = json<{ recommendations: { code: string }[] }>(assessment).recommendations[0]?.code;
  if (recommendation === undefined) throw new Error("the assessment made no recommendation");
  const document = await prescriber.request("POST", `/api/patients/${patientId}/documents`, {
    kind: "course-record",
  });
  expectStatus(document, 201, "generate a document");
  const documentId = json<{ id: string }>(document).id;
  return { patientId, rowIds: rowIds as Record<ClinicalResource, string>, recommendation, documentId };
}
