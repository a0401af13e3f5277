// The connection pool, and the start-up check that the role it logs in as cannot bypass row-level security.

import pg from "pg";
import { StoreError } from "./errors.ts";

export interface ConnectionInfo {
  readonly kind: "embedded" | "url";
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  /** The data folder, for the embedded server. */
  readonly dataDir: string | null;
}

export function createPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, application_name: "titrate", max: 10 });
  // An idle connection the server dropped (restart, failover) is discarded by the pool; the next
  // query reports the problem. Without a listener the event would crash the process.
  pool.on("error", () => undefined);
  return pool;
}

/** Where the store is connected, without the password; blanks for parts a non-URL string does not say. */
export function describeUrl(url: string, dataDir: string | null): ConnectionInfo {
  const kind = dataDir === null ? "url" : "embedded";
  try {
    const parsed = new URL(url);
    return {
      kind,
      host: parsed.hostname,
      port: parsed.port === "" ? 5432 : Number(parsed.port),
      database: decodeURIComponent(parsed.pathname.replace(/^\//, "")),
      user: decodeURIComponent(parsed.username),
      dataDir,
    };
  } catch {
    return { kind, host: "", port: 5432, database: "", user: "", dataDir };
  }
}

/** Refuses a role that row-level security would not bind: a superuser, or one with BYPASSRLS. */
export async function assertRoleIsBoundByRls(pool: pg.Pool): Promise<void> {
  const result = await pool.query<{ name: string; superuser: boolean; bypassrls: boolean }>(
    "select rolname as name, rolsuper as superuser, rolbypassrls as bypassrls from pg_roles where rolname = current_user",
  );
  const role = result.rows[0];
  if (role === undefined)
    throw new StoreError("unsafe-database-role", "Cannot read the database role's attributes.");
  if (role.superuser || role.bypassrls) {
    const what = role.superuser ? "a superuser" : "allowed to bypass row-level security (BYPASSRLS)";
    throw new StoreError(
      "unsafe-database-role",
      `The database role "${role.name}" is ${what}, so the database would not keep clinics apart. ` +
        "Connect Titrate as an ordinary role that owns its database, for example: " +
        "CREATE ROLE titrate LOGIN PASSWORD '…' NOSUPERUSER NOBYPASSRLS; CREATE DATABASE titrate OWNER titrate;",
    );
  }
}
