// Self-report links end to end through the API: answering, idempotent submit, expiry, isolation, alerts and logs.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPatient } from "../test-data.ts";
import { type ApiFixture, type Client, type ClinicFixture, json, openApi } from "../test-fixture.ts";

let api: ApiFixture;
let clinic: ClinicFixture;
let nurse: Client;
let prescriber: Client;
const tokens: string[] = [];

beforeAll(async () => {
  api = await openApi({ alertSweepSeconds: 3600 });
  clinic = await api.clinic();
  nurse = await clinic.signIn("nurse");
  prescriber = await clinic.signIn("prescriber");
}, 120_000);
afterAll(async () => {
  await api?.close();
});

interface Sent {
  readonly id: string;
  readonly url: string;
  readonly qrSvg: string;
  readonly state: string;
}

async function patient(overrides: Record<string, unknown> = {}): Promise<string> {
  return json<{ id: string }>(await prescriber.request("POST", "/api/patients", newPatient(overrides))).id;
}

async function send(
  patientId: string,
  forms: string[],
  language = "en",
): Promise<{ sent: Sent; token: string }> {
  const reply = await nurse.request("POST", `/api/patients/${patientId}/self-report-links`, {
    forms,
    language,
  });
  expect(reply.status).toBe(201);
  const sent = json<Sent>(reply);
  const token = sent.url.split("#")[1] ?? "";
  tokens.push(token);
  return { sent, token };
}

async function asPatient(token: string, method: "GET" | "PUT" | "POST", url: string, body?: unknown) {
  const response = await api.app.inject({
    method,
    url,
    headers: {
      "x-report-token": token,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
  return {
    status: response.statusCode,
    body: response.body === "" ? null : (JSON.parse(response.body) as unknown),
  };
}

async function answerAll(token: string, prefix: string, count: number, value: (item: number) => number) {
  for (let i = 1; i <= count; i++) {
    const r = await asPatient(token, "PUT", "/api/report/answers", {
      questionId: `${prefix}.${i}`,
      value: value(i),
    });
    expect(r.status).toBe(204);
  }
}

describe("a self-report link", () => {
  it("carries its token only after # and shows the patient nothing but the link's questions", async () => {
    const id = await patient({ givenName: "Ottoline", familyName: "Brisbane-Vale" });
    const { sent, token } = await send(id, ["PHQ9"]);
    expect(sent.url).toMatch(/\/report#[A-Za-z0-9_-]{43}$/);
    expect(sent.qrSvg).toContain("<svg");
    expect(sent.state).toBe("open");
    const view = await asPatient(token, "GET", "/api/report");
    expect(view.status).toBe(200);
    const body = json<{ state: string; questions: { id: string }[] }>({
      status: 200,
      body: view.body,
      headers: {},
    });
    expect(body.state).toBe("open");
    expect(body.questions.map((q) => q.id)).toHaveLength(9);
    const text = JSON.stringify(view.body);
    for (const secret of ["Ottoline", "Brisbane", id, clinic.clinic.id]) expect(text).not.toContain(secret);
  });

  it("saves answers as they come, so a reload resumes, and submits once", async () => {
    const id = await patient();
    const { token } = await send(id, ["PHQ9"]);
    await answerAll(token, "PHQ9", 4, () => 2);
    const resumed = await asPatient(token, "GET", "/api/report");
    expect(Object.keys((resumed.body as { answers: Record<string, number> }).answers)).toHaveLength(4);
    const early = await asPatient(token, "POST", "/api/report/submit");
    expect(early.status).toBe(400);
    expect(JSON.stringify(early.body)).toContain("answers.PHQ9.5");
    await answerAll(token, "PHQ9", 9, (i) => (i === 9 ? 0 : 2));
    const first = await asPatient(token, "POST", "/api/report/submit");
    const second = await asPatient(token, "POST", "/api/report/submit");
    expect(first.status).toBe(200);
    expect(second).toEqual(first);
    expect(first.body).toMatchObject({ receipt: { crisis: false, dosingHold: false } });
    const reopened = await asPatient(token, "GET", "/api/report");
    expect(reopened.body).toMatchObject({ state: "submitted", questions: [], answers: {} });
    expect(
      (await asPatient(token, "PUT", "/api/report/answers", { questionId: "PHQ9.1", value: 0 })).status,
    ).toBe(409);
    const measurements = json<{ items: { data: { instrument: string; total: number } }[] }>(
      await nurse.request("GET", `/api/patients/${id}/measurements`),
    );
    expect(measurements.items.map((m) => m.data)).toMatchObject([{ instrument: "PHQ9", total: 16 }]);
  });

  it("refuses an answer that is not one of the question's choices, naming the field", async () => {
    const { token } = await send(await patient(), ["GAD7"]);
    const bad = await asPatient(token, "PUT", "/api/report/answers", { questionId: "GAD7.1", value: 7 });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ issues: [{ field: "value" }] });
    const other = await asPatient(token, "PUT", "/api/report/answers", { questionId: "PHQ9.1", value: 0 });
    expect(other.body).toMatchObject({ issues: [{ field: "questionId" }] });
  });

  it("expires after the clinic's link lifetime", async () => {
    const { token } = await send(await patient(), ["PHQ9"]);
    api.advance(72 * 3_600_000);
    expect((await asPatient(token, "GET", "/api/report")).body).toMatchObject({
      state: "expired",
      questions: [],
    });
    expect((await asPatient(token, "POST", "/api/report/submit")).status).toBe(409);
    // Moving the clock ended the staff sessions too.
    nurse = await clinic.signIn("nurse");
    prescriber = await clinic.signIn("prescriber");
  });

  it("cannot reach another patient's data: unknown tokens are a bare 404, and a link's view names no one", async () => {
    const a = await patient();
    const b = await patient({ givenName: "Leocadia" });
    await nurse.request("POST", `/api/patients/${b}/measurements`, {
      date: "2026-04-20",
      instrument: "PHQ9",
      total: 21,
    });
    const { token } = await send(a, ["PHQ9"]);
    await answerAll(token, "PHQ9", 9, () => 0);
    const submitted = await asPatient(token, "POST", "/api/report/submit");
    const text = JSON.stringify(submitted.body);
    expect(text).not.toContain(b);
    expect(text).not.toContain("2026-04-20");
    // The other patient's score of 21 is on no point of this patient's trend.
    const { progress } = submitted.body as { progress: { points: { total: number }[] }[] };
    expect(progress.flatMap((p) => p.points.map((point) => point.total))).not.toContain(21);
    // One character changed (never to itself: a token ending in "A" would otherwise be left as it was).
    const near = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const fake of [near, "x".repeat(43)]) {
      expect((await asPatient(fake, "GET", "/api/report")).status).toBe(404);
    }
    const noHeader = await api.app.inject({ method: "GET", url: `/api/report?token=${token}` });
    expect(noHeader.statusCode).toBe(400);
    expect((await api.anonymous.request("GET", `/api/patients/${b}`)).status).toBe(401);
  });
});

describe("a positive suicide item", () => {
  it("shows crisis resources, raises an alert on the worklist and chart, and a clinician acknowledges it", async () => {
    const id = await patient();
    const { token } = await send(id, ["PHQ9"]);
    await answerAll(token, "PHQ9", 9, (i) => (i === 9 ? 1 : 1));
    const submitted = await asPatient(token, "POST", "/api/report/submit");
    expect(submitted.body).toMatchObject({ receipt: { crisis: true } });
    expect(JSON.stringify(submitted.body)).not.toContain("alertId");

    const open = json<{ items: { id: string; findings: { code: string }[] }[] }>(
      await nurse.request("GET", `/api/alerts?patientId=${id}&open=true`),
    );
    expect(open.items).toHaveLength(1);
    expect(open.items[0]?.findings.map((f) => f.code)).toEqual(["self-report-phq9-item-9"]);
    const worklist = json<{ items: { patient: { id: string }; attention: { openAlerts: number } }[] }>(
      await nurse.request("GET", "/api/worklist"),
    );
    expect(worklist.items[0]).toMatchObject({ patient: { id }, attention: { openAlerts: 1 } });

    const alertId = open.items[0]?.id ?? "";
    const tooShort = await nurse.request("POST", `/api/alerts/${alertId}/acknowledge`, { note: "" });
    expect(tooShort.status).toBe(400);
    const readonly = await clinic.signIn("readonly");
    expect(
      (await readonly.request("POST", `/api/alerts/${alertId}/acknowledge`, { note: "seen" })).status,
    ).toBe(403);
    const ack = await nurse.request("POST", `/api/alerts/${alertId}/acknowledge`, {
      note: "Called the patient; safe plan agreed",
    });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({
      note: "Called the patient; safe plan agreed",
      acknowledgedBy: clinic.accounts.nurse.id,
    });
    expect(
      json<{ items: unknown[] }>(await nurse.request("GET", `/api/alerts?patientId=${id}&open=true`)).items,
    ).toEqual([]);
  });
});

describe("QIDS-SR16 and SHAPS by link", () => {
  it("go on a Spanish link in English, marked as held only in English, beside a PHQ-9 in Spanish", async () => {
    const id = await patient();
    const { token } = await send(id, ["PHQ9", "SHAPS"], "es");
    const view = await asPatient(token, "GET", "/api/report");
    const body = view.body as { language: string; questions: { form: string; languages: string[] }[] };
    expect(body.language).toBe("es");
    const languagesOf = (form: string) => [
      ...new Set(body.questions.filter((q) => q.form === form).map((q) => q.languages.join())),
    ];
    expect(languagesOf("PHQ9")).toEqual(["en,es"]);
    expect(languagesOf("SHAPS")).toEqual(["en"]);
  });

  it("asks both in English; QIDS item 12 at 2 raises the alert and both become measurements", async () => {
    const id = await patient();
    const { token } = await send(id, ["QIDSSR16", "SHAPS"]);
    const view = await asPatient(token, "GET", "/api/report");
    const questions = (view.body as { questions: { id: string; languages: string[]; text: object }[] })
      .questions;
    expect(questions).toHaveLength(30);
    expect(questions.every((q) => q.languages.join() === "en" && !("es" in q.text))).toBe(true);
    await answerAll(token, "QIDSSR16", 16, (i) => (i === 12 ? 2 : 0));
    await answerAll(token, "SHAPS", 14, (i) => (i === 1 ? 1 : 4));
    const submitted = await asPatient(token, "POST", "/api/report/submit");
    expect(submitted.body).toMatchObject({ receipt: { crisis: true } });
    const open = json<{ items: { findings: { code: string }[] }[] }>(
      await nurse.request("GET", `/api/alerts?patientId=${id}&open=true`),
    );
    expect(open.items.flatMap((a) => a.findings.map((f) => f.code))).toEqual(["self-report-qids-item-12"]);
    const measurements = json<{ items: { data: { instrument: string; total: number } }[] }>(
      await nurse.request("GET", `/api/patients/${id}/measurements`),
    );
    expect(measurements.items.map((m) => m.data)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ instrument: "QIDSSR16", total: 2 }),
        expect.objectContaining({ instrument: "SHAPS", total: 13 }),
      ]),
    );
  });
});

describe("the pre-session checklist", () => {
  it("holds the dose for a benzodiazepine taken today, and staff read the answers on the link", async () => {
    const id = await patient();
    const { token } = await send(id, ["PRESESSION"]);
    const answers = { fasted: 0, caffeine: 0, sleep: 2, benzodiazepine: 1, naltrexone: 0, anythingNew: 0 };
    for (const [key, value] of Object.entries(answers)) {
      const saved = await asPatient(token, "PUT", "/api/report/answers", {
        questionId: `PRESESSION.${key}`,
        value,
      });
      expect(saved.status).toBe(204);
    }
    const submitted = await asPatient(token, "POST", "/api/report/submit");
    expect(submitted.body).toMatchObject({ receipt: { crisis: false, dosingHold: true } });
    const open = json<{ items: { findings: { code: string }[] }[] }>(
      await nurse.request("GET", `/api/alerts?patientId=${id}&open=true`),
    );
    expect(open.items.flatMap((a) => a.findings.map((f) => f.code))).toEqual([
      "self-report-benzodiazepine-today",
    ]);
    const links = json<{ items: { state: string; answered: unknown }[] }>(
      await nurse.request("GET", `/api/patients/${id}/self-report-links`),
    );
    const preSession = { fasted: true, caffeine: false, sleepHours: 6, benzodiazepineTaken: true };
    expect(links.items).toEqual([
      expect.objectContaining({
        state: "submitted",
        answered: { preSession: { ...preSession, naltrexoneTaken: false }, scores: [] },
      }),
    ]);
  });
});

describe("the logs", () => {
  it("never hold a link token", () => {
    expect(tokens.length).toBeGreaterThan(4);
    const text = api.logs.join("");
    expect(text).toContain('"path":"/api/report"');
    for (const token of tokens) expect(text).not.toContain(token);
  });
});
