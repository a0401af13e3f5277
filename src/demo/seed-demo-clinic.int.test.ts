// seedDemoClinic into a real embedded PostgreSQL: counts, logins, stored records that assess as built, and idempotency.

import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assess } from "../clinical/index.ts";
import { type Actor, type OpenedStore, openStore } from "../store/index.ts";
import { demoPatients } from "./demo-patients.ts";
import { type SeededDemoClinic, seedDemoClinic } from "./seed-demo-clinic.ts";

const today = "2026-11-28";
const hashPassword = async (p: string) => `test-hash:${p}`;
const cohort = demoPatients(today);

let folder = "";
let opened: OpenedStore;
let first: SeededDemoClinic;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "titrate-demo-"));
  // Run as root, PostgreSQL runs as the user postgres, which must be able to pass through this folder.
  await chmod(folder, 0o711);
  opened = await openStore({ kind: "embedded", dataDir: path.join(folder, "data") });
  first = await seedDemoClinic(opened.store, { today, hashPassword });
}, 180_000);

afterAll(async () => {
  await opened?.close();
  if (folder !== "") await rm(folder, { recursive: true, force: true });
}, 60_000);

async function adminActor(): Promise<Actor> {
  const admin = await opened.store.auth.findCredentials("admin@demo.titrate.local");
  if (admin === null) throw new Error("no demo admin");
  return { userId: admin.id, clinicId: admin.clinicId, role: admin.role, address: "127.0.0.1" };
}

describe("seedDemoClinic on the embedded store", () => {
  it("creates one login per role, stored with the hash", async () => {
    expect(first.logins.map((l) => l.role)).toEqual([
      "admin",
      "prescriber",
      "nurse",
      "coordinator",
      "readonly",
    ]);
    for (const login of first.logins) {
      const found = await opened.store.auth.findCredentials(login.email);
      expect(found).toMatchObject({ role: login.role, clinicId: first.clinic.id, active: true });
      expect(found?.passwordHash).toBe(`test-hash:${login.password}`);
    }
  });

  it("stores every patient, the right ones inactive", async () => {
    const counts = await opened.store.inClinic(await adminActor(), async (scope) => ({
      all: (await scope.listPatients({ limit: 1, offset: 0 })).total,
      inactive: (await scope.listPatients({ status: "inactive", limit: 100, offset: 0 })).patients
        .map((p) => p.mrn)
        .sort(),
    }));
    expect(counts.all).toBe(cohort.length);
    expect(counts.inactive).toEqual(cohort.filter((p) => p.status === "inactive").map((p) => p.mrn));
  });

  it("loads records that assess as each demo patient was built to", async () => {
    const results = await opened.store.inClinic(await adminActor(), async (scope) => {
      const { patients } = await scope.listPatients({ limit: 100, offset: 0 });
      const out: { mrn: string | null; classification: string; sessions: number }[] = [];
      for (const p of patients) {
        const record = await scope.loadRecord(p.id);
        if (record === null) throw new Error(`patient ${p.id} did not load`);
        out.push({
          mrn: p.mrn,
          classification: assess(record, today).outcome.classification,
          sessions: record.sessions.length,
        });
      }
      return out;
    });
    const byMrn = new Map(results.map((r) => [r.mrn, r]));
    for (const p of cohort) {
      expect(byMrn.get(p.mrn), p.mrn).toEqual({
        mrn: p.mrn,
        classification: p.shows.classification,
        sessions: p.record.sessions?.length ?? 0,
      });
    }
  });

  it("creates nothing the second time", async () => {
    const before = await opened.store.inClinic(await adminActor(), async (scope) =>
      scope.listPatients({ limit: 1, offset: 0 }),
    );
    const second = await seedDemoClinic(opened.store, { today, hashPassword });
    expect(second.clinic.id).toBe(first.clinic.id);
    expect(second.logins).toEqual([]);
    const after = await opened.store.inClinic(await adminActor(), async (scope) =>
      scope.listPatients({ limit: 1, offset: 0 }),
    );
    expect(after.total).toBe(before.total);
  });
});
