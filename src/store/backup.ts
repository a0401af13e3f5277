// `titrate backup`: every clinic's rows from one REPEATABLE READ snapshot, written as a checksummed JSON-lines file.

import { createHash, randomBytes } from "node:crypto";
import { open, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { knowledgeVersion } from "../clinical/index.ts";
import { appendAudit } from "./audit-log.ts";
import {
  BackupError,
  type BackupHeader,
  type BackupTable,
  backupFormat,
  backupFormatVersion,
  clinicIdsOf,
  excludedTables,
  migrationLevel,
  passes,
  readCatalog,
  setTenancy,
  type TableInfo,
} from "./backup-schema.ts";
import { dataDirLayout, readSecret } from "./data-dir.ts";
import { databaseUrl } from "./database-embedded.ts";
import { DataDirLockedError } from "./errors.ts";
import { type OpenedStore, openStore, runningStoreConfig, type StoreConfig } from "./open-store.ts";
import { withTenancy } from "./tenancy.ts";

/** Writes through a hash, a megabyte at a time; the trailer, written last, is outside what it covers. */
class HashedFile {
  private readonly hash = createHash("sha256");
  private pending: string[] = [];
  private size = 0;
  bytes = 0;
  constructor(private readonly handle: Awaited<ReturnType<typeof open>>) {}
  async line(text: string): Promise<void> {
    this.pending.push(text, "\n");
    this.size += text.length + 1;
    if (this.size >= 1 << 20) await this.flush();
  }
  async flush(): Promise<void> {
    const chunk = Buffer.from(this.pending.join(""), "utf8");
    this.pending = [];
    this.size = 0;
    this.hash.update(chunk);
    this.bytes += chunk.length;
    await this.handle.write(chunk);
  }
  async finish(): Promise<string> {
    await this.flush();
    const sha256 = this.hash.digest("hex");
    await this.handle.write(`${JSON.stringify({ sha256 })}\n`);
    await this.handle.sync();
    return sha256;
  }
}

export interface BackupOptions {
  readonly now: Date;
  /** Where the command runs from, for the audit event that records the backup (`cli`). */
  readonly address: string;
  /** Called after each table is written, inside the snapshot. */
  readonly onTable?: (table: BackupTable) => void | Promise<void>;
}

export interface WrittenBackup {
  readonly file: string;
  /** False when the audit event could not be appended (a read-only replica): the file is still whole. */
  readonly audited: boolean;
  readonly header: BackupHeader;
  readonly bytes: number;
  readonly sha256: string;
}

const fetchSize = 2_000;

async function writeTable(
  client: pg.ClientBase,
  out: HashedFile,
  table: TableInfo,
  clinicIds: readonly string[],
): Promise<number> {
  const columns = table.columns.map((c) => client.escapeIdentifier(c)).join(", ");
  const order = table.primaryKey.map((c) => `r.${client.escapeIdentifier(c)}`).join(", ");
  let written = 0;
  for (const pass of passes(client, table, clinicIds)) {
    await setTenancy(client, pass.clinicId);
    await client.query(
      `declare backup_rows no scroll cursor for select row_to_json(r)::text as line from (select ${columns} from public.${client.escapeIdentifier(table.name)} ${pass.where}) r${order === "" ? "" : ` order by ${order}`}`,
    );
    for (;;) {
      const { rows } = await client.query<{ line: string }>(`fetch ${fetchSize} from backup_rows`);
      for (const row of rows) await out.line(row.line);
      written += rows.length;
      if (rows.length < fetchSize) break;
    }
    await client.query("close backup_rows");
  }
  return written;
}

async function countRows(
  client: pg.ClientBase,
  table: TableInfo,
  clinicIds: readonly string[],
): Promise<number> {
  let rows = 0;
  for (const pass of passes(client, table, clinicIds)) {
    await setTenancy(client, pass.clinicId);
    const result = await client.query<{ n: string }>(
      `select count(*)::text as n from public.${client.escapeIdentifier(table.name)} ${pass.where}`,
    );
    rows += Number(result.rows[0]?.n ?? 0);
  }
  return rows;
}

async function createPrivate(
  file: string,
): Promise<{ temporary: string; handle: Awaited<ReturnType<typeof open>> }> {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    const handle = await open(temporary, "wx", 0o600);
    await handle.chmod(0o600);
    return { temporary, handle };
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unknown error";
    throw new BackupError("cannot-write", `Cannot create a file in ${path.dirname(file)} (${reason}).`);
  }
}

/**
 * Writes the backup from one `REPEATABLE READ READ ONLY` transaction: every count and row comes from the same
 * snapshot, so the file is consistent while the server keeps writing. Temp file, then rename: no half file.
 */
export async function writeBackup(
  client: pg.ClientBase,
  file: string,
  options: BackupOptions,
): Promise<Omit<WrittenBackup, "audited">> {
  await client.query("begin isolation level repeatable read read only");
  const { temporary, handle } = await createPrivate(file).catch(async (error: unknown) => {
    await client.query("rollback");
    throw error;
  });
  try {
    const catalog = await readCatalog(client);
    const migrations = await migrationLevel(client);
    const clinicIds = await clinicIdsOf(client);
    const tables: BackupTable[] = [];
    for (const t of catalog)
      tables.push({ name: t.name, rows: await countRows(client, t, clinicIds), columns: t.columns });
    const header: BackupHeader = {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      createdAt: options.now.toISOString(),
      knowledgeVersion,
      migrations,
      excluded: excludedTables,
      tables,
    };
    const out = new HashedFile(handle);
    await out.line(JSON.stringify(header));
    for (const [i, table] of catalog.entries()) {
      const counted = tables[i];
      if (counted === undefined) throw new Error("table list out of step");
      await out.line(JSON.stringify({ table: table.name, rows: counted.rows }));
      const written = await writeTable(client, out, table, clinicIds);
      if (written !== counted.rows)
        throw new Error(`${table.name}: counted ${counted.rows} rows, read ${written}`);
      await options.onTable?.(counted);
    }
    await client.query("commit");
    const sha256 = await out.finish();
    await handle.close();
    await rename(temporary, file);
    const dir = await open(path.dirname(file), "r");
    await dir.sync().finally(() => dir.close());
    return { file, header, bytes: out.bytes, sha256 };
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

export type Reached = "running-server" | "embedded" | "database-url";

/** How the store is opened and a running Titrate found: the real ones unless a caller injects others. */
export interface StoreOpener {
  readonly open: (config: StoreConfig) => Promise<OpenedStore>;
  readonly running: (dataDir: string) => Promise<StoreConfig | null>;
}

const realOpener: StoreOpener = { open: openStore, running: runningStoreConfig };

async function embeddedUrl(opened: OpenedStore, dataDir: string): Promise<string> {
  const password = await readSecret(dataDirLayout(dataDir).appSecret);
  if (password === null) throw new Error("the embedded database's password file is missing");
  const { user, port, database } = opened.connectionInfo;
  return databaseUrl(user, password, port, database);
}

/**
 * A connection string for `config`: the database of a Titrate running on the data folder (which keeps
 * running), the folder's embedded server started here (`opened`, to close), or the URL itself.
 */
export async function reachDatabase(
  config: StoreConfig,
  stores: StoreOpener = realOpener,
): Promise<{ readonly url: string; readonly via: Reached; readonly opened: OpenedStore | null }> {
  if (config.kind === "url") return { url: config.url, via: "database-url", opened: null };
  const running = await stores.running(config.dataDir);
  if (running?.kind === "url") return { url: running.url, via: "running-server", opened: null };
  let opened: OpenedStore;
  try {
    opened = await stores.open(config);
  } catch (error) {
    // A server that started meanwhile: go through it after all.
    const started = error instanceof DataDirLockedError ? await stores.running(config.dataDir) : null;
    if (started?.kind !== "url") throw error;
    return { url: started.url, via: "running-server", opened: null };
  }
  try {
    return { url: await embeddedUrl(opened, config.dataDir), via: "embedded", opened };
  } catch (error) {
    await opened.close();
    throw error;
  }
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: "titrate-backup" });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Records a backup or restore on the audit log's chain of no clinic, naming the file by its checksum: a copy of
 * every clinic's records leaving or entering the store is an access to patient data like any other.
 */
export async function auditWholeStore(
  client: pg.Client,
  event: {
    readonly action: "store.backup" | "store.restore";
    readonly sha256: string;
    readonly address: string;
  },
  at: Date,
): Promise<boolean> {
  const input = { clinicId: null, userId: null, role: null, resource: "store", outcome: "success" as const };
  try {
    await withTenancy(drizzle({ client }), { scope: "audit" }, (tx) =>
      appendAudit(
        tx,
        { ...input, action: event.action, resourceId: event.sha256, address: event.address },
        at,
      ),
    );
    return true;
  } catch {
    return false;
  }
}

/** Backs up the store `config` names, through a running Titrate when one holds the data folder. */
export async function backupStore(
  config: StoreConfig,
  file: string,
  options: BackupOptions & { readonly stores?: StoreOpener },
): Promise<WrittenBackup & { readonly via: Reached }> {
  const reached = await reachDatabase(config, options.stores);
  try {
    const written = await withClient(reached.url, async (client) => {
      const done = await writeBackup(client, file, options);
      const event = { action: "store.backup" as const, sha256: done.sha256, address: options.address };
      return { ...done, audited: await auditWholeStore(client, event, options.now) };
    });
    return { ...written, via: reached.via };
  } finally {
    await reached.opened?.close();
  }
}
