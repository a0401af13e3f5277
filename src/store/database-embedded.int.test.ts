import { spawnSync } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDirLayout } from "./data-dir.ts";
import { findRunningTitrate, lockFileName } from "./data-dir-lock.ts";
import { type OpenedStore, openStore, runningStoreConfig } from "./open-store.ts";
import { createTestClinic, startTimeout } from "./test-database.ts";

// The embedded driver itself: always the embedded server, whatever TITRATE_TEST_DATABASE_URL says.
let parent: string;
let dataDir: string;
beforeAll(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), "titrate-embedded-"));
  // mkdtemp makes it 0700; run as root, the server's own system user must be able to pass through.
  await chmod(parent, 0o711);
  dataDir = path.join(parent, "data");
});
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe("the embedded PostgreSQL", () => {
  let opened: OpenedStore;

  it(
    "starts in a new data folder given as a relative path, on a loopback port",
    async () => {
      opened = await openStore({ kind: "embedded", dataDir: path.relative(process.cwd(), dataDir) });
      expect(opened.connectionInfo).toMatchObject({
        kind: "embedded",
        host: "127.0.0.1",
        user: "titrate",
        database: "titrate",
        dataDir,
      });
      await createTestClinic(opened.store, "Persistent Clinic");
    },
    startTimeout,
  );

  it("keeps its generated passwords readable by their owner only", async () => {
    const layout = dataDirLayout(dataDir);
    for (const file of [layout.superuserSecret, layout.appSecret]) {
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await readFile(file, "utf8")).trim()).toMatch(/^[A-Za-z0-9_-]{32}$/);
    }
  });

  it("refuses a second Titrate while it runs, and lets commands reach its database instead", async () => {
    await opened.announce("http://127.0.0.1:8080");
    expect(await findRunningTitrate(dataDir)).toMatchObject({
      pid: process.pid,
      databasePort: opened.connectionInfo.port,
      http: "http://127.0.0.1:8080",
    });
    await expect(openStore({ kind: "embedded", dataDir })).rejects.toThrow(
      /Another Titrate \(pid \d+, listening on http:\/\/127\.0\.0\.1:8080\) is using the data folder/,
    );
    const config = await runningStoreConfig(dataDir);
    if (config === null) throw new Error("no running Titrate found");
    const second = await openStore(config);
    try {
      expect(await second.store.admin.findClinicByName("Persistent Clinic")).not.toBeNull();
    } finally {
      await second.close();
    }
  });

  it(
    "stops on close, and starts again on the same data over a stale lock",
    async () => {
      await opened.close();
      await opened.close();
      expect(await findRunningTitrate(dataDir)).toBeNull();
      const dead = spawnSync(process.execPath, ["-e", ""]).pid;
      await writeFile(
        path.join(dataDir, lockFileName),
        JSON.stringify({ pid: dead, processStart: 1, startedAt: "", databasePort: 1, http: null }),
      );
      const again = await openStore({ kind: "embedded", dataDir });
      try {
        expect(await again.store.admin.findClinicByName("Persistent Clinic")).not.toBeNull();
        expect((await findRunningTitrate(dataDir))?.pid).toBe(process.pid);
      } finally {
        await again.close();
      }
    },
    startTimeout,
  );
});
