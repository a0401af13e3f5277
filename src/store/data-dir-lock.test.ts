import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, findRunningTitrate, lockFileName } from "./data-dir-lock.ts";
import { DataDirLockedError } from "./errors.ts";
import { openStore } from "./open-store.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "titrate-lock-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const deadPid = () => {
  const child = spawnSync(process.execPath, ["-e", ""]);
  if (child.pid === undefined) throw new Error("could not spawn");
  return child.pid;
};

describe("the data folder lock", () => {
  it("refuses a second Titrate on the same folder, saying which process holds it and where it listens", async () => {
    const lock = await acquireDataDirLock(dir);
    await lock.update({ databasePort: 54321, http: "http://127.0.0.1:3000" });
    const refusal = await acquireDataDirLock(dir).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DataDirLockedError);
    expect(String(refusal)).toContain(
      `Another Titrate (pid ${process.pid}, listening on http://127.0.0.1:3000)`,
    );
    expect(String(refusal)).toContain(path.resolve(dir));
    expect(await findRunningTitrate(dir)).toMatchObject({
      pid: process.pid,
      databasePort: 54321,
      http: "http://127.0.0.1:3000",
    });
    await lock.release();
    expect(await findRunningTitrate(dir)).toBeNull();
  });

  it("makes openStore refuse before starting a database", async () => {
    const lock = await acquireDataDirLock(dir);
    await expect(openStore({ kind: "embedded", dataDir: dir })).rejects.toMatchObject({
      code: "data-dir-locked",
      running: { pid: process.pid },
    });
    await expect(stat(path.join(dir, "postgres"))).rejects.toThrow();
    await lock.release();
  });

  it("takes over a lock left by a process that has died", async () => {
    await writeFile(
      path.join(dir, lockFileName),
      JSON.stringify({
        pid: deadPid(),
        processStart: 1,
        startedAt: "2026-01-01T00:00:00Z",
        databasePort: 1,
        http: null,
      }),
    );
    expect(await findRunningTitrate(dir)).toBeNull();
    const lock = await acquireDataDirLock(dir);
    expect(JSON.parse(await readFile(lock.file, "utf8"))).toMatchObject({
      pid: process.pid,
      databasePort: null,
    });
    await lock.release();
  });

  it("takes over a lock whose pid is now this process's but was written by an earlier one", async () => {
    await writeFile(
      path.join(dir, lockFileName),
      JSON.stringify({ pid: process.pid, processStart: 1, startedAt: "", databasePort: null, http: null }),
    );
    const lock = await acquireDataDirLock(dir);
    await lock.release();
  });

  it("takes over a lock file it cannot read", async () => {
    await writeFile(path.join(dir, lockFileName), "not json");
    const lock = await acquireDataDirLock(dir);
    expect((await stat(lock.file)).mode & 0o777).toBe(0o600);
    await lock.release();
  });
});
