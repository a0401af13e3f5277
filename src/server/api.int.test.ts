// The API end to end on the real store: every route does its job.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assess, type ClinicSettings, type PatientRecord } from "../clinical/index.ts";
import { chartPatient, newPatient, resources, rows, segments } from "./test-data.ts";
import {
  type ApiFixture,
  auditLog,
  type Client,
  type ClinicFixture,
  json,
  openApi,
  password,
  today,
} from "./test-fixture.ts";

let api: ApiFixture;
let clinic: ClinicFixture;
let prescriber: Client;
let admin: Client;

beforeAll(async () => {
  api = await openApi();
  clinic = await api.clinic();
  prescriber = await clinic.signIn("prescriber");
  admin = await clinic.signIn("admin");
}, 120_000);

afterAll(async () => {
  await api?.close();
});

describe("patients", () => {
  it("are registered, read, searched, paged and filtered by status", async () => {
    const created = await prescriber.request(
      "POST",
      "/api/patients",
      newPatient({ givenName: "Isadora", familyName: "Wick" }),
    );
    expect(created.status).toBe(201);
    const patient = json<{ id: string; mrn: string; status: string }>(created);
    expect(patient).toMatchObject({
      givenName: "Isadora",
      familyName: "Wick",
      status: "active",
      heightCm: 168,
    });
    expect(json(await prescriber.request("GET", `/api/patients/${patient.id}`))).toEqual(patient);

    for (const query of ["Isadora", "wick", patient.mrn]) {
      const found = json<{ patients: { id: string }[] }>(
        await prescriber.request("GET", `/api/patients?query=${query}`),
      );
      expect(found.patients.map((p) => p.id)).toEqual([patient.id]);
    }
    for (let i = 0; i < 3; i++)
      await prescriber.request("POST", "/api/patients", newPatient({ familyName: `Pager${i}` }));
    const page = json<{ patients: unknown[]; total: number; limit: number; offset: number }>(
      await prescriber.request("GET", "/api/patients?query=Pager&limit=2&offset=2"),
    );
    expect(page).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect(page.patients).toHaveLength(1);

    const off = await prescriber.request("POST", `/api/patients/${patient.id}/deactivate`, {
      reason: "moved away",
    });
    expect(json(off)).toMatchObject({ status: "inactive" });
    const inactive = json<{ patients: { id: string }[] }>(
      await prescriber.request("GET", "/api/patients?status=inactive"),
    );
    expect(inactive.patients.map((p) => p.id)).toContain(patient.id);
    const active = json<{ patients: { id: string }[] }>(
      await prescriber.request("GET", "/api/patients?status=active&limit=100"),
    );
    expect(active.patients.map((p) => p.id)).not.toContain(patient.id);
    const on = await prescriber.request("POST", `/api/patients/${patient.id}/reactivate`, {
      reason: "returned",
    });
    expect(json(on)).toMatchObject({ status: "active" });
  });

  it("take demographic corrections with a reason", async () => {
    const { id } = json<{ id: string }>(await prescriber.request("POST", "/api/patients", newPatient()));
    const corrected = await prescriber.request("PATCH", `/api/patients/${id}`, {
      weightKg: 80,
      heightCm: null,
      reason: "re-weighed",
    });
    expect(corrected.status).toBe(200);
    expect(json(corrected)).toMatchObject({ weightKg: 80, heightCm: null, givenName: "Philippa" });
    const record = json<PatientRecord>(await prescriber.request("GET", `/api/patients/${id}/record`));
    expect(record.patient.weightKg).toBe(80);
  });
});

describe("clinical rows", () => {
  it.each(resources)("%s: added, listed, and amended with the original kept", async (resource) => {
    const { id } = json<{ id: string }>(await prescriber.request("POST", "/api/patients", newPatient()));
    const url = `/api/patients/${id}/${segments[resource]}`;
    const added = json<{ id: string; data: Record<string, unknown>; createdBy: string }>(
      await prescriber.request("POST", url, rows[resource]),
    );
    expect(added.data).toMatchObject(rows[resource]);
    expect(added.createdBy).toBe(clinic.accounts.prescriber.id);
    expect(
      json<{ items: { id: string }[] }>(await prescriber.request("GET", url)).items.map((r) => r.id),
    ).toEqual([added.id]);

    const changed = {
      ...rows[resource],
      ...("date" in rows[resource] ? { date: "2026-04-22" } : { name: "changed" }),
    };
    const data = resource === "diagnoses" ? { code: "F32.2" } : changed;
    const amended = await prescriber.request("POST", `${url}/${added.id}/amendments`, {
      data,
      reason: "charting error",
    });
    expect(amended.status).toBe(201);
    const listed = json<{
      items: { data: unknown; amendments: { before: unknown; after: unknown; reason: string }[] }[];
    }>(await prescriber.request("GET", url));
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]?.data).toMatchObject(data);
    expect(listed.items[0]?.amendments).toEqual([
      expect.objectContaining({
        before: added.data,
        after: expect.objectContaining(data),
        reason: "charting error",
      }),
    ]);
  });
});

describe("record, assessment and decisions", () => {
  it("the record holds what was charted, and the assessment is the engine's on it", async () => {
    const charted = await chartPatient(prescriber);
    const record = json<PatientRecord>(
      await prescriber.request("GET", `/api/patients/${charted.patientId}/record`),
    );
    expect(record.patient).toMatchObject({ id: charted.patientId, birthDate: "1979-03-14", weightKg: 72 });
    for (const resource of resources)
      expect(record[resource]).toEqual([expect.objectContaining(rows[resource])]);

    const settings = json<{ settings: ClinicSettings }>(
      await admin.request("GET", "/api/admin/clinic"),
    ).settings;
    const viaApi = json(await prescriber.request("GET", `/api/patients/${charted.patientId}/assessment`));
    expect(viaApi).toEqual(JSON.parse(JSON.stringify(assess(record, today, settings))));
    const earlier = json<{ asOf: string }>(
      await prescriber.request("GET", `/api/patients/${charted.patientId}/assessment?asOf=2026-04-01`),
    );
    expect(earlier.asOf).toBe("2026-04-01");
  });

  it("a decision is recorded against a recommendation and listed", async () => {
    const charted = await chartPatient(prescriber);
    const made = await prescriber.request("POST", `/api/patients/${charted.patientId}/decisions`, {
      code: charted.recommendation,
      decision: "accept",
      asOf: today,
    });
    expect(made.status).toBe(201);
    const listed = json<{ items: unknown[] }>(
      await prescriber.request("GET", `/api/patients/${charted.patientId}/decisions`),
    );
    expect(listed.items).toEqual([
      expect.objectContaining({
        code: charted.recommendation,
        decision: "accept",
        reason: null,
        asOf: today,
        decidedBy: clinic.accounts.prescriber.id,
        knowledgeVersion: expect.any(String),
      }),
    ]);
  });
});

describe("the audit log", () => {
  it("records every action on a patient, in the same transaction as the work", async () => {
    const charted = await chartPatient(prescriber);
    await prescriber.request("GET", `/api/patients/${charted.patientId}`);
    const log = await auditLog(admin);
    const actions = log
      .filter((e) => e.resourceId === charted.patientId && e.outcome === "success")
      .map((e) => e.action);
    expect(actions).toEqual([
      "patients.create",
      ...resources.map((r) => `${r}.add`),
      "assessment.read",
      "patients.read",
    ]);
  });

  it("pages by sequence number", async () => {
    const first = json<{ events: { seq: number }[]; nextAfterSeq: number }>(
      await admin.request("GET", "/api/audit?limit=2"),
    );
    expect(first.events).toHaveLength(2);
    const second = json<{ events: { seq: number }[] }>(
      await admin.request("GET", `/api/audit?afterSeq=${first.nextAfterSeq}&limit=2`),
    );
    expect(second.events[0]?.seq).toBeGreaterThan(first.nextAfterSeq - 1);
  });
});

describe("user administration", () => {
  it("creates a user who can then sign in; a taken e-mail conflicts", async () => {
    const email = `created-${Date.now()}@clinic.test`;
    const created = await admin.request("POST", "/api/admin/users", { email, role: "nurse", password });
    expect(created.status).toBe(201);
    expect(json(created)).toMatchObject({
      email,
      role: "nurse",
      clinicId: clinic.clinic.id,
      totpEnrolled: false,
    });
    const signedIn = await api.signIn(email);
    expect(json(await signedIn.request("GET", "/api/auth/me"))).toMatchObject({ user: { role: "nurse" } });
    const again = await admin.request("POST", "/api/admin/users", {
      email: email.toUpperCase(),
      role: "nurse",
      password,
    });
    expect(again.status).toBe(409);
  });

  it("refuses a weak password and an unknown role, naming both", async () => {
    const reply = await admin.request("POST", "/api/admin/users", {
      email: "x@clinic.test",
      role: "owner",
      password: "short",
    });
    expect(reply.status).toBe(400);
    expect(
      json<{ issues: { field: string }[] }>(reply)
        .issues.map((i) => i.field)
        .sort(),
    ).toEqual(["password", "role"]);
  });

  it("reads the clinic's settings", async () => {
    expect(json(await admin.request("GET", "/api/admin/clinic"))).toMatchObject({
      id: clinic.clinic.id,
      name: clinic.clinic.name,
      requireMfa: false,
      settings: { madrsRemissionMax: 10 },
    });
  });
});
