// The web app beside the API: files and client routes served, /api and missing assets left to the JSON 404.

import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasWebApp, webStatic } from "./web-static.ts";

let root = "";
let app: FastifyInstance;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "titrate-web-"));
  await mkdir(path.join(root, "assets"));
  await writeFile(path.join(root, "index.html"), "<!doctype html><title>Titrate</title>");
  await writeFile(path.join(root, "assets", "index-abc123.js"), "console.log(1)");
  app = Fastify();
  app.setNotFoundHandler(async (_request, reply) => reply.status(404).send({ error: "not-found" }));
  app.get("/api/health", async () => ({ ok: true }));
  await app.register(webStatic, { root });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  await rm(root, { recursive: true, force: true });
});

describe("webStatic", () => {
  it("serves the page, revalidated every time", async () => {
    const reply = await app.inject({ url: "/" });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers["content-type"]).toMatch(/text\/html/);
    expect(reply.headers["cache-control"]).toBe("no-cache");
  });

  it("answers a client route (a deep link) with the page", async () => {
    const reply = await app.inject({ url: "/patients/0b0e8d4a-4d9f-4c8e-9a51-5f0b5c1d2e3f/rate?x=1" });
    expect(reply.statusCode).toBe(200);
    expect(reply.body).toContain("<title>Titrate</title>");
  });

  it("caches hashed assets for good", async () => {
    const reply = await app.inject({ url: "/assets/index-abc123.js" });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("never shadows the API or turns a missing file into the page", async () => {
    expect((await app.inject({ url: "/api/health" })).json()).toEqual({ ok: true });
    for (const url of ["/api/nope", "/api", "/assets/gone.js", "/favicon.ico"]) {
      const reply = await app.inject({ url });
      expect(reply.statusCode, url).toBe(404);
      expect(reply.json(), url).toEqual({ error: "not-found" });
    }
  });
});

describe("hasWebApp", () => {
  it("is false for a folder without a build, so the server runs the API alone", async () => {
    expect(hasWebApp(root)).toBe(true);
    expect(hasWebApp(path.join(root, "missing"))).toBe(false);
  });
});
