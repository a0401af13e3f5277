// Bad input on the real store: every offending field is named, the clinical rules hold, and nothing is half-written.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Charted, chartPatient, newPatient, rows } from "./test-data.ts";
import { type ApiFixture, auditLog, type Client, json, openApi, type Reply, today } from "./test-fixture.ts";

let api: ApiFixture;
let prescriber: Client;
let charted: Charted;
let clinicSignIn: () => Promise<Client>;
let admin: Client;
const day = 86_400_000;

beforeAll(async () => {
  api = await openApi();
  const clinic = await api.clinic();
  clinicSignIn = () => clinic.signIn("prescriber");
  prescriber = await clinicSignIn();
  admin = await clinic.signIn("admin");
  charted = await chartPatient(prescriber);
}, 120_000);

afterAll(async () => {
  await api?.close();
});

const patientUrl = () => `/api/patients/${charted.patientId}`;

function issues(reply: Reply): Record<string, string> {
  expect(reply.status).toBe(400);
  const body = json<{ error: string; issues: { field: string; message: string }[] }>(reply);
  expect(body.error).toBe("invalid-input");
  return Object.fromEntries(body.issues.map((i) => [i.field, i.message]));
}

async function snapshot(): Promise<unknown> {
  return json(await prescriber.request("GET", `${patientUrl()}/record`));
}

describe("clinical rules at the boundary", () => {
  it("a MADRS total of 61 is refused, naming total", async () => {
    const found = issues(
      await prescriber.request("POST", `${patientUrl()}/measurements`, {
        date: today,
        instrument: "MADRS",
        total: 61,
      }),
    );
    expect(found).toEqual({ total: "MADRS total must be between 0 and 60" });
  });

  it("an IV ketamine dose over 1.0 mg/kg is refused, naming doseMgPerKg", async () => {
    const found = issues(
      await prescriber.request("POST", `${patientUrl()}/sessions`, { ...rows.sessions, doseMgPerKg: 1.2 }),
    );
    expect(Object.keys(found)).toEqual(["doseMgPerKg"]);
    expect(found.doseMgPerKg).toContain("hard limit of 1.0 mg/kg");
  });

  it("a date after today (on the injected clock) is refused, and accepted once that day comes", async () => {
    const tomorrow = "2026-05-02";
    const refused = issues(
      await prescriber.request("POST", `${patientUrl()}/events`, { date: tomorrow, type: "note" }),
    );
    expect(refused).toEqual({ date: `must not be in the future (after ${today})` });
    api.advance(day);
    const nextDay = await clinicSignIn();
    const accepted = await nextDay.request("POST", `${patientUrl()}/events`, {
      date: tomorrow,
      type: "note",
    });
    expect(accepted.status).toBe(201);
    api.advance(-day);
    expect((await prescriber.request("GET", "/api/auth/me")).status).toBe(200);
  });

  it("a session before the patient's birth is refused", async () => {
    const found = issues(
      await prescriber.request("POST", `${patientUrl()}/sessions`, { ...rows.sessions, date: "1970-01-01" }),
    );
    expect(found).toEqual({ date: "must not be before the birth date" });
  });
});

describe("every offending field is named, in one answer", () => {
  it("for a new patient", async () => {
    const found = issues(
      await prescriber.request("POST", "/api/patients", {
        givenName: "",
        familyName: 7,
        birthDate: "2030-01-01",
        sex: "robot",
        weightKg: 10,
        heightCm: 400,
      }),
    );
    expect(Object.keys(found).sort()).toEqual([
      "birthDate",
      "familyName",
      "givenName",
      "heightCm",
      "sex",
      "weightKg",
    ]);
    expect(found.birthDate).toBe(`must not be in the future (after ${today})`);
  });

  it("for a session, across type errors, ranges, dose limits and dates", async () => {
    const found = issues(
      await prescriber.request("POST", `${patientUrl()}/sessions`, {
        date: "2027-01-01",
        modality: "iv-ketamine",
        doseMgPerKg: 1.5,
        completed: "yes",
        bloodPressure: { systolic: 400, diastolic: 80 },
      }),
    );
    expect(Object.keys(found).sort()).toEqual(["bloodPressure.systolic", "completed", "date", "doseMgPerKg"]);
  });

  it("inside an amendment, with paths under data", async () => {
    const found = issues(
      await prescriber.request(
        "POST",
        `${patientUrl()}/measurements/${charted.rowIds.measurements}/amendments`,
        {
          data: { date: "2026-04-20", instrument: "MADRS", total: 61 },
          reason: "",
        },
      ),
    );
    expect(found).toEqual({ "data.total": "MADRS total must be between 0 and 60", reason: "must say why" });
  });

  it("for a decision", async () => {
    const found = issues(
      await prescriber.request("POST", `${patientUrl()}/decisions`, {
        code: "",
        decision: "override",
        asOf: "2030-01-01",
      }),
    );
    expect(Object.keys(found).sort()).toEqual(["asOf", "code", "reason"]);
  });

  it("for query and path parameters", async () => {
    expect(issues(await prescriber.request("GET", "/api/patients?limit=0&status=gone"))).toMatchObject({
      limit: expect.any(String),
      status: expect.any(String),
    });
    expect(issues(await prescriber.request("GET", "/api/patients/not-an-id"))).toEqual({
      id: "must be a UUID",
    });
  });

  it("for a body that is not JSON, without echoing it", async () => {
    const reply = await api.app.inject({
      method: "POST",
      url: "/api/patients",
      headers: { cookie: prescriber.cookie ?? "", "content-type": "application/json" },
      payload: '{"givenName": "Ottoline',
    });
    expect(reply.statusCode).toBe(400);
    expect(reply.body).not.toContain("Ottoline");
    expect(JSON.parse(reply.body)).toMatchObject({ error: "invalid-input", issues: [{ field: "body" }] });
  });
});

describe("assessments and decisions", () => {
  it("refuse a future or malformed asOf", async () => {
    expect(issues(await prescriber.request("GET", `${patientUrl()}/assessment?asOf=2026-05-02`))).toEqual({
      asOf: `must not be in the future (after ${today})`,
    });
    expect(
      Object.keys(issues(await prescriber.request("GET", `${patientUrl()}/assessment?asOf=2026-02-30`))),
    ).toEqual(["asOf"]);
  });

  it("refuse a code that is not a recommendation as of that date", async () => {
    const found = issues(
      await prescriber.request("POST", `${patientUrl()}/decisions`, {
        code: "made-up",
        decision: "accept",
        asOf: today,
      }),
    );
    expect(found).toEqual({ code: `is not one of the recommendations as of ${today}` });
  });

  it("record an override with its reason and the knowledge version", async () => {
    const reply = await prescriber.request("POST", `${patientUrl()}/decisions`, {
      code: charted.recommendation,
      decision: "override",
      reason: "patient declines for now",
      asOf: today,
    });
    expect(reply.status).toBe(201);
    expect(json(reply)).toMatchObject({ code: charted.recommendation, decision: "override", asOf: today });
  });
});

describe("a refused request writes nothing", () => {
  it("no patient is created", async () => {
    const before = json<{ total: number }>(await prescriber.request("GET", "/api/patients")).total;
    await prescriber.request("POST", "/api/patients", { ...newPatient(), weightKg: 1000 });
    await prescriber.request("POST", "/api/patients", { ...newPatient(), birthDate: "2031-01-01" });
    expect(json<{ total: number }>(await prescriber.request("GET", "/api/patients")).total).toBe(before);
  });

  it("no row is added or amended, and the demographics stay", async () => {
    const before = await snapshot();
    await prescriber.request("POST", `${patientUrl()}/sessions`, { ...rows.sessions, doseMgPerKg: 3 });
    await prescriber.request("POST", `${patientUrl()}/measurements`, {
      date: today,
      instrument: "PHQ9",
      total: 40,
    });
    await prescriber.request("POST", `${patientUrl()}/sessions/${charted.rowIds.sessions}/amendments`, {
      data: { ...rows.sessions, doseMgPerKg: 3 },
      reason: "typo",
    });
    await prescriber.request("PATCH", patientUrl(), { weightKg: 500, reason: "typo" });
    await prescriber.request("PATCH", patientUrl(), { reason: "nothing" });
    await prescriber.request("POST", `${patientUrl()}/deactivate`, {});
    expect(await snapshot()).toEqual(before);
    const sessions = json<{ items: { amendments: unknown[] }[] }>(
      await prescriber.request("GET", `${patientUrl()}/sessions`),
    );
    expect(sessions.items.every((s) => s.amendments.length === 0)).toBe(true);
    expect(json(await prescriber.request("GET", patientUrl()))).toMatchObject({
      status: "active",
      weightKg: 72,
    });
  });

  it("refused requests are audited as invalid, successful ones as success", async () => {
    const log = await auditLog(admin);
    const mine = log.filter((e) => e.resourceId === charted.patientId);
    expect(mine).toContainEqual(expect.objectContaining({ action: "sessions.add", outcome: "invalid" }));
    expect(mine).toContainEqual(expect.objectContaining({ action: "patients.update", outcome: "invalid" }));
    expect(mine).toContainEqual(expect.objectContaining({ action: "sessions.add", outcome: "success" }));
    expect(mine).toContainEqual(expect.objectContaining({ action: "decisions.create", outcome: "success" }));
  });
});
