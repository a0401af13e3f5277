// For *.int.test.ts: one database per test file, on a fresh embedded server or on TITRATE_TEST_DATABASE_URL.

import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { dataDirLayout } from "./data-dir.ts";
import { databaseUrl, superuserName } from "./database-embedded.ts";
import { type OpenedStore, openStore } from "./open-store.ts";
import type { Actor, Clinic, Role, Store, User } from "./store.ts";

export interface TestDatabase {
  readonly opened: OpenedStore;
  readonly store: Store;
  /** How the application role connects, for raw SQL that must meet row-level security. */
  readonly appUrl: string;
  /** A superuser on the same database, standing in for someone with the server's keys. */
  readonly superuserUrl: string;
  /** The embedded server's data folder; null on an external server. */
  readonly dataDir: string | null;
  stop(): Promise<void>;
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function embedded(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "titrate-store-"));
  const opened = await openStore({ kind: "embedded", dataDir }).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  const layout = dataDirLayout(dataDir);
  const secret = async (file: string) => (await readFile(file, "utf8")).trim();
  const { port, database, user } = opened.connectionInfo;
  return {
    opened,
    store: opened.store,
    appUrl: databaseUrl(user, await secret(layout.appSecret), port, database),
    superuserUrl: databaseUrl(superuserName, await secret(layout.superuserSecret), port, database),
    dataDir,
    async stop() {
      await opened.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A role like the one an operator would create: it owns its database and is bound by RLS. */
async function external(adminUrl: string): Promise<TestDatabase> {
  const name = `titrate_test_${randomBytes(6).toString("hex")}`;
  const password = randomBytes(18).toString("base64url");
  await withClient(adminUrl, async (admin) => {
    await admin.query(`CREATE ROLE ${name} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '${password}'`);
    await admin.query(`CREATE DATABASE ${name} OWNER ${name}`);
  });
  const at = (user: string, secret: string) => {
    const url = new URL(adminUrl);
    url.username = user;
    url.password = secret;
    url.pathname = `/${name}`;
    return url.toString();
  };
  const appUrl = at(name, password);
  const admin = new URL(adminUrl);
  const opened = await openStore({ kind: "url", url: appUrl });
  return {
    opened,
    store: opened.store,
    appUrl,
    superuserUrl: at(decodeURIComponent(admin.username), decodeURIComponent(admin.password)),
    dataDir: null,
    async stop() {
      await opened.close();
      await withClient(adminUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.query(`DROP ROLE IF EXISTS ${name}`);
      });
    },
  };
}

export function startTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TITRATE_TEST_DATABASE_URL?.trim();
  return url === undefined || url === "" ? embedded() : external(url);
}

/** Starting a server (initdb, first start) takes a few seconds on a busy machine. */
export const startTimeout = 120_000;

export interface TestClinic {
  readonly clinic: Clinic;
  readonly user: User;
  readonly actor: Actor;
}

export async function createTestClinic(
  store: Store,
  name: string,
  role: Role = "prescriber",
): Promise<TestClinic> {
  const clinic = await store.admin.createClinic(name);
  const user = await store.admin.createUser({
    clinicId: clinic.id,
    email: `${role}@${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.example`,
    role,
    passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$not-a-real-hash",
  });
  return { clinic, user, actor: { userId: user.id, clinicId: clinic.id, role, address: "127.0.0.1" } };
}
