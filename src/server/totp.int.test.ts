// MFA end to end on the real store: enrolment, the code at sign-in, one use per code, admin reset, clinic policy.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpAt } from "./auth/totp.ts";
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

async function enrol(email: string): Promise<string> {
  const started = await api.anonymous.request("POST", "/api/auth/totp/enroll", { email, password });
  expect(started.status).toBe(200);
  const { secret, otpauthUri } = json<{ secret: string; otpauthUri: string }>(started);
  expect(otpauthUri).toContain(`secret=${secret}`);
  const code = await totpAt(secret, api.now());
  const confirmed = await api.anonymous.request("POST", "/api/auth/totp/confirm", {
    email,
    password,
    totp: code,
  });
  expect(confirmed.status).toBe(200);
  expect(json(confirmed)).toMatchObject({ user: { totpEnrolled: true } });
  // The confirming code is spent; the next sign-in types the authenticator's next one.
  api.advance(30_000);
  return secret;
}

describe("TOTP", () => {
  it("once enrolled, sign-in needs the current code", async () => {
    const { email } = await api.account(clinic.clinic, "prescriber");
    const secret = await enrol(email);

    const without = await login({ email, password });
    expect(without.status).toBe(401);
    expect(json(without)).toMatchObject({ error: "mfa-required", mfa: "code" });
    expect(without.headers["set-cookie"]).toBeUndefined();

    const stale = await totpAt(secret, new Date(api.now().getTime() - 10 * minute));
    expect((await login({ email, password, totp: stale })).status).toBe(401);
    expect((await login({ email, password, totp: await totpAt(secret, api.now()) })).status).toBe(200);
  });

  it("a code signs in once: a replay is refused, and of two racing requests only one wins", async () => {
    const { email } = await api.account(clinic.clinic, "prescriber");
    const secret = await enrol(email);
    const code = await totpAt(secret, api.now());
    expect((await login({ email, password, totp: code })).status).toBe(200);
    const replay = await login({ email, password, totp: code });
    expect(replay.status).toBe(401);
    expect(json(replay)).toMatchObject({ error: "mfa-required", mfa: "code" });
    // An older code still inside the drift window is refused too: steps only move forward.
    api.advance(30_000);
    const previous = await totpAt(secret, new Date(api.now().getTime() - 30_000));
    expect((await login({ email, password, totp: previous })).status).toBe(401);

    api.advance(30_000);
    const fresh = await totpAt(secret, api.now());
    const raced = await Promise.all([1, 2, 3].map(() => login({ email, password, totp: fresh })));
    expect(raced.map((r) => r.status).sort()).toEqual([200, 401, 401]);
  });

  it("cannot be replaced by re-enrolling with the password alone", async () => {
    const { email } = await api.account(clinic.clinic, "nurse");
    await enrol(email);
    const again = await api.anonymous.request("POST", "/api/auth/totp/enroll", { email, password });
    expect(again.status).toBe(409);
  });

  it("confirm refuses a wrong code and counts it as a failure", async () => {
    const { email } = await api.account(clinic.clinic, "nurse");
    await api.anonymous.request("POST", "/api/auth/totp/enroll", { email, password });
    const wrong = await api.anonymous.request("POST", "/api/auth/totp/confirm", {
      email,
      password,
      totp: "000000",
    });
    expect(wrong.status).toBe(401);
    expect(json(wrong)).toMatchObject({ error: "mfa-required", mfa: "code" });
  });

  it("when the clinic requires it, an unenrolled user is told to enrol, and can", async () => {
    const strict = await api.clinic({ requireMfa: true });
    const { email } = strict.accounts.nurse;
    const refused = await login({ email, password });
    expect(refused.status).toBe(401);
    expect(json(refused)).toMatchObject({ error: "mfa-required", mfa: "enroll" });
    const secret = await enrol(email);
    expect((await login({ email, password, totp: await totpAt(secret, api.now()) })).status).toBe(200);
  });

  it("an admin reset signs the user out and lets them enrol again", async () => {
    const { email } = await api.account(clinic.clinic, "nurse");
    const secret = await enrol(email);
    const session = await login({ email, password, totp: await totpAt(secret, api.now()) });
    const cookie = setCookie(session).split(";")[0] ?? "";
    const admin = await clinic.signIn("admin");
    expect((await admin.request("POST", "/api/admin/users/reset-totp", { email })).status).toBe(204);
    expect((await api.client(cookie).request("GET", "/api/auth/me")).status).toBe(401);
    expect((await login({ email, password })).status).toBe(200);
  });

  it("an admin can require MFA for the clinic", async () => {
    const other = await api.clinic();
    const admin = await other.signIn("admin");
    const set = await admin.request("PUT", "/api/admin/clinic/require-mfa", { required: true });
    expect(json(set)).toEqual({ requireMfa: true });
    const refused = await login({ email: other.accounts.readonly.email, password });
    expect(json(refused)).toMatchObject({ mfa: "enroll" });
  });
});
