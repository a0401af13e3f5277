// Two clinics: clinic B's records, reached with clinic A's session, look exactly like records that do not exist.

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Charted } from "./test-data.ts";
import { chartPatient, resources, rows, segments } from "./test-data.ts";
import { type ApiFixture, auditLog, type Client, json, openApi } from "./test-fixture.ts";
import { routeCases } from "./test-routes.ts";

let api: ApiFixture;
let a: { prescriber: Client; admin: Client; patient: Charted };
let b: { prescriber: Client; admin: Client; patient: Charted; userEmail: string };

const unknown: Charted = {
  patientId: randomUUID(),
  rowIds: Object.fromEntries(resources.map((r) => [r, randomUUID()])) as Charted["rowIds"],
  recommendation: "measure-outcome",
  documentId: randomUUID(),
};

beforeAll(async () => {
  api = await openApi();
  const clinicA = await api.clinic();
  const clinicB = await api.clinic();
  const aPrescriber = await clinicA.signIn("prescriber");
  const bPrescriber = await clinicB.signIn("prescriber");
  a = {
    prescriber: aPrescriber,
    admin: await clinicA.signIn("admin"),
    patient: await chartPatient(aPrescriber),
  };
  b = {
    prescriber: bPrescriber,
    admin: await clinicB.signIn("admin"),
    patient: await chartPatient(bPrescriber, {
      givenName: "Bartholomew",
      familyName: "Zebedee",
      mrn: "MRN-B-5150",
    }),
    userEmail: clinicB.accounts.nurse.email,
  };
}, 120_000);

afterAll(async () => {
  await api?.close();
});

// Every route that takes a patient id, as a prescriber (who may use nearly all of them) or an admin.
const patientRoutes = routeCases(() => "").filter((c) => c.route.includes(":id"));

describe.each(patientRoutes)("$method $route with clinic B's ids", (route) => {
  it("answers exactly as for an id that does not exist", async () => {
    const caller = route.access === "audit.read" ? a.admin : a.prescriber;
    const theirs = await caller.request(route.method, route.url(b.patient), route.body?.(b.patient));
    const nobodys = await caller.request(route.method, route.url(unknown), route.body?.(unknown));
    if (theirs.status === 403) return; // the role may not use the route at all: nothing to compare
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual(nobodys.body);
    expect(theirs.body).toEqual({ error: "not-found", message: "no such record" });
  });
});

describe("clinic B's rows under clinic A's own patient", () => {
  it.each(resources)("%s amendments answer 404", async (resource) => {
    const reply = await a.prescriber.request(
      "POST",
      `/api/patients/${a.patient.patientId}/${segments[resource]}/${b.patient.rowIds[resource]}/amendments`,
      { data: rows[resource], reason: "attempt" },
    );
    expect(reply.status).toBe(404);
  });
});

describe("lists and searches", () => {
  it("never show another clinic's patients", async () => {
    const all = json<{ patients: { id: string }[]; total: number }>(
      await a.prescriber.request("GET", "/api/patients?limit=100"),
    );
    expect(all.patients.map((p) => p.id)).toContain(a.patient.patientId);
    expect(all.patients.map((p) => p.id)).not.toContain(b.patient.patientId);
    for (const query of ["Zebedee", "Bartholomew", "MRN-B-5150"]) {
      const found = json<{ patients: unknown[]; total: number }>(
        await a.prescriber.request("GET", `/api/patients?query=${query}`),
      );
      expect(found).toMatchObject({ patients: [], total: 0 });
    }
    const own = json<{ total: number }>(await b.prescriber.request("GET", "/api/patients?query=Zebedee"));
    expect(own.total).toBe(1);
  });

  it("keep each clinic's audit log to itself", async () => {
    const bLog = await auditLog(b.admin);
    const aLog = await auditLog(a.admin);
    const aUsers = new Set(aLog.map((e) => e.userId));
    expect(bLog.some((e) => aUsers.has(e.userId))).toBe(false);
    expect(aLog).toContainEqual(
      expect.objectContaining({
        action: "patients.read",
        outcome: "not-found",
        resourceId: b.patient.patientId,
      }),
    );
  });
});

describe("clinic B's data after clinic A's attempts", () => {
  it("is unchanged", async () => {
    const patient = json<{ weightKg: number; status: string }>(
      await b.prescriber.request("GET", `/api/patients/${b.patient.patientId}`),
    );
    expect(patient).toMatchObject({ weightKg: 72, status: "active" });
    for (const resource of resources) {
      const list = json<{ items: { amendments: unknown[] }[] }>(
        await b.prescriber.request("GET", `/api/patients/${b.patient.patientId}/${segments[resource]}`),
      );
      expect(list.items).toHaveLength(1);
      expect(list.items[0]?.amendments).toEqual([]);
    }
    const decisions = json<{ items: unknown[] }>(
      await b.prescriber.request("GET", `/api/patients/${b.patient.patientId}/decisions`),
    );
    expect(decisions.items).toEqual([]);
  });
});

describe("user administration across clinics", () => {
  it.each(["/api/admin/users/revoke-sessions", "/api/admin/users/reset-totp"])(
    "%s on another clinic's user answers 404, like an unknown e-mail",
    async (url) => {
      const theirs = await a.admin.request("POST", url, { email: b.userEmail });
      const nobodys = await a.admin.request("POST", url, { email: "nobody@nowhere.test" });
      expect(theirs.status).toBe(404);
      expect(theirs.body).toEqual(nobodys.body);
    },
  );
});
