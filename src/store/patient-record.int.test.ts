import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess, type PatientRecord, patientRecordSchema } from "../clinical/index.ts";
import type { Store } from "./store.ts";
import { chart, newPatient } from "./test-charting.ts";
import { createTestClinic, type TestClinic, type TestDatabase, withClient } from "./test-database.ts";
import { setUpTestStore } from "./test-store.ts";

let db: TestDatabase;
let store: Store;
let a: TestClinic;
setUpTestStore(["Record Clinic"], (started) => {
  db = started.db;
  store = started.store;
  [a] = started.clinics;
});

const root = join(import.meta.dirname, "../..");
const scenarioDir = join(root, "scenarios");
const records: { name: string; asOf: string; record: PatientRecord }[] = [
  {
    name: "docs/example-record.json",
    asOf: "2026-02-01",
    record: patientRecordSchema.parse(
      JSON.parse(readFileSync(join(root, "docs/example-record.json"), "utf8")),
    ),
  },
  ...readdirSync(scenarioDir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => {
      const scenario = JSON.parse(readFileSync(join(scenarioDir, f), "utf8")) as {
        asOf: string;
        record: unknown;
      };
      return { name: f, asOf: scenario.asOf, record: patientRecordSchema.parse(scenario.record) };
    }),
];

describe.each(records)("$name stored and loaded", ({ record, asOf }) => {
  it("loads back as exactly the record that was charted, and assesses the same", async () => {
    const id = await store.inClinic(a.actor, (scope) => chart(scope, record));
    const loaded = await store.inClinic(a.actor, (scope) => scope.loadRecord(id));
    const expected: PatientRecord = { ...record, patient: { ...record.patient, id } };
    expect(loaded).toEqual(expected);
    expect(patientRecordSchema.parse(loaded)).toEqual(loaded);
    if (loaded === null) return;
    expect(assess(loaded, asOf)).toEqual(assess(expected, asOf));
  });
});

describe("charted rows", () => {
  const [first] = records;
  if (first === undefined) throw new Error("no example record");
  const record = first.record;

  it("lists rows with their author and no amendments", async () => {
    const { id, sessions } = await store.inClinic(a.actor, async (scope) => {
      const id = await chart(scope, record);
      return { id, sessions: await scope.list(id, "sessions") };
    });
    expect(sessions.map((s) => s.data)).toEqual(record.sessions);
    expect(sessions.every((s) => s.createdBy === a.user.id && s.amendments.length === 0)).toBe(true);
    expect(await store.inClinic(a.actor, (scope) => scope.list(id, "events"))).toHaveLength(
      record.events.length,
    );
  });

  it("keeps the original in an amendment when a row is corrected", async () => {
    const { id, original } = await store.inClinic(a.actor, async (scope) => {
      const id = await chart(scope, record);
      const [original] = await scope.list(id, "measurements");
      return { id, original };
    });
    if (original === undefined) throw new Error("no measurement");
    const { items: _items, ...withoutItems } = original.data;
    const corrected = { ...withoutItems, total: (original.data.total ?? 0) + 1 };
    const amended = await store.inClinic(a.actor, (scope) =>
      scope.amend(id, "measurements", original.id, corrected, "transcription error"),
    );
    expect(amended?.data).toEqual(corrected);
    expect(amended?.amendments).toMatchObject([
      {
        resource: "measurements",
        rowId: original.id,
        before: original.data,
        after: corrected,
        reason: "transcription error",
        amendedBy: a.user.id,
        amendedByEmail: a.user.email,
      },
    ]);
    const after = await store.inClinic(a.actor, async (scope) => ({
      record: await scope.loadRecord(id),
      listed: await scope.list(id, "measurements"),
    }));
    expect(after.record?.measurements[0]).toEqual(corrected);
    expect(after.listed[0]?.amendments[0]?.before).toEqual(original.data);
  });

  it("answers null when amending a row that does not exist", async () => {
    const id = await store.inClinic(a.actor, (scope) => chart(scope, record));
    const missing = "00000000-0000-4000-8000-000000000000";
    const result = await store.inClinic(a.actor, (scope) =>
      scope.amend(
        id,
        "sessions",
        missing,
        record.sessions[0] ?? { date: "2026-01-01", modality: "tms", completed: true, sideEffects: [] },
        "x",
      ),
    );
    expect(result).toBeNull();
  });
});

describe("patients", () => {
  const [first] = records;
  if (first === undefined) throw new Error("no example record");
  const record = first.record;

  it("records demographic corrections and deactivation as amendments", async () => {
    const created = await store.inClinic(a.actor, (scope) =>
      scope.createPatient(newPatient(record, "MRN-AM-1")),
    );
    const updated = await store.inClinic(a.actor, (scope) =>
      scope.updatePatient(created.id, { weightKg: 90, familyName: "Corrected" }, "weighed again"),
    );
    expect(updated).toMatchObject({ weightKg: 90, familyName: "Corrected", status: "active" });
    const inactive = await store.inClinic(a.actor, (scope) =>
      scope.setPatientStatus(created.id, "inactive", "moved away"),
    );
    expect(inactive?.status).toBe("inactive");
    const { rows } = await withClient(db.superuserUrl, (c) =>
      c.query("select resource, before, after, reason from amendments where row_id = $1 order by seq", [
        created.id,
      ]),
    );
    expect(rows).toEqual([
      {
        resource: "patients",
        before: { weightKg: record.patient.weightKg, familyName: "Patient" },
        after: { weightKg: 90, familyName: "Corrected" },
        reason: "weighed again",
      },
      {
        resource: "patients",
        before: { status: "active" },
        after: { status: "inactive" },
        reason: "moved away",
      },
    ]);
    const loaded = await store.inClinic(a.actor, (scope) => scope.loadRecord(created.id));
    expect(loaded?.patient.weightKg).toBe(90);
  });

  it("searches by name or MRN, filters by status, and counts the matches", async () => {
    const clinic = await createTestClinic(store, "Search Clinic");
    await store.inClinic(clinic.actor, async (scope) => {
      for (const [given, family, mrn] of [
        ["Ada", "Lovelace", "S-1"],
        ["Grace", "Hopper", "S-2"],
        ["Alan", "Turing", "S-3"],
      ] as const) {
        await scope.createPatient({ ...newPatient(record, mrn), givenName: given, familyName: family });
      }
    });
    const result = await store.inClinic(clinic.actor, async (scope) => ({
      all: await scope.listPatients({ limit: 2, offset: 0 }),
      byName: await scope.listPatients({ query: "grace hop", limit: 10, offset: 0 }),
      byMrn: await scope.listPatients({ query: "S-3", limit: 10, offset: 0 }),
      inactive: await scope.listPatients({ status: "inactive", limit: 10, offset: 0 }),
      wildcard: await scope.listPatients({ query: "%", limit: 10, offset: 0 }),
    }));
    expect(result.all.total).toBe(3);
    expect(result.all.patients.map((p) => p.familyName)).toEqual(["Hopper", "Lovelace"]);
    expect(result.byName.patients.map((p) => p.mrn)).toEqual(["S-2"]);
    expect(result.byMrn.patients.map((p) => p.familyName)).toEqual(["Turing"]);
    expect(result.inactive.total).toBe(0);
    expect(result.wildcard.total).toBe(0);
  });

  it("refuses a second patient with the same MRN in one clinic", async () => {
    await store.inClinic(a.actor, (scope) => scope.createPatient(newPatient(record, "MRN-DUP")));
    await expect(
      store.inClinic(a.actor, (scope) => scope.createPatient(newPatient(record, "MRN-DUP"))),
    ).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("inClinic", () => {
  it("leaves nothing behind when the work inside it fails", async () => {
    const record = records[0]?.record;
    if (record === undefined) throw new Error("no example record");
    const clinic = await createTestClinic(store, "Rollback Clinic");
    const count = () =>
      store.inClinic(
        clinic.actor,
        async (scope) => (await scope.listPatients({ limit: 1, offset: 0 })).total,
      );
    await expect(
      store.inClinic(clinic.actor, async (scope) => {
        await chart(scope, record, "MRN-ROLLBACK");
        await scope.audit({ action: "create", resource: "patient", resourceId: null, outcome: "success" });
        throw new Error("the request failed half-way");
      }),
    ).rejects.toThrow("the request failed half-way");
    expect(await count()).toBe(0);
    expect(
      await store.inClinic(clinic.actor, (scope) => scope.listAudit({ afterSeq: 0, limit: 10 })),
    ).toEqual([]);
    // The MRN is free again: nothing of the failed attempt was kept.
    await store.inClinic(clinic.actor, (scope) => chart(scope, record, "MRN-ROLLBACK"));
    expect(await count()).toBe(1);
  });
});

describe("decisions", () => {
  it("records accepted and overridden recommendations for a patient", async () => {
    const record = records[0]?.record;
    if (record === undefined) throw new Error("no example record");
    const decisions = await store.inClinic(a.actor, async (scope) => {
      const patient = await scope.createPatient(newPatient(record, null));
      const base = { patientId: patient.id, asOf: "2026-02-01", knowledgeVersion: "test-1" };
      await scope.recordDecision({ ...base, code: "optimize-dose", decision: "accept", reason: null });
      await scope.recordDecision({
        ...base,
        code: "stop-course",
        decision: "override",
        reason: "patient prefers to continue",
      });
      return scope.listDecisions(patient.id);
    });
    expect(decisions).toMatchObject([
      { code: "optimize-dose", decision: "accept", reason: null, decidedBy: a.user.id, asOf: "2026-02-01" },
      {
        code: "stop-course",
        decision: "override",
        reason: "patient prefers to continue",
        knowledgeVersion: "test-1",
      },
    ]);
  });
});
