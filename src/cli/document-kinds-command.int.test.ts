// `titrate document` for the kinds that take a choice: --session-date for rems-monitoring, --pathway for prior-authorization.

import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoEmail, demoPatients, priorAuthorizationDemo, seedDemoClinic } from "../demo/index.ts";
import { day } from "../documents/builders/document-words.ts";
import { demoRemsInput, remsDemoStory } from "../documents/builders/rems-monitoring-demo.ts";
import { pdfPages } from "../documents/pdf-text-layer.ts";
import { startTestDatabase, startTimeout, type TestDatabase } from "../store/test-database.ts";
import { documentCommandSpec } from "./document-command.ts";
import { realStores } from "./store-target.ts";
import { testIo } from "./test-io.ts";

const today = "2026-11-29";
let db: TestDatabase;
let dir: string;
const external = (process.env.TITRATE_TEST_DATABASE_URL?.trim() ?? "") !== "";
const mrnOf = (story: string) => demoPatients(today).find((p) => p.story.startsWith(story))?.mrn ?? "";
const remsMrn = mrnOf(remsDemoStory);
const candidateMrn = mrnOf(priorAuthorizationDemo.story);
const observedDates = demoRemsInput(today)
  .record.sessions.filter((s) => s.modality === "esketamine" && s.observation !== undefined)
  .map((s) => s.date);

beforeAll(async () => {
  db = await startTestDatabase();
  await seedDemoClinic(db.store, {
    today,
    hashPassword: async () => "$argon2id$v=19$m=19456,t=2,p=1$not-a-real-hash",
  });
  dir = await mkdtemp(path.join(os.tmpdir(), "titrate-document-kinds-cli-"));
}, startTimeout);

afterAll(async () => {
  await db?.stop();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

async function titrate(kind: string, mrn: string, extra: string[]) {
  const env = external ? { DATABASE_URL: db.appUrl } : {};
  const test = testIo({ env, io: { cwd: dir, today: () => today } });
  let status = -1;
  const command = documentCommandSpec({ io: test.io, stores: realStores, exit: (code) => (status = code) });
  command.exitOverride().configureOutput({ writeOut: test.io.stdout, writeErr: test.io.stderr });
  const data = external ? [] : ["--data", db.dataDir ?? ""];
  const args = [kind, "--patient", mrn, "--clinic", "Demo Clinic", "--as", demoEmail("nurse"), ...extra];
  await command.parseAsync([...args, ...data], { from: "user" });
  return { status, stdout: test.stdout(), stderr: test.stderr() };
}

async function pdfText(name: string): Promise<string> {
  return (await pdfPages(await readFile(path.join(dir, name)))).join(" ");
}

describe("titrate document with a choice", { timeout: startTimeout }, () => {
  it("writes the monitoring record for the session on --session-date", async () => {
    const first = observedDates[0] ?? "";
    expect(observedDates.length).toBeGreaterThan(1);
    const ran = await titrate("rems-monitoring", remsMrn, ["--session-date", first, "--out", "rems.pdf"]);
    expect(ran.stderr).toBe("");
    expect(ran.status).toBe(0);
    const text = await pdfText("rems.pdf");
    expect(text).toContain(`Esketamine post-dose monitoring, ${day(first)}`);
    expect(text).toContain("Every discharge criterion is met as charted");
  });

  it("refuses a --session-date with no esketamine session, or not written as a date", async () => {
    const none = await titrate("rems-monitoring", remsMrn, ["--session-date", "2020-01-01"]);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe("--session-date: must be the date of an esketamine session on record\n");
    const malformed = await titrate("rems-monitoring", remsMrn, ["--session-date", "yesterday"]);
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toBe("--session-date: must be a date written YYYY-MM-DD\n");
  });

  it("writes the prior-authorization packet for --pathway with the stored benefits check", async () => {
    const ran = await titrate("prior-authorization", candidateMrn, [
      "--pathway",
      "esketamine",
      "--out",
      "pa.pdf",
    ]);
    expect(ran.stderr).toBe("");
    expect(ran.status).toBe(0);
    const text = await pdfText("pa.pdf");
    expect(text).toContain("Prior authorization request: esketamine");
    expect(text).toContain("Deductible remaining $750.00");
    expect(text).toContain("Confidence at intake");
  });

  it("refuses the packet without --pathway when none was decided, and an unknown pathway", async () => {
    const missing = await titrate("prior-authorization", candidateMrn, []);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^--pathway: is required/);
    const unknown = await titrate("prior-authorization", candidateMrn, ["--pathway", "iv-ketamine"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("--pathway:");
  });
});
