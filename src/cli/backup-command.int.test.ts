import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBack, type SeededClinic, seedTwoClinics } from "../store/backup-test-fixture.ts";
import { type OpenedStore, openStore } from "../store/index.ts";
import { startTestDatabase, startTimeout, type TestDatabase } from "../store/test-database.ts";
import { backupCommand, restoreCommand } from "./backup-command.ts";
import type { CommandDeps } from "./cli-io.ts";
import { realStores } from "./store-target.ts";
import { testIo } from "./test-io.ts";

let source: TestDatabase;
/** The restore target: another database on TITRATE_TEST_DATABASE_URL, otherwise a new data folder. */
let target: TestDatabase | null = null;
let clinics: SeededClinic[];
let dir: string;
/** Its own temporary folder: run as root, PostgreSQL's user must pass through every parent. */
let restoredData: string;
const external = (process.env.TITRATE_TEST_DATABASE_URL?.trim() ?? "") !== "";

beforeAll(async () => {
  source = await startTestDatabase();
  clinics = await seedTwoClinics(source.store);
  if (external) target = await startTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), "titrate-backup-cli-"));
  restoredData = await mkdtemp(path.join(os.tmpdir(), "titrate-restored-"));
}, startTimeout);
afterAll(async () => {
  await Promise.all([source?.stop(), target?.stop()]);
  for (const made of [dir, restoredData])
    if (made !== undefined) await rm(made, { recursive: true, force: true });
});

/** Runs one command as `titrate <name> …args` would, against the source or the target. */
async function titrate(make: (deps: CommandDeps) => Command, args: string[], database: "source" | "target") {
  const env = external ? { DATABASE_URL: database === "source" ? source.appUrl : target?.appUrl } : {};
  const test = testIo({ env, io: { cwd: dir } });
  let status = -1;
  const command = make({ io: test.io, stores: realStores, exit: (code) => (status = code) });
  command.exitOverride().configureOutput({ writeOut: test.io.stdout, writeErr: test.io.stderr });
  await command.parseAsync(args, { from: "user" });
  return { status, stdout: test.stdout(), stderr: test.stderr() };
}

/** --data for the embedded cases: the source's running folder, or the new target folder. */
function dataArgs(database: "source" | "target"): string[] {
  if (external) return [];
  return ["--data", database === "source" ? (source.dataDir ?? "") : restoredData];
}

async function openTarget(): Promise<{ opened: OpenedStore | null; store: TestDatabase["store"] }> {
  if (target !== null) return { opened: null, store: target.store };
  const opened = await openStore({ kind: "embedded", dataDir: restoredData });
  return { opened, store: opened.store };
}

// Each command may start and stop an embedded PostgreSQL, which takes seconds on a busy machine.
describe("titrate backup and titrate restore", { timeout: startTimeout }, () => {
  it("backs up (through the Titrate running on the data folder, when embedded) and restores into a new store", async () => {
    const backup = await titrate(backupCommand, ["--out", "clinic.backup", ...dataArgs("source")], "source");
    expect(backup.stderr).toBe("");
    expect(backup.status).toBe(0);
    if (source.dataDir !== null)
      expect(backup.stdout).toContain("through the Titrate running on the data folder");
    expect(backup.stdout).toMatch(/\n {2}patients +\d+\n/);
    expect((await stat(path.join(dir, "clinic.backup"))).mode & 0o777).toBe(0o600);

    const restore = await titrate(
      restoreCommand,
      ["--from", "clinic.backup", ...dataArgs("target")],
      "target",
    );
    expect(restore.stderr).toBe("");
    expect(restore.stdout).toContain("every chain intact");
    expect(restore.status).toBe(0);

    const restored = await openTarget();
    try {
      expect(await readBack(restored.store, clinics)).toEqual(await readBack(source.store, clinics));
      expect((await restored.store.verifyAudit()).ok).toBe(true);
    } finally {
      await restored.opened?.close();
    }
  });

  it("refuses to restore into a store that already has clinics, exit 2", async () => {
    const again = await titrate(restoreCommand, ["--from", "clinic.backup", ...dataArgs("target")], "target");
    expect(again.stdout).toBe("");
    expect(again.stderr).toMatch(/^titrate: The target store is not empty \(it has 2 clinics\)/);
    expect(again.status).toBe(2);
  });

  it("refuses a changed file and a missing one, exit 2, before opening any store", async () => {
    const text = await readFile(path.join(dir, "clinic.backup"), "utf8");
    await writeFile(path.join(dir, "changed.backup"), text.replace('"Backup Clinic A"', '"Backup Clinic Z"'));
    const changed = await titrate(
      restoreCommand,
      ["--from", "changed.backup", "--data", "never-made"],
      "target",
    );
    expect(changed.stderr).toContain("checksum does not match");
    expect(changed.status).toBe(2);
    const missing = await titrate(restoreCommand, ["--from", "no.backup", "--data", "never-made"], "target");
    expect(missing.stderr).toBe(`titrate: cannot use ${path.join(dir, "no.backup")} (ENOENT)\n`);
    expect(missing.status).toBe(2);
    await expect(stat(path.join(dir, "never-made"))).rejects.toThrow(/ENOENT/);
  });

  it("says where it cannot write, exit 2", async () => {
    const result = await titrate(
      backupCommand,
      ["--out", "no/such/dir/x.backup", ...dataArgs("source")],
      "source",
    );
    expect(result.stderr).toMatch(/^titrate: Cannot create a file in .*no\/such\/dir \(ENOENT\)/);
    expect(result.status).toBe(2);
  });
});
