// `titrate serve` and the commands beside it, as real processes on one data folder: start, demo, refusal, admin, audit, shutdown.

import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findRunningTitrate } from "../store/index.ts";
import { realStores } from "./store-target.ts";
import { runWith, testIo } from "./test-io.ts";
import {
  field,
  HttpClient,
  killHard,
  serverUrl,
  spawnTitrate,
  startTimeoutMs,
  type Titrate,
  titrateOnce,
} from "./test-server.ts";

const nursePassword = "a long nurse password";

describe("titrate serve", () => {
  let dataDir = "";
  let server: Titrate | null = null;
  let url = "";
  const demoPasswords: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "titrate-serve-"));
  });

  afterAll(async () => {
    if (server !== null && server.child.exitCode === null && server.child.signalCode === null)
      await killHard(server, dataDir);
    await rm(dataDir, { recursive: true, force: true });
  });

  function running(): Titrate {
    if (server === null) throw new Error("no server is running");
    return server;
  }

  async function start(args: string[] = []): Promise<void> {
    server = spawnTitrate(["serve", "--port", "0", "--data", dataDir, ...args]);
    url = await serverUrl(server);
  }

  /** In this process; with the server up it goes through the server's database. */
  function titrate(argv: string[], secret?: string) {
    return runWith(argv, testIo(secret === undefined ? {} : { secret }), realStores);
  }

  it(
    "starts with --demo, answers /api/health, prints each role's login once, and a demo login signs in",
    async () => {
      await start(["--demo"]);
      const out = running().stdout();
      expect(out).toMatch(
        /^Titrate is running at http:\/\/127\.0\.0\.1:\d+ · data .+ · session cookie not Secure/m,
      );
      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "ok" });
      const logins = [...out.matchAll(/^ {2}(\w+) +(\S+@demo\.titrate\.local) +(\S+)$/gm)];
      expect(logins.map((l) => l[1])).toEqual(["admin", "prescriber", "nurse", "coordinator", "readonly"]);
      for (const login of logins) demoPasswords.push(login[3] ?? "");
      const admin = new HttpClient(url);
      expect((await admin.signIn(logins[0]?.[2] ?? "", demoPasswords[0] ?? "")).status).toBe(200);
      const patients = await admin.request("GET", "/api/patients?limit=100");
      expect(patients.status).toBe(200);
      const names = (patients.body as { patients: { familyName: string }[] }).patients.map(
        (p) => p.familyName,
      );
      expect(names.length).toBeGreaterThan(0);
      const console = running().stdout() + running().stderr();
      expect(names.filter((name) => console.includes(name))).toEqual([]);
    },
    startTimeoutMs,
  );

  it("refuses a second serve on the same data folder, naming the running one", async () => {
    const second = await titrateOnce(["serve", "--port", "0", "--data", dataDir]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`Another Titrate (pid ${running().pid}, listening on ${url})`);
    expect(second.stdout).toBe("");
  }, 30_000);

  it("creates a clinic and a user (password on stdin) through the running server; the user signs in", async () => {
    expect(await titrate(["admin", "create-clinic", "Lakeside", "--data", dataDir])).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^Created clinic "Lakeside" \(id [0-9a-f-]{36}\)\.\n$/),
    });
    const created = await titrateOnce(
      [
        "admin",
        "create-user",
        "--clinic",
        "Lakeside",
        "--email",
        "Nurse@Lakeside.example",
        "--role",
        "nurse",
        "--data",
        dataDir,
      ],
      { stdin: `${nursePassword}\n` },
    );
    expect(created.stderr).toBe("");
    expect(created.stdout).toBe('Created nurse nurse@lakeside.example in clinic "Lakeside".\n');
    expect(created.code).toBe(0);
    const nurse = new HttpClient(url);
    const signedIn = await nurse.signIn("nurse@lakeside.example", nursePassword);
    expect(signedIn.status).toBe(200);
    expect(field(signedIn, "user")).toBeDefined();
    const again = await titrate(
      [
        "admin",
        "create-user",
        "--clinic",
        "Lakeside",
        "--email",
        "nurse@lakeside.example",
        "--role",
        "nurse",
        "--data",
        dataDir,
      ],
      nursePassword,
    );
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(
      "titrate: A user with the e-mail address nurse@lakeside.example already exists.\n",
    );
  }, 30_000);

  it("turns a clinic's MFA requirement on and off through the running server", async () => {
    expect(
      (await titrate(["admin", "require-mfa", "on", "--clinic", "Lakeside", "--data", dataDir])).status,
    ).toBe(0);
    const asked = await new HttpClient(url).signIn("nurse@lakeside.example", nursePassword);
    expect(asked).toMatchObject({ status: 401, body: { error: "mfa-required", mfa: "enroll" } });
    expect(
      (await titrate(["admin", "require-mfa", "off", "--clinic", "Lakeside", "--data", dataDir])).status,
    ).toBe(0);
    expect((await new HttpClient(url).signIn("nurse@lakeside.example", nursePassword)).status).toBe(200);
  }, 30_000);

  it("verifies the audit log through the running server: exit 0 when intact", async () => {
    const verified = await titrate(["audit", "verify", "--data", dataDir]);
    expect(verified.stdout).toMatch(/^\d+ audit events checked: OK, every chain is intact\.\n$/);
    expect(verified.status).toBe(0);
  }, 30_000);

  it("stops on SIGTERM with exit 0, releasing the data folder and stopping its PostgreSQL", async () => {
    const stopping = running();
    process.kill(stopping.pid, "SIGTERM");
    expect(await stopping.exited).toEqual({ code: 0, signal: null });
    expect(stopping.stdout()).toMatch(/Titrate: SIGTERM received, stopping\.\nTitrate stopped\.\n$/);
    expect(existsSync(path.join(dataDir, "titrate.lock"))).toBe(false);
    expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
  }, 30_000);

  it(
    "runs a command on the data folder itself when no server is running",
    async () => {
      expect(await findRunningTitrate(dataDir)).toBeNull();
      const verified = await titrate(["audit", "verify", "--data", dataDir]);
      expect(verified.status).toBe(0);
      expect(existsSync(path.join(dataDir, "titrate.lock"))).toBe(false);
    },
    startTimeoutMs,
  );

  it(
    "with --demo on a later start, finds the demo clinic and prints no logins",
    async () => {
      await start(["--demo"]);
      const out = running().stdout();
      expect(out).toContain('Demo clinic "Demo Clinic" found: its logins were shown when it was created');
      expect(demoPasswords.filter((p) => out.includes(p))).toEqual([]);
    },
    startTimeoutMs,
  );

  it("audit verify exits 1 and names the first break after a row was altered behind Titrate's back", async () => {
    const port = (await findRunningTitrate(dataDir))?.databasePort ?? null;
    if (port === null) throw new Error("the running server announced no database port");
    const secret = (await readFile(path.join(dataDir, "postgres-superuser.secret"), "utf8")).trim();
    const superuser = new pg.Client({
      host: "127.0.0.1",
      port,
      user: "postgres",
      password: secret,
      database: "titrate",
    });
    await superuser.connect();
    try {
      await superuser.query("ALTER TABLE audit_events DISABLE TRIGGER audit_is_append_only");
      const { rows } = await superuser.query<{ seq: number }>(
        "UPDATE audit_events SET action = 'tampered' WHERE seq = (SELECT min(seq) + 1 FROM audit_events) RETURNING seq",
      );
      await superuser.query("ALTER TABLE audit_events ENABLE TRIGGER audit_is_append_only");
      const verified = await titrate(["audit", "verify", "--data", dataDir]);
      expect(verified.stdout).toMatch(
        new RegExp(`^\\d+ audit events checked: BROKEN, the first break is at event ${rows[0]?.seq}\\.\\n$`),
      );
      expect(verified.status).toBe(1);
    } finally {
      await superuser.end();
    }
  }, 30_000);

  it("stops on SIGINT with exit 0", async () => {
    const stopping = running();
    process.kill(stopping.pid, "SIGINT");
    expect(await stopping.exited).toEqual({ code: 0, signal: null });
    expect(stopping.stdout()).toContain("Titrate: SIGINT received, stopping.\nTitrate stopped.\n");
  }, 30_000);
});
