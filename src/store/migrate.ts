// Applies the committed SQL migrations (drizzle-kit's and the hand-written RLS and audit ones) in order, once each.

import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type pg from "pg";

export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

// Any fixed 64-bit number: Titrates starting side by side on one database migrate one at a time.
const migrationLockKey = 0x7469747261746531n;

async function appliedCount(client: pg.PoolClient): Promise<number> {
  const table = await client.query<{ found: boolean }>(
    "select to_regclass('drizzle.__drizzle_migrations') is not null as found",
  );
  if (table.rows[0]?.found !== true) return 0;
  const result = await client.query<{ n: number }>(
    "select count(*)::int as n from drizzle.__drizzle_migrations",
  );
  return result.rows[0]?.n ?? 0;
}

/** Brings the database up to date; returns how many migrations this call applied. */
export async function migrateDatabase(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [migrationLockKey.toString()]);
    try {
      const before = await appliedCount(client);
      await migrate(drizzle({ client }), { migrationsFolder });
      return (await appliedCount(client)) - before;
    } finally {
      await client.query("select pg_advisory_unlock($1)", [migrationLockKey.toString()]);
    }
  } finally {
    client.release();
  }
}
