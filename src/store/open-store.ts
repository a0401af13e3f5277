// openStore: start (or reach) PostgreSQL, check the role, migrate, and hand back the Store and how to close it.

import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import type pg from "pg";
import { adminStore } from "./admin-store.ts";
import { appendAudit, verifyAudit } from "./audit-log.ts";
import { authStore } from "./auth-store.ts";
import { inClinic } from "./clinic-scope.ts";
import { dataDirLayout, prepareDataDir, readSecret } from "./data-dir.ts";
import { acquireDataDirLock, type DataDirLock, findRunningTitrate } from "./data-dir-lock.ts";
import {
  appDatabaseName,
  appRoleName,
  databaseUrl,
  type EmbeddedDatabase,
  startEmbeddedDatabase,
} from "./database-embedded.ts";
import { assertRoleIsBoundByRls, type ConnectionInfo, createPool, describeUrl } from "./database-url.ts";
import { StoreError } from "./errors.ts";
import { migrateDatabase } from "./migrate.ts";
import { selfReportStore } from "./self-report-store.ts";
import type { Store } from "./store.ts";
import { type Db, isUuid, withTenancy } from "./tenancy.ts";

/** Titrate's own PostgreSQL with its data in `dataDir`, or an existing server at `url` (DATABASE_URL). */
export type StoreConfig =
  | { readonly kind: "embedded"; readonly dataDir: string }
  | { readonly kind: "url"; readonly url: string };

export interface OpenedStore {
  readonly store: Store;
  readonly connectionInfo: ConnectionInfo;
  /** Records the HTTP address in the data folder's lock, for findRunningTitrate. A no-op on DATABASE_URL. */
  announce(httpAddress: string): Promise<void>;
  /** Closes the pool, stops the embedded server and releases the data folder. Safe to call twice. */
  close(): Promise<void>;
}

function buildStore(db: Db, close: () => Promise<void>): Store {
  return {
    inClinic: (actor, fn) => inClinic(db, actor, fn),
    auth: authStore(db),
    admin: adminStore(db),
    selfReport: selfReportStore(db),
    async auditStandalone(event) {
      if (event.clinicId !== null && !isUuid(event.clinicId)) {
        throw new StoreError("invalid-actor", "An audit event's clinic must be an id.");
      }
      const tenancy = event.clinicId === null ? { scope: "audit" as const } : { clinicId: event.clinicId };
      await withTenancy(db, tenancy, (tx) => appendAudit(tx, event, new Date()));
    },
    verifyAudit: () => verifyAudit(db),
    close,
  };
}

async function connect(url: string): Promise<pg.Pool> {
  const pool = createPool(url);
  try {
    await assertRoleIsBoundByRls(pool);
    await migrateDatabase(pool);
    return pool;
  } catch (error) {
    await pool.end();
    throw error;
  }
}

export async function openStore(config: StoreConfig): Promise<OpenedStore> {
  let lock: DataDirLock | null = null;
  let embedded: EmbeddedDatabase | null = null;
  let pool: pg.Pool;
  let connectionInfo: ConnectionInfo;
  if (config.kind === "url") {
    pool = await connect(config.url);
    connectionInfo = describeUrl(config.url, null);
  } else {
    const layout = dataDirLayout(config.dataDir);
    await prepareDataDir(layout);
    lock = await acquireDataDirLock(layout.root);
    try {
      embedded = await startEmbeddedDatabase(layout);
      await lock.update({ databasePort: embedded.port });
      pool = await connect(embedded.appUrl);
      connectionInfo = describeUrl(embedded.appUrl, layout.root);
    } catch (error) {
      await embedded?.stop();
      await lock.release();
      throw error;
    }
  }

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      try {
        await pool.end();
      } finally {
        try {
          await embedded?.stop();
        } finally {
          await lock?.release();
        }
      }
    })();
    return closing;
  };
  const heldLock = lock;
  return {
    store: buildStore(drizzle({ client: pool }), close),
    connectionInfo,
    announce: async (httpAddress) => {
      await heldLock?.update({ http: httpAddress });
    },
    close,
  };
}

/** DATABASE_URL when it is set (and not empty); otherwise the embedded server in `dataDir` (default ./data). */
export function storeConfigFrom(options: {
  readonly databaseUrl?: string | undefined;
  readonly dataDir?: string | undefined;
  readonly cwd: string;
}): StoreConfig {
  const url = options.databaseUrl?.trim();
  if (url !== undefined && url !== "") return { kind: "url", url };
  return { kind: "embedded", dataDir: path.resolve(options.cwd, options.dataDir ?? "data") };
}

/**
 * The database of a Titrate already running on `dataDir`, as a config that opens it without starting
 * another server (for CLI commands while the server runs); null when none is running.
 */
export async function runningStoreConfig(dataDir: string): Promise<StoreConfig | null> {
  const running = await findRunningTitrate(dataDir);
  if (running === null || running.databasePort === null) return null;
  const password = await readSecret(dataDirLayout(dataDir).appSecret);
  if (password === null) return null;
  return { kind: "url", url: databaseUrl(appRoleName, password, running.databasePort, appDatabaseName) };
}
