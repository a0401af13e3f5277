// Integration-test fixture: the real store in a temporary data folder, the app on a movable clock, clinics, users and signed-in clients.

import { randomUUID } from "node:crypto";
import { type Clinic, type Role, roles, type Store } from "../store/store.ts";
import { startTestDatabase } from "../store/test-database.ts";
import { buildApp } from "./app.ts";
import { hashPassword } from "./auth/password.ts";
import { type ServerConfigInput, serverConfigSchema } from "./config.ts";
import type { ZodApp } from "./context.ts";

export const password = "correct horse battery staple";
/** The fixture's "now": tests move it forward to expire sessions and locks. */
export const startOfTest = new Date("2026-05-01T12:00:00Z");
export const today = "2026-05-01";

export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string | string[] | number | undefined>>;
}

export interface Client {
  readonly cookie: string | null;
  request(method: string, url: string, body?: unknown): Promise<Reply>;
}

export interface Account {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
}

export interface ClinicFixture {
  readonly clinic: Clinic;
  readonly accounts: Readonly<Record<Role, Account>>;
  signIn(role: Role): Promise<Client>;
}

export interface ApiFixture {
  readonly app: ZodApp;
  readonly store: Store;
  /** Every log line the app wrote. */
  readonly logs: string[];
  now(): Date;
  advance(ms: number): void;
  anonymous: Client;
  client(cookie: string | null): Client;
  clinic(options?: { readonly requireMfa?: boolean }): Promise<ClinicFixture>;
  /** A fresh user in `clinic` with `role`: for tests that lock, enrol or revoke. */
  account(clinic: Clinic, role: Role): Promise<Account>;
  signIn(email: string): Promise<Client>;
  close(): Promise<void>;
}

function cookieFrom(reply: Reply): string | null {
  const raw = reply.headers["set-cookie"];
  const first = Array.isArray(raw) ? raw[0] : typeof raw === "string" ? raw : undefined;
  return first === undefined ? null : (first.split(";")[0] ?? null);
}

/** Starts the real store and the app. One per test file: the embedded PostgreSQL takes seconds to start. */
export async function openApi(config: ServerConfigInput = {}): Promise<ApiFixture> {
  // The embedded server by default; CI runs the suite again against Debian's PostgreSQL through this.
  const database = await startTestDatabase();
  const { store } = database;
  let now = startOfTest;
  const logs: string[] = [];
  const app = buildApp({
    store,
    clock: () => now,
    config: serverConfigSchema.parse({
      cookieSecure: false,
      rateLimitPerMinute: 100_000,
      loginRateLimitPerMinute: 100_000,
      ...config,
    }),
    logger: { destination: { write: (line: string) => void logs.push(line) } },
    // The API alone: whether web/dist happens to be built must not change what these tests see.
    webRoot: null,
  });
  await app.ready();
  const passwordHash = await hashPassword(password);

  const client = (cookie: string | null): Client => ({
    cookie,
    async request(method, url, body) {
      const response = await app.inject({
        method: method as "GET",
        url,
        ...(cookie !== null ? { headers: { cookie } } : {}),
        ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
      });
      const text = response.body;
      return {
        status: response.statusCode,
        body: text === "" ? null : (JSON.parse(text) as unknown),
        headers: response.headers,
      };
    },
  });
  const anonymous = client(null);

  async function signIn(email: string): Promise<Client> {
    const reply = await anonymous.request("POST", "/api/auth/login", { email, password });
    const cookie = cookieFrom(reply);
    if (reply.status !== 200 || cookie === null) throw new Error(`sign-in failed: ${reply.status}`);
    return client(cookie);
  }

  async function account(clinic: Clinic, role: Role): Promise<Account> {
    const email = `${role}-${randomUUID().slice(0, 8)}@clinic.test`;
    const user = await store.admin.createUser({ clinicId: clinic.id, email, role, passwordHash });
    return { id: user.id, email, role };
  }

  return {
    app,
    store,
    logs,
    now: () => now,
    advance(ms) {
      now = new Date(now.getTime() + ms);
    },
    anonymous,
    client,
    async clinic(options = {}) {
      const clinic = await store.admin.createClinic(`Clinic ${randomUUID()}`);
      const accounts = {} as Record<Role, Account>;
      for (const role of roles) accounts[role] = await account(clinic, role);
      if (options.requireMfa === true) await store.admin.setClinicRequireMfa(clinic.id, true);
      return { clinic, accounts, signIn: (role) => signIn(accounts[role].email) };
    },
    account,
    signIn,
    async close() {
      await app.close();
      await database.stop();
    },
  };
}

/** A typed view of a JSON reply body, for tests. */
export function json<T = Record<string, unknown>>(reply: Reply): T {
  return reply.body as T;
}

export interface AuditLine {
  readonly seq: number;
  readonly action: string;
  readonly resource: string;
  readonly resourceId: string | null;
  readonly outcome: string;
  readonly role: string | null;
  readonly userId: string | null;
}

/** The whole audit log of the admin's clinic, read page by page through the API. */
export async function auditLog(admin: Client): Promise<AuditLine[]> {
  const events: AuditLine[] = [];
  let after = 0;
  for (;;) {
    const reply = await admin.request("GET", `/api/audit?afterSeq=${after}&limit=1000`);
    if (reply.status !== 200) throw new Error(`audit read failed: ${reply.status}`);
    const page = json<{ events: AuditLine[]; nextAfterSeq: number }>(reply);
    events.push(...page.events);
    // Each read is itself audited, so "until an empty page" would never end.
    if (page.events.length < 1000) return events;
    after = page.nextAfterSeq;
  }
}
