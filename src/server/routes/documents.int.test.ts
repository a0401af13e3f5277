// Documents through the HTTP server: generate, list, download, sign, signed versions final, permissions, tenancy.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoEmail, demoPatients, seedDemoClinic } from "../../demo/index.ts";
import { demoScenarios } from "../../documents/demo-documents.ts";
import { pdfPages } from "../../documents/pdf-text-layer.ts";
import type { Role } from "../../store/store.ts";
import { hashPassword } from "../auth/password.ts";
import { type ApiFixture, type Client, json, openApi, password, today } from "../test-fixture.ts";

interface Doc {
  id: string;
  kind: string;
  version: number;
  signed: boolean;
  signedBy: string | null;
  superseded: boolean;
  contentHash: string;
}

let api: ApiFixture;
const clients = {} as Record<Role, Client>;
let patientId = "";

/** A raw request, for bodies that are not JSON (PDF, HTML). */
async function raw(role: Role, url: string) {
  const cookie = clients[role].cookie;
  return api.app.inject({ method: "GET", url, ...(cookie === null ? {} : { headers: { cookie } }) });
}

beforeAll(async () => {
  api = await openApi();
  await seedDemoClinic(api.store, { today, hashPassword: () => hashPassword(password) });
  for (const role of ["prescriber", "nurse", "coordinator", "readonly", "admin"] as const) {
    clients[role] = await api.signIn(demoEmail(role));
  }
  const mrn = demoPatients(today).find((p) =>
    p.story.startsWith(demoScenarios["exhausted-discontinued"]),
  )?.mrn;
  const found = json<{ patients: { id: string; mrn: string }[] }>(
    await clients.prescriber.request("GET", `/api/patients?query=${mrn}`),
  );
  patientId = found.patients.find((p) => p.mrn === mrn)?.id ?? "";
}, 120_000);

afterAll(async () => {
  await api?.close();
});

const base = () => `/api/patients/${patientId}/documents`;

describe("documents API", () => {
  let first: Doc;

  it("generates a course record from the stored record and lists it", async () => {
    const reply = await clients.prescriber.request("POST", base(), { kind: "course-record" });
    expect(reply.status).toBe(201);
    first = json<Doc>(reply);
    expect(first).toMatchObject({ kind: "course-record", version: 1, signed: false, superseded: false });
    const list = json<{ items: Doc[] }>(await clients.readonly.request("GET", base()));
    expect(list.items.map((d) => d.id)).toContain(first.id);
  });

  it("downloads the PDF with the stored facts, and the HTML page", async () => {
    const pdf = await raw("nurse", `${base()}/${first.id}?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.headers["content-disposition"]).toBe(`attachment; filename="course-record-v1-${today}.pdf"`);
    const text = (await pdfPages(pdf.rawPayload)).join(" ");
    expect(text).toContain("Treatment course record");
    expect(text).toContain("Demo Clinic");
    expect(text).toContain(`Content SHA-256 ${first.contentHash}`);
    expect(text).toContain(`Prepared by: ${demoEmail("prescriber")}`);
    expect(text).toContain("No trajectory toward response after optimization");
    const html = await raw("readonly", `${base()}/${first.id}?format=html`);
    expect(html.statusCode).toBe(200);
    expect(html.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(String(html.headers["content-security-policy"])).toContain("sandbox");
    expect(html.body).toContain("<h1>Treatment course record</h1>");
    const meta = json<Doc>(await clients.readonly.request("GET", `${base()}/${first.id}`));
    expect(meta.contentHash).toBe(first.contentHash);
  });

  it("refuses a nurse signing, and lets a prescriber sign once", async () => {
    expect((await clients.nurse.request("POST", `${base()}/${first.id}/sign`)).status).toBe(403);
    const signed = await clients.prescriber.request("POST", `${base()}/${first.id}/sign`);
    expect(signed.status).toBe(200);
    expect(json<Doc>(signed)).toMatchObject({ signed: true, version: 1 });
    expect((await clients.prescriber.request("POST", `${base()}/${first.id}/sign`)).status).toBe(409);
    const text = (
      await pdfPages((await raw("prescriber", `${base()}/${first.id}?format=pdf`)).rawPayload)
    ).join(" ");
    expect(text).toContain(`Electronically signed by ${demoEmail("prescriber")}`);
    expect(text).toContain("version 1 · Signed");
  });

  it("generating again makes version 2, which supersedes version 1; version 1 stays readable", async () => {
    const second = json<Doc>(await clients.nurse.request("POST", base(), { kind: "course-record" }));
    expect(second.version).toBe(2);
    const list = json<{ items: Doc[] }>(await clients.prescriber.request("GET", base()));
    expect(list.items.find((d) => d.id === first.id)).toMatchObject({ superseded: true, signed: true });
    expect(list.items.find((d) => d.id === second.id)).toMatchObject({ superseded: false, signed: false });
    expect((await raw("prescriber", `${base()}/${first.id}?format=pdf`)).statusCode).toBe(200);
  });

  it("refuses a kind it cannot generate from the record alone, naming the field", async () => {
    const reply = await clients.prescriber.request("POST", base(), { kind: "letter-to-nobody" });
    expect(reply.status).toBe(400);
    expect(JSON.stringify(reply.body)).toContain("kind");
  });

  it("another clinic cannot list, read or sign this clinic's documents", async () => {
    const other = await api.clinic();
    const outsider = await other.signIn("prescriber");
    const list = json<{ items: Doc[] }>(await clients.prescriber.request("GET", base()));
    const id = list.items[0]?.id ?? "";
    expect((await outsider.request("GET", base())).status).toBe(404);
    expect((await outsider.request("GET", `${base()}/${id}`)).status).toBe(404);
    expect((await outsider.request("POST", `${base()}/${id}/sign`)).status).toBe(404);
    expect((await outsider.request("POST", base(), { kind: "course-record" })).status).toBe(404);
  });

  it("audits each action by name with ids only", async () => {
    const audit = json<{ events: { action: string; resourceId: string | null }[] }>(
      await clients.admin.request("GET", "/api/audit?limit=1000"),
    );
    const actions = audit.events.map((e) => e.action);
    for (const action of ["documents.create", "documents.list", "documents.read", "documents.sign"])
      expect(actions).toContain(action);
  });
});
