// Captures every log line through a full clinical flow and checks no patient data, password, token or secret is in them.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpAt } from "./auth/totp.ts";
import { chartPatient, newPatient, rows } from "./test-data.ts";
import { type ApiFixture, json, openApi, password } from "./test-fixture.ts";

let api: ApiFixture;
const patient = newPatient({
  givenName: "Wilhelmina",
  familyName: "Zaragoza-Quill",
  mrn: "MRN-7731904",
  birthDate: "1968-11-23",
});
const secrets: string[] = [password];

beforeAll(async () => {
  api = await openApi();
}, 120_000);

afterAll(async () => {
  await api?.close();
});

describe("the log of a full flow", () => {
  it("holds request lines and no patient data, password, session token or TOTP secret", async () => {
    const clinic = await api.clinic();
    const prescriber = await clinic.signIn("prescriber");
    secrets.push((prescriber.cookie ?? "").split("=")[1] ?? "");

    const created = json<{ id: string }>(await prescriber.request("POST", "/api/patients", patient));
    const url = `/api/patients/${created.id}`;
    await prescriber.request("GET", `/api/patients?query=${patient.familyName}`);
    await prescriber.request("GET", `/api/patients?query=${patient.mrn}`);
    await prescriber.request("GET", url);
    await prescriber.request("PATCH", url, { givenName: "Wilhelmine", reason: "spelling" });
    await prescriber.request("POST", `${url}/sessions`, rows.sessions);
    await prescriber.request("POST", `${url}/sessions`, { ...rows.sessions, doseMgPerKg: 1.7 });
    await prescriber.request("POST", `${url}/measurements`, {
      date: "2026-04-21",
      instrument: "MADRS",
      total: 61,
    });
    await prescriber.request("POST", "/api/patients", { ...patient, birthDate: "2099-01-01", sex: "x" });
    await prescriber.request("GET", `${url}/record`);
    await prescriber.request("GET", `${url}/assessment`);
    await chartPatient(prescriber);
    await api.app.inject({
      method: "POST",
      url: "/api/patients",
      headers: { cookie: prescriber.cookie ?? "", "content-type": "application/json" },
      payload: `{"givenName": "${patient.givenName}", "mrn": "${patient.mrn}"`,
    });

    await api.anonymous.request("POST", "/api/auth/login", {
      email: clinic.accounts.nurse.email,
      password: "Wilhelmina1968",
    });
    await api.anonymous.request("POST", "/api/auth/login", { email: "wilhelmina@zaragoza.test", password });
    const enrol = await api.anonymous.request("POST", "/api/auth/totp/enroll", {
      email: clinic.accounts.nurse.email,
      password,
    });
    const { secret } = json<{ secret: string }>(enrol);
    secrets.push(secret);
    const code = await totpAt(secret, api.now());
    await api.anonymous.request("POST", "/api/auth/totp/confirm", {
      email: clinic.accounts.nurse.email,
      password,
      totp: code,
    });
    await prescriber.request("POST", "/api/auth/logout");

    const text = api.logs.join("");
    expect(text).toContain('"path":"/api/patients"');
    expect(text).toContain('"statusCode":400');
    const forbidden = [
      patient.givenName,
      "Wilhelmine",
      patient.familyName,
      patient.mrn,
      patient.birthDate,
      "2099-01-01",
      "1979-03-14",
      "MRN-",
      "query=",
      ...secrets,
    ];
    for (const value of forbidden) expect(text, `log contains ${value}`).not.toContain(value);
    expect(text).not.toMatch(/titrate_session=/);
    expect(text.toLowerCase()).not.toContain("cookie");
  });

  it("an unexpected failure answers 500 with no detail, and logs no message or data", async () => {
    const clinic = await api.clinic();
    const prescriber = await clinic.signIn("prescriber");
    const before = api.logs.length;
    await api.store.close();
    const reply = await prescriber.request("GET", "/api/patients?query=Zaragoza");
    expect(reply.status).toBe(500);
    expect(reply.body).toEqual({ error: "internal", message: "something went wrong on the server" });
    const text = api.logs.slice(before).join("");
    expect(text).toContain('"level":50');
    expect(text).toContain('"err":{"type":"Error"');
    expect(text).not.toContain("Zaragoza");
    expect(text).not.toMatch(/"msg":"request failed".*"message"/);
  });
});
