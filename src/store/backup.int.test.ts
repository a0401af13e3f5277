import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chainHash } from "./audit-log.ts";
import { backupStore } from "./backup.ts";
import { BackupError, type BackupHeader, type BackupProblem } from "./backup-schema.ts";
import { readBack, type SeededClinic, seedTwoClinics } from "./backup-test-fixture.ts";
import { checkBackup, restoreStore } from "./restore.ts";
import { startTestDatabase, startTimeout, type TestDatabase, withClient } from "./test-database.ts";

let source: TestDatabase;
let target: TestDatabase;
let clinics: SeededClinic[];
let dir: string;
let file: string;
const now = new Date("2026-05-01T12:00:00Z");
const options = { now, address: "test" };

beforeAll(async () => {
  [source, target] = await Promise.all([startTestDatabase(), startTestDatabase()]);
  clinics = await seedTwoClinics(source.store);
  dir = await mkdtemp(path.join(os.tmpdir(), "titrate-backup-"));
  file = path.join(dir, "titrate.backup");
}, startTimeout);
afterAll(async () => {
  await Promise.all([source?.stop(), target?.stop()]);
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

/** The file's sections as the header lists them: each table's rows, parsed. */
async function sections(
  backup: string,
): Promise<{ header: BackupHeader; rows: Map<string, Record<string, unknown>[]> }> {
  const lines = (await readFile(backup, "utf8")).trimEnd().split("\n");
  const header = JSON.parse(lines[0] ?? "") as BackupHeader;
  const rows = new Map<string, Record<string, unknown>[]>();
  let at = 1;
  for (const table of header.tables) {
    expect(JSON.parse(lines[at] ?? "")).toEqual({ table: table.name, rows: table.rows });
    rows.set(
      table.name,
      lines.slice(at + 1, at + 1 + table.rows).map((l) => JSON.parse(l) as Record<string, unknown>),
    );
    at += 1 + table.rows;
  }
  expect(lines.length).toBe(at + 1);
  expect(JSON.parse(lines[at] ?? "")).toHaveProperty("sha256");
  return { header, rows };
}

async function refusal(work: Promise<unknown>): Promise<BackupProblem | "no refusal"> {
  try {
    await work;
    return "no refusal";
  } catch (error) {
    if (error instanceof BackupError) return error.problem;
    throw error;
  }
}

describe("backup and restore", { timeout: startTimeout }, () => {
  it("writes every clinic's rows, a header that counts them, mode 0600", async () => {
    const written = await backupStore({ kind: "url", url: source.appUrl }, file, options);
    expect(written).toMatchObject({ via: "database-url", audited: true });
    const recorded = await withClient(source.superuserUrl, (client) =>
      client.query("select action, resource_id, address from audit_events where action = 'store.backup'"),
    );
    expect(recorded.rows).toEqual([{ action: "store.backup", resource_id: written.sha256, address: "test" }]);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const { header, rows } = await sections(file);
    expect(header).toMatchObject({
      format: "titrate-backup",
      formatVersion: 1,
      createdAt: now.toISOString(),
    });
    expect(header.migrations.count).toBeGreaterThan(0);
    const names = header.tables.map((t) => t.name);
    expect(names).not.toContain("auth_sessions");
    expect(names.indexOf("clinics")).toBeLessThan(names.indexOf("patients"));
    expect(names.indexOf("patients")).toBeLessThan(names.indexOf("treatment_sessions"));
    expect(new Set(rows.get("patients")?.map((p) => p.clinic_id))).toEqual(
      new Set(clinics.map((c) => c.clinic.id)),
    );
    expect(rows.get("clinics")).toHaveLength(2);
    expect(rows.get("patients")?.length).toBeGreaterThanOrEqual(20);
    expect(rows.get("treatment_sessions")?.length).toBeGreaterThan(200);
    expect(rows.get("amendments")?.length).toBeGreaterThanOrEqual(4);
    expect(rows.get("decisions")).toHaveLength(4);
    expect(rows.get("audit_events")?.filter((e) => e.clinic_id === null)).toHaveLength(2);
  });

  it("restores into an empty store: the same records, rows, amendments, decisions and audit log", async () => {
    const restored = await restoreStore({ kind: "url", url: target.appUrl }, file, options);
    const events = restored.header.tables.find((t) => t.name === "audit_events")?.rows ?? 0;
    // The restore is itself an audit event, after the restored ones.
    expect(restored).toMatchObject({ via: "database-url", audited: true });
    expect(restored.audit).toEqual({ ok: true, checked: events + 1, firstBreak: null });
    expect(await target.store.verifyAudit()).toEqual(restored.audit);
    expect((await source.store.verifyAudit()).ok).toBe(true);
    expect(await readBack(target.store, clinics)).toEqual(await readBack(source.store, clinics));
  });

  it("leaves the sequences after the restored rows: new rows and audit events follow on", async () => {
    const [a] = clinics;
    const patientId = a?.patientIds[0];
    if (a === undefined || patientId === undefined) throw new Error("no seeded patient");
    const before = await target.store.verifyAudit();
    const added = await target.store.inClinic(a.actor, async (scope) => {
      await scope.audit({
        action: "record.add",
        resource: "measurement",
        resourceId: null,
        outcome: "success",
      });
      return scope.add(patientId, "measurements", { date: "2026-05-01", instrument: "PHQ9", total: 9 });
    });
    const record = await target.store.inClinic(a.actor, (scope) => scope.loadRecord(patientId));
    expect(record?.measurements.at(-1)).toEqual({ date: "2026-05-01", instrument: "PHQ9", total: 9 });
    expect(added.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await target.store.verifyAudit()).toMatchObject({ ok: true, checked: before.checked + 1 });
  });

  it("refuses a target that already has clinics, and changes nothing there", async () => {
    const before = await source.store.verifyAudit();
    expect(await refusal(restoreStore({ kind: "url", url: source.appUrl }, file, options))).toBe(
      "target-not-empty",
    );
    await expect(restoreStore({ kind: "url", url: source.appUrl }, file, options)).rejects.toThrow(
      /not empty.*2 clinics/,
    );
    expect(await source.store.verifyAudit()).toEqual(before);
  });

  it("refuses a changed, cut-short, foreign or newer-format file before touching the database", async () => {
    const text = await readFile(file, "utf8");
    const variants: [string, string, BackupProblem][] = [
      ["changed", text.replace('"Backup Clinic B"', '"Backup Clinic C"'), "checksum-mismatch"],
      ["row removed", text.replace(/\n[^\n]*"PHQ9"[^\n]*/, ""), "checksum-mismatch"],
      ["cut short", text.slice(0, Math.floor(text.length / 2)), "malformed"],
      ["foreign", '{"hello":"world"}\n', "not-a-backup"],
      ["newer", text.replace('"formatVersion":1', '"formatVersion":2'), "unsupported-version"],
    ];
    for (const [name, content, problem] of variants) {
      const bad = path.join(dir, `${name}.backup`);
      await writeFile(bad, content);
      expect([name, await refusal(checkBackup(bad))]).toEqual([name, problem]);
      expect([name, await refusal(restoreStore({ kind: "url", url: target.appUrl }, bad, options))]).toEqual([
        name,
        problem,
      ]);
    }
    const copy = path.join(dir, "copy.backup");
    await copyFile(file, copy);
    expect((await checkBackup(copy)).header.tables.length).toBeGreaterThan(5);
  });

  it("goes through a Titrate running on the data folder, which keeps running", async () => {
    if (source.dataDir === null) return;
    const written = await backupStore(
      { kind: "embedded", dataDir: source.dataDir },
      path.join(dir, "running.backup"),
      options,
    );
    expect(written.via).toBe("running-server");
    expect(written.header.tables.find((t) => t.name === "clinics")?.rows).toBe(2);
    expect((await source.store.verifyAudit()).ok).toBe(true);
  });

  it("is one consistent snapshot while another connection keeps writing", async () => {
    const [a] = clinics;
    if (a === undefined) throw new Error("no seeded clinic");
    const patient = await source.store.inClinic(a.actor, (scope) =>
      scope.createPatient({
        mrn: "WRITER-1",
        givenName: "Wren",
        familyName: "Writer",
        birthDate: "1980-01-01",
        sex: "female",
        weightKg: 70,
        heightCm: null,
        history: {},
      }),
    );
    let committed = 0;
    let stop = false;
    let failure: unknown = null;
    const writes = (async () => {
      while (!stop) {
        await source.store.inClinic(a.actor, async (scope) => {
          await scope.add(patient.id, "measurements", {
            date: "2026-04-30",
            instrument: "PHQ9",
            total: committed % 27,
          });
          await scope.audit({
            action: "test.write",
            resource: "measurement",
            resourceId: patient.id,
            outcome: "success",
          });
        });
        committed++;
      }
    })().catch((error: unknown) => {
      failure = error;
    });
    const waitFor = async (n: number) => {
      for (const deadline = Date.now() + 30_000; committed < n; ) {
        if (failure !== null || Date.now() > deadline) throw new Error("the writer stopped");
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    };
    const concurrent = path.join(dir, "concurrent.backup");
    try {
      await waitFor(3);
      // Each table waits for two more commits, so writes land between the tables being read.
      await backupStore({ kind: "url", url: source.appUrl }, concurrent, {
        ...options,
        onTable: () => waitFor(committed + 2),
      });
    } finally {
      stop = true;
      await writes;
    }
    expect(failure).toBeNull();

    const { header, rows } = await sections(concurrent);
    const measured = rows.get("measurements")?.filter((m) => m.patient_id === patient.id).length;
    const audited = rows.get("audit_events")?.filter((e) => e.action === "test.write").length;
    expect(measured).toBe(audited);
    expect(committed).toBeGreaterThanOrEqual((measured ?? 0) + 2 * header.tables.length);

    const heads = new Map<unknown, string>();
    const events = [...(rows.get("audit_events") ?? [])].sort((x, y) => Number(x.seq) - Number(y.seq));
    for (const e of events) {
      const prev = heads.get(e.clinic_id) ?? "0".repeat(64);
      const hashed = {
        at: new Date(String(e.at)),
        clinicId: e.clinic_id as string | null,
        userId: e.user_id as string | null,
        role: e.role as string | null,
        action: String(e.action),
        resource: String(e.resource),
        resourceId: e.resource_id as string | null,
        outcome: String(e.outcome),
        address: e.address as string | null,
      };
      expect([e.seq, e.prev_hash, e.hash]).toEqual([e.seq, prev, chainHash(prev, hashed)]);
      heads.set(e.clinic_id, String(e.hash));
    }
    expect((await checkBackup(concurrent)).header).toEqual(header);
  });
});
