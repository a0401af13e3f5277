// Crash safety, measured: every write acknowledged before a SIGKILL of Titrate and its PostgreSQL is there after restart.

import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { realStores } from "./store-target.ts";
import { runWith, testIo } from "./test-io.ts";
import { field, HttpClient, killHard, serverUrl, spawnTitrate, type Titrate } from "./test-server.ts";

/** TITRATE_CRASH_CYCLES=50 for a longer run by hand. */
const cycles = Number.parseInt(process.env.TITRATE_CRASH_CYCLES ?? "5", 10);
const writers = 6;
const writeWindowMs = 1_500;
const email = "prescriber@crash.example";
const password = "crash-test-password-1";

interface Ack {
  readonly patientId: string;
  readonly id: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes measurements until the server goes away; records each write answered 201. */
async function writeUntilGone(client: HttpClient, patientId: string, acks: Ack[]): Promise<number> {
  let refused = 0;
  for (;;) {
    try {
      const reply = await client.request("POST", `/api/patients/${patientId}/measurements`, {
        date: "2026-01-15",
        instrument: "PHQ9",
        total: 14,
      });
      if (reply.status === 201) acks.push({ patientId, id: field(reply, "id") });
      else refused++;
    } catch {
      return refused;
    }
  }
}

describe("crash safety", () => {
  let dataDir = "";
  let server: Titrate | null = null;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "titrate-crash-"));
  });

  afterAll(async () => {
    if (server !== null && server.child.exitCode === null && server.child.signalCode === null)
      await killHard(server, dataDir);
    await rm(dataDir, { recursive: true, force: true });
  });

  const restartMs: number[] = [];

  async function start(): Promise<HttpClient> {
    const spawned = Date.now();
    server = spawnTitrate(["serve", "--port", "0", "--data", dataDir]);
    const client = new HttpClient(await serverUrl(server));
    restartMs.push(Date.now() - spawned);
    expect((await client.signIn(email, password)).status).toBe(200);
    return client;
  }

  /** Runs `titrate …` in this process: with the server up, it goes through the server's database. */
  async function titrate(argv: string[], secret?: string) {
    return runWith(argv, testIo(secret === undefined ? {} : { secret }), realStores);
  }

  it(
    `keeps every acknowledged write through ${cycles} SIGKILLs of Titrate and PostgreSQL`,
    async () => {
      expect(cycles).toBeGreaterThan(0);
      server = spawnTitrate(["serve", "--port", "0", "--data", dataDir]);
      let client = new HttpClient(await serverUrl(server));
      const clinic = await titrate(["admin", "create-clinic", "Crash Clinic", "--data", dataDir]);
      expect(clinic.status).toBe(0);
      const user = await titrate(
        [
          "admin",
          "create-user",
          "--clinic",
          "Crash Clinic",
          "--email",
          email,
          "--role",
          "prescriber",
          "--data",
          dataDir,
        ],
        password,
      );
      expect(user.status).toBe(0);
      expect((await client.signIn(email, password)).status).toBe(200);
      const patients: string[] = [];
      for (const familyName of ["Crash", "Recovery", "Durable"]) {
        const reply = await client.request("POST", "/api/patients", {
          givenName: "Test",
          familyName,
          birthDate: "1980-01-01",
          sex: "female",
          weightKg: 70,
        });
        expect(reply.status).toBe(201);
        patients.push(field(reply, "id"));
      }

      const acks: Ack[] = [];
      const perCycle: number[] = [];
      let refused = 0;
      let strays = 0;
      const started = Date.now();
      for (let cycle = 1; cycle <= cycles; cycle++) {
        const before = acks.length;
        const load = patients.flatMap((patientId, i) =>
          Array.from({ length: writers / patients.length }, () =>
            writeUntilGone(client, patients[i] ?? patientId, acks),
          ),
        );
        await sleep(writeWindowMs);
        if (server === null) throw new Error("no server");
        strays += (await killHard(server, dataDir)).strayPostmaster ? 1 : 0;
        refused += (await Promise.all(load)).reduce((a, b) => a + b, 0);
        perCycle.push(acks.length - before);
        // The crash leaves both locks behind; the restart must take them over.
        expect(existsSync(path.join(dataDir, "titrate.lock"))).toBe(true);
        expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(true);

        client = await start();
        const present = new Set<string>();
        for (const patientId of patients) {
          const listed = await client.request("GET", `/api/patients/${patientId}/measurements`);
          expect(listed.status).toBe(200);
          const items = (listed.body as { items: { id: string }[] }).items;
          for (const item of items) present.add(item.id);
        }
        const lost = acks.filter((ack) => !present.has(ack.id));
        expect(lost).toEqual([]);
        const verified = await titrate(["audit", "verify", "--data", dataDir]);
        expect(verified.stdout).toMatch(/: OK, every chain is intact\.\n$/);
        expect(verified.status).toBe(0);
      }

      const log = await readFile(path.join(dataDir, "postgres.log"), "utf8");
      const recoveries = log.match(/not properly shut down; automatic recovery in progress/g)?.length ?? 0;
      expect(recoveries).toBeGreaterThanOrEqual(cycles);

      if (server === null) throw new Error("no server");
      const running: Titrate = server;
      process.kill(running.pid, "SIGTERM");
      expect(await running.exited).toEqual({ code: 0, signal: null });
      console.log(
        `crash safety: ${cycles} SIGKILL cycles in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
          `${acks.length} acknowledged writes (${perCycle.join(", ")} a cycle, ${writers} concurrent clients), ` +
          `0 lost, ${refused} refused, ${recoveries} PostgreSQL crash recoveries, ${strays} stray postmasters killed by pid, ` +
          `restart to serving in ${Math.min(...restartMs)}–${Math.max(...restartMs)} ms`,
      );
    },
    60_000 + cycles * 30_000,
  );
});
