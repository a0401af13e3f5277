// `titrate document` against a real store: writes the PDF or HTML with the record's facts and stores a draft version.

import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoEmail, demoPatients, seedDemoClinic } from "../demo/index.ts";
import { demoScenarios } from "../documents/demo-documents.ts";
import { pdfPages } from "../documents/pdf-text-layer.ts";
import { startTestDatabase, startTimeout, type TestDatabase } from "../store/test-database.ts";
import { documentCommandSpec } from "./document-command.ts";
import { realStores } from "./store-target.ts";
import { testIo } from "./test-io.ts";

const today = "2026-11-29";
let db: TestDatabase;
let dir: string;
const external = (process.env.TITRATE_TEST_DATABASE_URL?.trim() ?? "") !== "";
const mrn =
  demoPatients(today).find((p) => p.story.startsWith(demoScenarios["benzodiazepine-optimized"]))?.mrn ?? "";

beforeAll(async () => {
  db = await startTestDatabase();
  await seedDemoClinic(db.store, {
    today,
    hashPassword: async () => "$argon2id$v=19$m=19456,t=2,p=1$not-a-real-hash",
  });
  dir = await mkdtemp(path.join(os.tmpdir(), "titrate-document-cli-"));
}, startTimeout);

afterAll(async () => {
  await db?.stop();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

async function titrate(args: string[]) {
  const env = external ? { DATABASE_URL: db.appUrl } : {};
  const test = testIo({ env, io: { cwd: dir, today: () => today } });
  let status = -1;
  const command = documentCommandSpec({ io: test.io, stores: realStores, exit: (code) => (status = code) });
  command.exitOverride().configureOutput({ writeOut: test.io.stdout, writeErr: test.io.stderr });
  const data = external ? [] : ["--data", db.dataDir ?? ""];
  await command.parseAsync([...args, ...data], { from: "user" });
  return { status, stdout: test.stdout(), stderr: test.stderr() };
}

describe("titrate document", { timeout: startTimeout }, () => {
  it("writes a referral report PDF for a patient named by MRN, with the record's facts", async () => {
    const ran = await titrate([
      "referral-report",
      "--patient",
      mrn,
      "--clinic",
      "Demo Clinic",
      "--as",
      demoEmail("prescriber"),
      "--out",
      "report.pdf",
    ]);
    expect(ran.stderr).toBe("");
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain("Wrote referral-report version 1 (draft");
    const file = path.join(dir, "report.pdf");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const text = (await pdfPages(await readFile(file))).join(" ");
    expect(text).toContain("Report to the referring clinician");
    expect(text).toContain("Tapered the benzodiazepine");
    expect(text).toContain(`Prepared by: ${demoEmail("prescriber")}`);
  });

  it("writes HTML when asked, and numbers the next version", async () => {
    const ran = await titrate([
      "referral-report",
      "--patient",
      mrn,
      "--clinic",
      "Demo Clinic",
      "--as",
      demoEmail("nurse"),
      "--out",
      "report.html",
    ]);
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain("version 2");
    expect(await readFile(path.join(dir, "report.html"), "utf8")).toContain(
      "<h1>Report to the referring clinician</h1>",
    );
  });

  it("refuses bad input by flag, an unknown patient, and a role that may not generate documents", async () => {
    const bad = await titrate([
      "bogus-kind",
      "--patient",
      mrn,
      "--clinic",
      "Demo Clinic",
      "--as",
      "not-an-email",
    ]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("KIND: must be one of course-record");
    expect(bad.stderr).toContain("--as: must be an e-mail address");
    const unknown = await titrate([
      "course-record",
      "--patient",
      "NO-SUCH",
      "--clinic",
      "Demo Clinic",
      "--as",
      demoEmail("prescriber"),
    ]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("There is no such patient");
    const readonly = await titrate([
      "course-record",
      "--patient",
      mrn,
      "--clinic",
      "Demo Clinic",
      "--as",
      demoEmail("readonly"),
    ]);
    expect(readonly.status).toBe(2);
    expect(readonly.stderr).toContain("may not generate documents");
  });
});
