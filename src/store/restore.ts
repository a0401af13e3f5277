// `titrate restore`: checks a backup file (format, checksum), then loads it into an empty store in one transaction.

import { createHash } from "node:crypto";
import { open, stat } from "node:fs/promises";
import type pg from "pg";
import { z } from "zod";
import { auditWholeStore, type Reached, reachDatabase, type StoreOpener, withClient } from "./backup.ts";
import {
  BackupError,
  type BackupHeader,
  backupFormat,
  backupFormatVersion,
  lines,
  migrationLevel,
  parseJson,
  readCatalog,
  setTenancy,
  type TableInfo,
} from "./backup-schema.ts";
import { openStore, type StoreConfig } from "./open-store.ts";

const headerSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.literal(backupFormatVersion),
  createdAt: z.string(),
  knowledgeVersion: z.string(),
  migrations: z.object({ count: z.number().int().min(0), last: z.string().nullable() }),
  excluded: z.array(z.string()),
  tables: z.array(
    z.object({ name: z.string(), rows: z.number().int().min(0), columns: z.array(z.string()) }),
  ),
});
const sectionSchema = z.object({ table: z.string(), rows: z.number().int().min(0) });
const trailerSchema = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });

export interface CheckedBackup {
  readonly header: BackupHeader;
  readonly sha256: string;
  /** Where the trailer starts: the checksum covers every byte before it. */
  readonly contentBytes: number;
}

async function readTrailer(file: string): Promise<{ sha256: string; contentBytes: number }> {
  const size = (await stat(file)).size;
  const length = Math.min(size, 256);
  const handle = await open(file, "r");
  const tail = Buffer.alloc(length);
  await handle.read(tail, 0, length, size - length).finally(() => handle.close());
  const lastStart = tail.lastIndexOf(0x0a, tail.length - 2) + 1;
  const trailer = trailerSchema.safeParse(parseJson(tail.toString("utf8", lastStart)));
  if (tail.at(-1) !== 0x0a || (lastStart === 0 && size > length) || !trailer.success) {
    throw new BackupError(
      "malformed",
      "The backup file has no checksum line at its end: it is cut short or damaged.",
    );
  }
  return { sha256: trailer.data.sha256, contentBytes: size - length + lastStart };
}

/** Reads the header and verifies the checksum over the whole content; refuses anything else before the database. */
export async function checkBackup(file: string): Promise<CheckedBackup> {
  const reader = lines(file, Math.min((await stat(file)).size, 64 << 20), createHash("sha256"));
  const first = await reader.next().catch(() => ({ value: undefined }));
  await reader.return(undefined);
  const value = parseJson(typeof first.value === "string" ? first.value : "");
  const probe = z.object({ format: z.string(), formatVersion: z.unknown() }).safeParse(value);
  if (!probe.success || probe.data.format !== backupFormat) {
    throw new BackupError("not-a-backup", "The file is not a Titrate backup.");
  }
  if (probe.data.formatVersion !== backupFormatVersion) {
    throw new BackupError(
      "unsupported-version",
      `The backup is in format version ${String(probe.data.formatVersion)}; this Titrate reads version ${backupFormatVersion}.`,
    );
  }
  const header = headerSchema.safeParse(value);
  if (!header.success) throw new BackupError("malformed", "The backup's header is not valid.");
  const trailer = await readTrailer(file);
  const hash = createHash("sha256");
  for await (const _ of lines(file, trailer.contentBytes, hash));
  if (hash.digest("hex") !== trailer.sha256) {
    throw new BackupError(
      "checksum-mismatch",
      "The backup's checksum does not match: the file is damaged or was changed.",
    );
  }
  return { header: header.data, ...trailer };
}

async function assertEmpty(client: pg.ClientBase): Promise<void> {
  // No other writer can add a clinic until this transaction ends.
  await client.query("lock table public.clinics in exclusive mode");
  await client.query("select set_config('titrate.scope', 'auth', true)");
  const clinics = await client.query<{ n: string }>("select count(*)::text as n from public.clinics");
  await setTenancy(client, null);
  const audit = await client.query<{ n: string }>("select count(*)::text as n from public.audit_events");
  const [c, a] = [Number(clinics.rows[0]?.n ?? 0), Number(audit.rows[0]?.n ?? 0)];
  if (c > 0 || a > 0) {
    const what = c > 0 ? `${c} clinic${c === 1 ? "" : "s"}` : `${a} audit event${a === 1 ? "" : "s"}`;
    throw new BackupError(
      "target-not-empty",
      `The target store is not empty (it has ${what}); restore only into a new data folder or an empty database.`,
    );
  }
}

async function assertSameSchema(client: pg.ClientBase, header: BackupHeader, catalog: readonly TableInfo[]) {
  const here = await migrationLevel(client);
  if (here.count !== header.migrations.count || here.last !== header.migrations.last) {
    throw new BackupError(
      "schema-mismatch",
      `The backup was made at schema migration ${header.migrations.count}; this Titrate is at ${here.count}. ` +
        "Restore it with the Titrate version that made it, then upgrade (the new version migrates on start).",
    );
  }
  for (const table of header.tables) {
    const target = catalog.find((t) => t.name === table.name);
    const same =
      target !== undefined && [...target.columns].sort().join() === [...table.columns].sort().join();
    if (!same) throw new BackupError("schema-mismatch", `The table ${table.name} differs from the backup's.`);
  }
}

/** Inserts runs of rows of one clinic at a time, under that clinic's row-level security, ids and sequences kept. */
class TableLoader {
  private batch: string[] = [];
  private batchBytes = 0;
  private batchClinic: string | null | undefined;
  readonly highest = new Map<string, number>();
  private readonly insert: string;

  constructor(
    private readonly client: pg.ClientBase,
    readonly table: TableInfo,
    columns: readonly string[],
  ) {
    const name = `public.${client.escapeIdentifier(table.name)}`;
    const list = columns.map((c) => client.escapeIdentifier(c)).join(", ");
    const overriding = table.identity.length > 0 ? " overriding system value" : "";
    this.insert = `insert into ${name} (${list})${overriding} select ${list} from json_populate_recordset(null::${name}, $1::json)`;
  }

  async add(line: string): Promise<void> {
    const row = parseJson(line);
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new BackupError("malformed", `A row of ${this.table.name} is not valid.`);
    }
    const fields = row as Record<string, unknown>;
    const key = this.table.clinicKey === null ? undefined : fields[this.table.clinicKey];
    const clinic = key === undefined ? undefined : typeof key === "string" ? key : null;
    for (const column of this.table.identity) {
      const value = Number(fields[column]);
      if (value > (this.highest.get(column) ?? 0)) this.highest.set(column, value);
    }
    if (clinic !== this.batchClinic || this.batch.length >= 1_000 || this.batchBytes >= 4 << 20)
      await this.flush();
    this.batchClinic = clinic;
    this.batch.push(line);
    this.batchBytes += line.length;
  }

  async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    await setTenancy(this.client, this.batchClinic);
    await this.client.query(this.insert, [`[${this.batch.join(",")}]`]);
    this.batch = [];
    this.batchBytes = 0;
  }

  async resetSequences(): Promise<void> {
    for (const [column, value] of this.highest) {
      await this.client.query("select setval(pg_get_serial_sequence($1, $2), $3)", [
        `public.${this.client.escapeIdentifier(this.table.name)}`,
        column,
        value,
      ]);
    }
  }
}

async function loadRows(
  client: pg.ClientBase,
  file: string,
  checked: CheckedBackup,
  catalog: readonly TableInfo[],
) {
  const hash = createHash("sha256");
  const reader = lines(file, checked.contentBytes, hash);
  const next = async (): Promise<string> => {
    const line = await reader.next();
    if (line.done === true) throw new BackupError("malformed", "The backup file ends early.");
    return line.value;
  };
  try {
    await loadSections(client, checked, catalog, next);
    if ((await reader.next()).done !== true)
      throw new BackupError("malformed", "The backup has rows past its last table.");
  } finally {
    await reader.return(undefined);
  }
  // The file is read twice; this catches a change between the check and the load.
  if (hash.digest("hex") !== checked.sha256) {
    throw new BackupError("checksum-mismatch", "The backup file changed while it was being restored.");
  }
}

async function loadSections(
  client: pg.ClientBase,
  checked: CheckedBackup,
  catalog: readonly TableInfo[],
  next: () => Promise<string>,
): Promise<void> {
  await next();
  for (const table of checked.header.tables) {
    const section = sectionSchema.safeParse(parseJson(await next()));
    const info = catalog.find((t) => t.name === table.name);
    if (!section.success || section.data.table !== table.name || section.data.rows !== table.rows || !info) {
      throw new BackupError("malformed", `The section for ${table.name} is not where the header says.`);
    }
    const loader = new TableLoader(client, info, table.columns);
    for (let i = 0; i < table.rows; i++) await loader.add(await next());
    await loader.flush();
    await loader.resetSequences();
  }
}

/** Loads a checked backup in one transaction into an empty database: all of it, or (on any error) none of it. */
export async function restoreInto(
  client: pg.ClientBase,
  file: string,
  checked: CheckedBackup,
): Promise<void> {
  await client.query("begin");
  try {
    await assertEmpty(client);
    const catalog = await readCatalog(client);
    await assertSameSchema(client, checked.header, catalog);
    await loadRows(client, file, checked, catalog);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  }
}

export interface RestoredBackup {
  readonly header: BackupHeader;
  readonly via: Reached;
  /** Whether the restore itself was recorded on the audit log (the chain of no clinic). */
  readonly audited: boolean;
  /** verifyAudit() on the restored store. */
  readonly audit: { readonly ok: boolean; readonly checked: number; readonly firstBreak: number | null };
}

/** Checks `file`, opens (creating and migrating if need be) the store `config` names, restores, verifies the audit log. */
export async function restoreStore(
  config: StoreConfig,
  file: string,
  options: { readonly now: Date; readonly address: string; readonly stores?: StoreOpener },
): Promise<RestoredBackup> {
  const checked = await checkBackup(file);
  const reached = await reachDatabase(config, options.stores);
  try {
    const opened =
      reached.opened ?? (await (options.stores?.open ?? openStore)({ kind: "url", url: reached.url }));
    try {
      const audited = await withClient(reached.url, async (client) => {
        await restoreInto(client, file, checked);
        const event = { action: "store.restore" as const, sha256: checked.sha256, address: options.address };
        return auditWholeStore(client, event, options.now);
      });
      return { header: checked.header, via: reached.via, audited, audit: await opened.store.verifyAudit() };
    } finally {
      if (reached.opened === null) await opened.close();
    }
  } finally {
    await reached.opened?.close();
  }
}
