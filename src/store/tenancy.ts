// One transaction with the row-level-security settings the policies read: the clinic, or a narrow scope.

import { sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PgTransactionConfig } from "drizzle-orm/pg-core";

export type Db = NodePgDatabase<Record<string, never>>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * `clinic`: rows of that clinic only. `auth`: sign-in's cross-clinic reads of clinics, users and sessions.
 * `audit`: every audit chain (verification) and the chain of events that belong to no clinic.
 */
export type Tenancy =
  | { readonly clinicId: string; readonly scope?: never }
  | { readonly clinicId?: never; readonly scope: "auth" | "audit" };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** BEGIN … COMMIT, or ROLLBACK when fn throws; the settings are transaction-local (set_config's `true`). */
export function withTenancy<T>(
  db: Db,
  tenancy: Tenancy,
  fn: (tx: Tx) => Promise<T>,
  config?: PgTransactionConfig,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('titrate.clinic_id', ${tenancy.clinicId ?? ""}, true), set_config('titrate.scope', ${tenancy.scope ?? ""}, true)`,
    );
    return fn(tx);
  }, config);
}
