// The REMS monitoring record and the prior-authorization packet through the HTTP server: session and pathway choices.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoEmail, demoPatients, priorAuthorizationDemo, seedDemoClinic } from "../../demo/index.ts";
import { day } from "../../documents/builders/document-words.ts";
import { remsDemoStory } from "../../documents/builders/rems-monitoring-demo.ts";
import { pdfPages } from "../../documents/pdf-text-layer.ts";
import { hashPassword } from "../auth/password.ts";
import { type ApiFixture, type Client, json, openApi, password, today } from "../test-fixture.ts";

interface Doc {
  id: string;
  kind: string;
  version: number;
}
interface Issues {
  error: string;
  issues: { field: string; message: string }[];
}

let api: ApiFixture;
let prescriber: Client;
let nurse: Client;
let remsId = "";
let candidateId = "";

async function idOf(story: string): Promise<string> {
  const mrn = demoPatients(today).find((p) => p.story.startsWith(story))?.mrn ?? "";
  const found = json<{ patients: { id: string; mrn: string }[] }>(
    await prescriber.request("GET", `/api/patients?query=${mrn}`),
  );
  const id = found.patients.find((p) => p.mrn === mrn)?.id;
  if (id === undefined) throw new Error("a demo patient is missing");
  return id;
}

beforeAll(async () => {
  api = await openApi();
  await seedDemoClinic(api.store, { today, hashPassword: () => hashPassword(password) });
  prescriber = await api.signIn(demoEmail("prescriber"));
  nurse = await api.signIn(demoEmail("nurse"));
  remsId = await idOf(remsDemoStory);
  candidateId = await idOf(priorAuthorizationDemo.story);
}, 120_000);

afterAll(async () => {
  await api?.close();
});

/** Generates a document and returns its PDF's text, or the refusal. */
async function generate(client: Client, patientId: string, body: Record<string, unknown>) {
  const reply = await client.request("POST", `/api/patients/${patientId}/documents`, body);
  if (reply.status !== 201) return { status: reply.status, body: reply.body, text: "" };
  const made = json<Doc>(reply);
  const pdf = await api.app.inject({
    method: "GET",
    url: `/api/patients/${patientId}/documents/${made.id}?format=pdf`,
    headers: { cookie: client.cookie ?? "" },
  });
  return { status: reply.status, body: made, text: (await pdfPages(pdf.rawPayload)).join(" ") };
}

function refusal(result: { body: unknown }): Issues {
  return result.body as Issues;
}

describe("the esketamine post-dose monitoring record", () => {
  let observed: { date: string; escort?: boolean }[] = [];

  beforeAll(async () => {
    const rows = json<{ items: { data: { date: string; modality: string; observation?: object } }[] }>(
      await nurse.request("GET", `/api/patients/${remsId}/sessions`),
    );
    observed = rows.items
      .map((r) => r.data)
      .filter((s) => s.modality === "esketamine" && s.observation !== undefined)
      .map((s) => ({ date: s.date }))
      .sort((a, b) => a.date.localeCompare(b.date));
    expect(observed.length).toBeGreaterThan(1);
  });

  it("without a session, reports the latest session with observation data", async () => {
    const latest = observed.at(-1)?.date ?? "";
    const made = await generate(nurse, remsId, { kind: "rems-monitoring" });
    expect(made.status).toBe(201);
    expect(made.text).toContain(`Esketamine post-dose monitoring, ${day(latest)}`);
    expect(made.text).toContain("REMS patient ID RP-DEMO-20417");
    expect(made.text).toContain("Escort: not confirmed");
  });

  it("reports the session chosen by date, with that session's facts", async () => {
    const first = observed[0]?.date ?? "";
    const made = await generate(nurse, remsId, { kind: "rems-monitoring", sessionDate: first });
    expect(made.status).toBe(201);
    expect(made.text).toContain(`Esketamine post-dose monitoring, ${day(first)}`);
    expect(made.text).toContain(`Treatment date ${day(first)}`);
    expect(made.text).toContain("Adverse events none recorded");
    expect(made.text).toContain("Every discharge criterion is met as charted");
    expect(made.text).not.toContain("Escort: not confirmed");
  });

  it("refuses a date with no esketamine session, naming sessionDate", async () => {
    const made = await generate(nurse, remsId, { kind: "rems-monitoring", sessionDate: "2020-01-01" });
    expect(made.status).toBe(400);
    expect(refusal(made).issues).toEqual([
      { field: "sessionDate", message: "must be the date of an esketamine session on record" },
    ]);
  });

  it("refuses a malformed date and a session given twice at the boundary", async () => {
    const malformed = await generate(nurse, remsId, { kind: "rems-monitoring", sessionDate: "15/11/2026" });
    expect(malformed.status).toBe(400);
    expect(refusal(malformed).issues.map((i) => i.field)).toEqual(["sessionDate"]);
    const both = await generate(nurse, remsId, {
      kind: "rems-monitoring",
      sessionDate: observed[0]?.date,
      sessionIndex: 0,
    });
    expect(both.status).toBe(400);
    expect(refusal(both).issues.map((i) => i.field)).toEqual(["sessionIndex"]);
  });

  it("refuses a session index that is not an esketamine session", async () => {
    const made = await generate(nurse, remsId, { kind: "rems-monitoring", sessionIndex: 999 });
    expect(made.status).toBe(400);
    expect(refusal(made).issues).toEqual([
      { field: "sessionIndex", message: "must be the index of a session on record" },
    ]);
  });

  it("refuses a session for a kind that takes none", async () => {
    const made = await generate(nurse, remsId, { kind: "course-record", sessionDate: observed[0]?.date });
    expect(made.status).toBe(400);
    expect(refusal(made).issues.map((i) => i.field)).toEqual(["sessionDate"]);
  });
});

describe("the prior-authorization packet", () => {
  it("without a pathway and with no pathway decided, refuses naming pathway", async () => {
    const made = await generate(prescriber, candidateId, { kind: "prior-authorization" });
    expect(made.status).toBe(400);
    expect(refusal(made).error).toBe("invalid-input");
    expect(refusal(made).issues.map((i) => i.field)).toEqual(["pathway"]);
    const unknown = await generate(prescriber, candidateId, {
      kind: "prior-authorization",
      pathway: "iv-ketamine",
    });
    expect(unknown.status).toBe(400);
    expect(refusal(unknown).issues.map((i) => i.field)).toEqual(["pathway"]);
  });

  it("for esketamine, carries the stored intake, benefits check and price list", async () => {
    const made = await generate(prescriber, candidateId, {
      kind: "prior-authorization",
      pathway: "esketamine",
    });
    expect(made.status).toBe(201);
    expect(made.text).toContain("Prior authorization request: esketamine");
    expect(made.text).toContain("Plan Lakeside Mutual PPO (synthetic)");
    expect(made.text).toContain("Confidence at intake");
    expect(made.text).toContain("Deductible remaining $750.00");
    expect(made.text).toContain("Estimated out-of-pocket for 8 sessions");
    expect(made.text).toContain("Full self-pay price");
    expect(made.text).not.toContain("no price list on file");
  });

  it("for TMS, uses the TMS benefits check", async () => {
    const made = await generate(prescriber, candidateId, { kind: "prior-authorization", pathway: "tms" });
    expect(made.status).toBe(201);
    expect(made.text).toContain("Prior authorization request: TMS");
    expect(made.text).toContain("Pathway covered unknown");
  });

  it("without a pathway, follows the latest pathway decision", async () => {
    const intake = json<{ current: { version: number } }>(
      await prescriber.request("GET", `/api/patients/${candidateId}/intake`),
    ).current;
    const decided = await prescriber.request("POST", `/api/patients/${candidateId}/pathway-decisions`, {
      pathway: "tms",
      intakeVersion: intake.version,
      startDate: today,
      statedPreferences: "Wants to keep driving to work",
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    const made = await generate(prescriber, candidateId, { kind: "prior-authorization" });
    expect(made.status).toBe(201);
    expect(made.text).toContain("Prior authorization request: TMS");
  });

  it("refuses a pathway for a kind that takes none", async () => {
    const made = await generate(prescriber, candidateId, { kind: "referral-report", pathway: "tms" });
    expect(made.status).toBe(400);
    expect(refusal(made).issues).toEqual([
      { field: "pathway", message: "applies only to the prior-authorization kind" },
    ]);
  });
});
