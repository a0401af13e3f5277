// Intake, coverage, price list and pathway decision routes through the real server: roles, validation, the hard stop.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  baseIntake,
  scenarioCoverage,
  scenarioPrices,
} from "../../clinical/intake/scenarios/intake-scenarios.ts";
import { newPatient } from "../test-data.ts";
import {
  type ApiFixture,
  auditLog,
  type Client,
  type ClinicFixture,
  json,
  openApi,
} from "../test-fixture.ts";

let api: ApiFixture;
let clinic: ClinicFixture;
let coordinator: Client;
let prescriber: Client;
let nurse: Client;
let admin: Client;
beforeAll(async () => {
  api = await openApi();
  clinic = await api.clinic();
  coordinator = await clinic.signIn("coordinator");
  prescriber = await clinic.signIn("prescriber");
  nurse = await clinic.signIn("nurse");
  admin = await clinic.signIn("admin");
}, 120_000);
afterAll(async () => {
  await api?.close();
});

// The fixture's today is 2026-05-01: the intake is dated just before it.
const intake = {
  ...baseIntake,
  evaluatedOn: "2026-04-28",
  cssrs: { date: "2026-04-28", items: [1, 0, 0, 0, 0, 0] },
};

async function patientId(): Promise<string> {
  return json<{ id: string }>(await coordinator.request("POST", "/api/patients", newPatient())).id;
}

describe("intake routes", () => {
  it("let a coordinator save versions and name the offending field when input is wrong", async () => {
    const id = await patientId();
    const bad = await coordinator.request("PUT", `/api/patients/${id}/intake`, {
      intake: { ...intake, diagnosis: { ...intake.diagnosis, confidence: "certain" } },
      expectedVersion: 0,
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(json(bad))).toContain("intake.diagnosis.confidence");
    const first = await coordinator.request("PUT", `/api/patients/${id}/intake`, {
      intake,
      expectedVersion: 0,
    });
    expect(first.status).toBe(200);
    const amendNoReason = await coordinator.request("PUT", `/api/patients/${id}/intake`, {
      intake,
      expectedVersion: 1,
      kind: "amendment",
    });
    expect(amendNoReason.status).toBe(400);
    const stale = await coordinator.request("PUT", `/api/patients/${id}/intake`, {
      intake,
      expectedVersion: 0,
    });
    expect(stale.status).toBe(409);
    const read = json<{ current: { version: number }; versions: unknown[] }>(
      await nurse.request("GET", `/api/patients/${id}/intake`),
    );
    expect(read.current.version).toBe(1);
    expect(
      (await nurse.request("PUT", `/api/patients/${id}/intake`, { intake, expectedVersion: 1 })).status,
    ).toBe(403);
  });

  it("compare the pathways with the coverage facts and prices entered", async () => {
    const id = await patientId();
    expect((await coordinator.request("GET", `/api/patients/${id}/intake/comparison`)).status).toBe(404);
    await coordinator.request("PUT", `/api/patients/${id}/intake`, { intake, expectedVersion: 0 });
    const prices = await admin.request("GET", "/api/price-list");
    const version = json<{ version: number }>(prices).version;
    expect(
      (
        await coordinator.request("PUT", "/api/price-list", {
          priceList: scenarioPrices,
          expectedVersion: version,
        })
      ).status,
    ).toBe(200);
    for (const c of scenarioCoverage) {
      const saved = await coordinator.request("PUT", `/api/patients/${id}/coverage`, {
        ...c,
        checkedOn: "2026-04-20",
      });
      expect(saved.status).toBe(200);
    }
    expect((await nurse.request("PUT", `/api/patients/${id}/coverage`, scenarioCoverage[0])).status).toBe(
      403,
    );
    const reply = json<{
      intakeVersion: number;
      assessment: { pathways: { pathway: string; estimate: { status: string } }[] };
    }>(await prescriber.request("GET", `/api/patients/${id}/intake/comparison`));
    expect(reply.intakeVersion).toBe(1);
    expect(reply.assessment.pathways.map((p) => p.pathway)).toEqual(["esketamine", "tms", "iv-ketamine"]);
    expect(reply.assessment.pathways.every((p) => p.estimate.status === "estimate")).toBe(true);
    const headers = { cookie: nurse.cookie ?? "" };
    const html = await api.app.inject({
      method: "GET",
      url: `/api/patients/${id}/intake/take-home`,
      headers,
    });
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain("Comparing your next treatment options");
    expect(String(html.headers["content-type"])).toContain("text/html");
    const pdf = await api.app.inject({
      method: "GET",
      url: `/api/patients/${id}/intake/take-home?format=pdf`,
      headers,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });
});

describe("pathway decision", () => {
  const decision = {
    pathway: "esketamine",
    intakeVersion: 1,
    startDate: "2026-05-04",
    statedPreferences: "Wants to feel better soon and can bring a driver",
    alternativesDiscussed: ["tms", "iv-ketamine"],
  };

  it("is the prescriber's, starts the course, and is audited", async () => {
    const id = await patientId();
    await coordinator.request("PUT", `/api/patients/${id}/intake`, { intake, expectedVersion: 0 });
    expect(
      (await coordinator.request("POST", `/api/patients/${id}/pathway-decisions`, decision)).status,
    ).toBe(403);
    const made = await prescriber.request("POST", `/api/patients/${id}/pathway-decisions`, decision);
    expect(made.status).toBe(201);
    expect(json(made)).toMatchObject({
      pathway: "esketamine",
      course: { modality: "esketamine", startDate: "2026-05-04" },
    });
    const listed = json<{ items: unknown[] }>(
      await nurse.request("GET", `/api/patients/${id}/pathway-decisions`),
    );
    expect(listed.items).toHaveLength(1);
    const log = await auditLog(admin);
    expect(
      log.some((e) => e.action === "pathway.decide" && e.resourceId === id && e.outcome === "success"),
    ).toBe(true);
  });

  it("refuses a pathway with a hard stop, and says which", async () => {
    const id = await patientId();
    await coordinator.request("PUT", `/api/patients/${id}/intake`, {
      intake: { ...intake, medical: { aneurysmalVascularDisease: true } },
      expectedVersion: 0,
    });
    const refused = await prescriber.request("POST", `/api/patients/${id}/pathway-decisions`, decision);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(json(refused))).toContain("Aneurysmal vascular disease");
    const tms = await prescriber.request("POST", `/api/patients/${id}/pathway-decisions`, {
      ...decision,
      pathway: "tms",
      alternativesDiscussed: [],
    });
    expect(tms.status).toBe(201);
  });

  it("refuses a decision made on an older intake version", async () => {
    const id = await patientId();
    await coordinator.request("PUT", `/api/patients/${id}/intake`, { intake, expectedVersion: 0 });
    await coordinator.request("PUT", `/api/patients/${id}/intake`, { intake, expectedVersion: 1 });
    expect((await prescriber.request("POST", `/api/patients/${id}/pathway-decisions`, decision)).status).toBe(
      409,
    );
  });
});
