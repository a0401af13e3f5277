// Sign-in end to end on the real store: same answer for unknown and wrong, lockout with backoff, idle expiry, revocation, rate limits.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clinic } from "../store/store.ts";
import { buildApp } from "./app.ts";
import { serverConfigSchema } from "./config.ts";
import { type ApiFixture, type ClinicFixture, json, openApi, password, type Reply } from "./test-fixture.ts";

let api: ApiFixture;
let clinic: ClinicFixture;
const minute = 60_000;

beforeAll(async () => {
  api = await openApi();
  clinic = await api.clinic();
}, 120_000);

afterAll(async () => {
  await api?.close();
});

const login = (body: Record<string, unknown>) => api.anonymous.request("POST", "/api/auth/login", body);

function setCookie(reply: Reply): string {
  const raw = reply.headers["set-cookie"];
  return (Array.isArray(raw) ? raw[0] : String(raw ?? "")) ?? "";
}

describe("signing in", () => {
  it("sets an HttpOnly, SameSite=Strict session cookie holding a 256-bit token", async () => {
    const { email } = await api.account(clinic.clinic, "nurse");
    const reply = await login({ email, password });
    expect(reply.status).toBe(200);
    expect(json(reply)).toMatchObject({ user: { email, role: "nurse" } });
    const cookie = setCookie(reply);
    expect(cookie).toMatch(/^titrate_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toContain("Path=/api");
  });

  it("marks the cookie Secure unless configured off", async () => {
    const secure = buildApp({
      store: api.store,
      clock: api.now,
      config: serverConfigSchema.parse({}),
      logger: { level: "silent" },
    });
    const { email } = await api.account(clinic.clinic, "nurse");
    const reply = await secure.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password },
    });
    expect(reply.statusCode).toBe(200);
    expect(String(reply.headers["set-cookie"])).toContain("Secure");
    await secure.close();
  });

  it("accepts the e-mail in any case", async () => {
    const { email } = await api.account(clinic.clinic, "nurse");
    expect((await login({ email: email.toUpperCase(), password })).status).toBe(200);
  });

  it("gives an unknown e-mail and a wrong password the same answer, in similar time", async () => {
    const { email } = await api.account(clinic.clinic, "nurse");
    const timed = async (body: Record<string, unknown>) => {
      const started = performance.now();
      const reply = await login(body);
      return { reply, ms: performance.now() - started };
    };
    await timed({ email: "warm@up.test", password: "x" });
    const unknown = await timed({ email: "nobody@nowhere.test", password: "whatever it is" });
    const wrong = await timed({ email, password: "not the password" });
    expect(unknown.reply.status).toBe(401);
    expect(wrong.reply.status).toBe(401);
    expect(unknown.reply.body).toEqual(wrong.reply.body);
    // Both pay for one argon2 verification; without the decoy the unknown e-mail would take ~0 ms.
    expect(unknown.ms).toBeGreaterThan(wrong.ms / 4);
  });

  it("refuses a bad body with every field named", async () => {
    const reply = await login({ email: 3 });
    expect(reply.status).toBe(400);
    expect(
      json<{ issues: { field: string }[] }>(reply)
        .issues.map((i) => i.field)
        .sort(),
    ).toEqual(["email", "password"]);
  });
});

describe("lockout", () => {
  it("locks after five failures for a minute, then doubles, and a success resets it", async () => {
    const { email } = await api.account(clinic.clinic, "prescriber");
    for (let i = 0; i < 5; i++) expect((await login({ email, password: "wrong" })).status).toBe(401);

    const locked = await login({ email, password });
    expect(locked.status).toBe(423);
    expect(json(locked)).toMatchObject({ error: "locked", retryAfterSeconds: 60 });
    expect(locked.headers["retry-after"]).toBe("60");

    api.advance(61_000);
    expect((await login({ email, password: "wrong" })).status).toBe(401);
    const again = await login({ email, password });
    expect(again.status).toBe(423);
    expect(json(again)).toMatchObject({ retryAfterSeconds: 120 });

    api.advance(121_000);
    expect((await login({ email, password })).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login({ email, password: "wrong" })).status).toBe(401);
    expect((await login({ email, password })).status).toBe(200);
  });

  it("is audited", async () => {
    const admin = await clinic.signIn("admin");
    const log = json<{ events: { action: string; outcome: string }[] }>(
      await admin.request("GET", "/api/audit?limit=1000"),
    );
    expect(log.events).toContainEqual(expect.objectContaining({ action: "auth.login", outcome: "denied" }));
    expect(log.events).toContainEqual(expect.objectContaining({ action: "auth.login", outcome: "success" }));
  });
});

describe("sessions", () => {
  it("expire after 15 idle minutes on the injected clock", async () => {
    const client = await clinic.signIn("readonly");
    api.advance(14 * minute);
    expect((await client.request("GET", "/api/auth/me")).status).toBe(200);
    api.advance(14 * minute);
    expect((await client.request("GET", "/api/auth/me")).status).toBe(200);
    api.advance(15 * minute + 1000);
    const expired = await client.request("GET", "/api/patients");
    expect(expired.status).toBe(401);
    expect(json(expired)).toMatchObject({ error: "unauthenticated" });
  });

  it("end at logout", async () => {
    const client = await clinic.signIn("nurse");
    const out = await client.request("POST", "/api/auth/logout");
    expect(out.status).toBe(204);
    expect(setCookie(out)).toMatch(/^titrate_session=;/);
    expect((await client.request("GET", "/api/auth/me")).status).toBe(401);
  });

  it("end everywhere when an admin revokes them", async () => {
    const { email } = await api.account(clinic.clinic, "coordinator");
    const first = await api.signIn(email);
    const second = await api.signIn(email);
    const admin = await clinic.signIn("admin");
    expect((await admin.request("POST", "/api/admin/users/revoke-sessions", { email })).status).toBe(204);
    expect((await first.request("GET", "/api/auth/me")).status).toBe(401);
    expect((await second.request("GET", "/api/auth/me")).status).toBe(401);
    expect((await admin.request("GET", "/api/auth/me")).status).toBe(200);
  });

  it("ignore malformed and forged cookies", async () => {
    for (const cookie of ["titrate_session=abc", `titrate_session=${"A".repeat(43)}`, "other=1"]) {
      expect((await api.client(cookie).request("GET", "/api/auth/me")).status).toBe(401);
    }
  });

  it("report who is signed in, and their clinic", async () => {
    const client = await clinic.signIn("prescriber");
    const me = json(await client.request("GET", "/api/auth/me"));
    expect(me).toMatchObject({
      user: { email: clinic.accounts.prescriber.email, role: "prescriber" },
      clinic: { id: clinic.clinic.id, requireMfa: false },
    });
  });
});

describe("rate limiting", () => {
  it("refuses a burst of sign-ins from one address with 429", async () => {
    const limited = buildApp({
      store: api.store,
      clock: api.now,
      config: serverConfigSchema.parse({ cookieSecure: false, loginRateLimitPerMinute: 3 }),
      logger: { level: "silent" },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const reply = await limited.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: "nobody@nowhere.test", password: "x" },
      });
      statuses.push(reply.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    await limited.close();
  });
});

describe("over a real socket", () => {
  let base = "";
  let clinicForSocket: Clinic;

  beforeAll(async () => {
    await api.app.listen({ port: 0, host: "127.0.0.1" });
    const address = api.app.server.address();
    if (address === null || typeof address === "string") throw new Error("no port");
    base = `http://127.0.0.1:${address.port}`;
    clinicForSocket = clinic.clinic;
  });

  it("signs in, uses the cookie, and signs out", async () => {
    const { email } = await api.account(clinicForSocket, "prescriber");
    const signedIn = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("x-content-type-options")).toBe("nosniff");
    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const me = await fetch(`${base}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(email);
    const out = await fetch(`${base}/api/auth/logout`, { method: "POST", headers: { cookie } });
    expect(out.status).toBe(204);
    expect((await fetch(`${base}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
  });

  it("answers health without sign-in", async () => {
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok" });
  });
});
