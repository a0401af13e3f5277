// Every route × every role (and no session): allowed exactly when the permission table says so.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Role, roles } from "../store/store.ts";
import { can } from "./permissions.ts";
import { type Charted, chartPatient } from "./test-data.ts";
import { type ApiFixture, auditLog, type Client, type ClinicFixture, json, openApi } from "./test-fixture.ts";
import { routeCases, signInRoutes } from "./test-routes.ts";

let api: ApiFixture;
let clinic: ClinicFixture;
let charted: Charted;
let colleague = "";
const cases = routeCases(() => colleague);
const clients = new Map<Role, Client>();
function clientFor(role: Role): Client {
  const client = clients.get(role);
  if (client === undefined) throw new Error(`no ${role} client`);
  return client;
}

beforeAll(async () => {
  api = await openApi();
  clinic = await api.clinic();
  for (const role of roles) clients.set(role, await clinic.signIn(role));
  charted = await chartPatient(clientFor("prescriber"));
  colleague = (await api.account(clinic.clinic, "readonly")).email;
}, 120_000);

afterAll(async () => {
  await api?.close();
});

describe("the route catalogue", () => {
  it("covers every route the app serves", async () => {
    const doc = json<{ paths: Record<string, Record<string, unknown>> }>(
      await api.anonymous.request("GET", "/api/openapi.json"),
    );
    const served = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    const listed = [...cases.map((c) => `${c.method} ${c.route}`), ...signInRoutes];
    expect([...served].sort()).toEqual([...listed].sort());
  });
});

describe.each(cases)("$method $route ($access)", (route) => {
  it.each([...roles])("as %s", async (role) => {
    const reply = await clientFor(role).request(route.method, route.url(charted), route.body?.(charted));
    const allowed = route.access === "public" || route.access === "signed-in" || can(role, route.access);
    if (allowed) expect(reply.status, JSON.stringify(reply.body)).toBe(route.ok);
    else expect(reply.body).toEqual({ error: "forbidden", message: expect.any(String) });
    if (!allowed) expect(reply.status).toBe(403);
  });

  it("without a session", async () => {
    const reply = await api.anonymous.request(route.method, route.url(charted), route.body?.(charted));
    expect(reply.status).toBe(route.access === "public" ? route.ok : 401);
  });
});

describe("HEAD, which Fastify adds for every GET", () => {
  it.each(cases.filter((c) => c.method === "GET" && c.access !== "public"))(
    "$route needs a session too",
    async (route) => {
      expect((await api.anonymous.request("HEAD", route.url(charted))).status).toBe(401);
    },
  );
});

describe("denied requests", () => {
  it("write nothing: only allowed roles' sessions were added", async () => {
    const list = await clientFor("prescriber").request("GET", `/api/patients/${charted.patientId}/sessions`);
    const allowedAdders = roles.filter((r) => can(r, "sessions.add")).length;
    expect(json<{ items: unknown[] }>(list).items).toHaveLength(1 + allowedAdders);
  });

  it("are in the audit log as denied, with the action named", async () => {
    const events = await auditLog(clientFor("admin"));
    expect(events).toContainEqual(
      expect.objectContaining({ action: "sessions.add", outcome: "denied", role: "readonly" }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ action: "decisions.create", outcome: "denied", role: "nurse" }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ action: "sessions.add", outcome: "success", role: "nurse" }),
    );
  });
});
