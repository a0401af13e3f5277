// The OpenAPI document and docs/api.md describe every route the server serves, and the document is browsable.

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiFixture, json, openApi } from "./test-fixture.ts";

let api: ApiFixture;

beforeAll(async () => {
  api = await openApi();
}, 120_000);

afterAll(async () => {
  await api?.close();
});

type Operation = {
  summary?: string;
  tags?: string[];
  requestBody?: unknown;
  responses: Record<string, { content?: unknown }>;
};
type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, unknown> };
};

describe("the OpenAPI document", () => {
  let doc: OpenApi;
  beforeAll(async () => {
    doc = json<OpenApi>(await api.anonymous.request("GET", "/api/openapi.json"));
  });

  it("describes every operation with a summary, a tag, its body and its success response", () => {
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([m, op]) => ({ path, m, op })),
    );
    expect(operations.length).toBeGreaterThan(0);
    for (const { path, m, op } of operations) {
      const where = `${m.toUpperCase()} ${path}`;
      expect(op.summary, where).toBeTruthy();
      expect(op.tags?.length, where).toBeGreaterThan(0);
      const success = Object.entries(op.responses).find(([status]) => status.startsWith("2"));
      expect(success, where).toBeDefined();
      if (success !== undefined && success[0] !== "204") expect(success[1].content, where).toBeDefined();
      expect(op.responses["400"], where).toBeDefined();
    }
    const writes = operations.filter(
      // Sign-out, signing a document and submitting a self-report act on what the session, the stored
      // document or the link token already name: no body.
      (o) => ["post", "patch", "put"].includes(o.m) && !/\/(logout|sign|submit)$/.test(o.path),
    );
    for (const { path, m, op } of writes) expect(op.requestBody, `${m} ${path}`).toBeDefined();
    expect(doc.components.securitySchemes).toHaveProperty("session");
    const open = operations
      .filter((o) => (o.op as { security?: unknown[] }).security?.length === 0)
      .map((o) => o.path);
    expect(open.sort()).toEqual([
      "/api/auth/login",
      "/api/auth/totp/confirm",
      "/api/auth/totp/enroll",
      "/api/health",
      "/api/report",
      "/api/report/answers",
      "/api/report/submit",
    ]);
  });

  it("matches the route table in docs/api.md", () => {
    const text = readFileSync(new URL("../../docs/api.md", import.meta.url), "utf8");
    const documented = [...text.matchAll(/^\|\s*(GET|POST|PATCH|PUT|DELETE)\s*\|\s*`([^`]+)`\s*\|/gm)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    const served = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    expect(documented.sort()).toEqual(served.sort());
  });

  it("is browsable at /api/docs", async () => {
    const page = await api.app.inject({ method: "GET", url: "/api/docs/" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
  });
});
