// The backup file's header, refusals and lines, and the store's tables as backup and restore read them under row-level security.

import type { Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import type pg from "pg";

export const backupFormat = "titrate-backup";
export const backupFormatVersion = 1;
/** Sign-in sessions are live credentials, not records: a restored store has none, and everyone signs in again. */
export const excludedTables: readonly string[] = ["auth_sessions"];

export interface BackupTable {
  readonly name: string;
  readonly rows: number;
  readonly columns: readonly string[];
}

export interface BackupHeader {
  readonly format: typeof backupFormat;
  readonly formatVersion: number;
  readonly createdAt: string;
  readonly knowledgeVersion: string;
  /** How many schema migrations the source had applied, and the hash of the last one. */
  readonly migrations: { readonly count: number; readonly last: string | null };
  readonly excluded: readonly string[];
  /** In foreign-key order: restoring them in this order never meets a missing parent. */
  readonly tables: readonly BackupTable[];
}

export type BackupProblem =
  | "not-a-backup"
  | "unsupported-version"
  | "checksum-mismatch"
  | "malformed"
  | "target-not-empty"
  | "schema-mismatch"
  | "cannot-write";

/** An expected refusal, with a message fit for the operator; it quotes no patient data. */
export class BackupError extends Error {
  readonly problem: BackupProblem;
  constructor(problem: BackupProblem, message: string) {
    super(message);
    this.name = "BackupError";
    this.problem = problem;
  }
}

export interface TableInfo {
  readonly name: string;
  /** Stored columns, in table order; generated columns are left out (the database recomputes them). */
  readonly columns: readonly string[];
  readonly primaryKey: readonly string[];
  readonly identity: readonly string[];
  /** The column row-level security keys the table on: `id` for clinics, `clinic_id` elsewhere. */
  readonly clinicKey: string | null;
  /** Rows of no clinic exist (the audit chain of sign-ins by unknown e-mail); they are read in the audit scope. */
  readonly keyNullable: boolean;
}

interface ColumnRow {
  table: string;
  column: string;
  identity: string;
  generated: string;
  notNull: boolean;
  primary: boolean;
}

const columnsSql = `
select c.relname as "table", a.attname as "column", a.attidentity::text as identity,
  a.attgenerated::text as generated, a.attnotnull as "notNull", coalesce(a.attnum = any(p.conkey), false) as primary
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
left join pg_constraint p on p.conrelid = c.oid and p.contype = 'p'
where n.nspname = 'public' and c.relkind in ('r', 'p')
order by c.relname, a.attnum`;

const foreignKeysSql = `
select c.relname as "from", r.relname as "to"
from pg_constraint k
join pg_class c on c.oid = k.conrelid
join pg_class r on r.oid = k.confrelid
join pg_namespace n on n.oid = c.relnamespace
where k.contype = 'f' and n.nspname = 'public'`;

/** Parents before children; ties by name, so the same schema always gives the same order. */
function foreignKeyOrder(names: readonly string[], edges: readonly { from: string; to: string }[]): string[] {
  const order: string[] = [];
  const placed = new Set<string>();
  const remaining = [...names].sort();
  while (remaining.length > 0) {
    const next = remaining.find((t) =>
      edges.every((e) => e.from !== t || e.to === t || placed.has(e.to) || !names.includes(e.to)),
    );
    if (next === undefined) throw new Error(`foreign keys form a cycle among ${remaining.join(", ")}`);
    order.push(next);
    placed.add(next);
    remaining.splice(remaining.indexOf(next), 1);
  }
  return order;
}

/** The store's tables as the database describes them (not as this version's code believes), backed-up ones only. */
export async function readCatalog(client: pg.ClientBase): Promise<TableInfo[]> {
  const columns = (await client.query<ColumnRow>(columnsSql)).rows;
  const edges = (await client.query<{ from: string; to: string }>(foreignKeysSql)).rows;
  const names = [...new Set(columns.map((c) => c.table))].filter((t) => !excludedTables.includes(t));
  return foreignKeyOrder(names, edges).map((name) => {
    const own = columns.filter((c) => c.table === name && c.generated === "");
    const key = own.find((c) => c.column === (name === "clinics" ? "id" : "clinic_id"));
    return {
      name,
      columns: own.map((c) => c.column),
      primaryKey: own.filter((c) => c.primary).map((c) => c.column),
      identity: own.filter((c) => c.identity !== "").map((c) => c.column),
      clinicKey: key?.column ?? null,
      keyNullable: key !== undefined && !key.notNull,
    };
  });
}

export async function migrationLevel(client: pg.ClientBase): Promise<BackupHeader["migrations"]> {
  const found = await client.query<{ found: boolean }>(
    "select to_regclass('drizzle.__drizzle_migrations') is not null as found",
  );
  if (found.rows[0]?.found !== true) return { count: 0, last: null };
  const rows = (
    await client.query<{ hash: string }>(
      "select hash from drizzle.__drizzle_migrations order by created_at, id",
    )
  ).rows;
  return { count: rows.length, last: rows.at(-1)?.hash ?? null };
}

/** Row-level security settings for one clinic (`clinicId`), the rows of no clinic (null), or neither (undefined). */
export async function setTenancy(client: pg.ClientBase, clinicId: string | null | undefined): Promise<void> {
  const scope = clinicId === null ? "audit" : "";
  await client.query(
    "select set_config('titrate.clinic_id', $1, true), set_config('titrate.scope', $2, true)",
    [clinicId ?? "", scope],
  );
}

/** One read of a table under one clinic's settings: row-level security and an explicit filter agree. */
export interface Pass {
  readonly clinicId: string | null | undefined;
  readonly where: string;
}

export function passes(client: pg.ClientBase, table: TableInfo, clinicIds: readonly string[]): Pass[] {
  if (table.clinicKey === null) return [{ clinicId: undefined, where: "" }];
  const key = client.escapeIdentifier(table.clinicKey);
  const own = clinicIds.map((id) => ({ clinicId: id, where: `where ${key} = ${client.escapeLiteral(id)}` }));
  return table.keyNullable ? [{ clinicId: null, where: `where ${key} is null` }, ...own] : own;
}

export async function clinicIdsOf(client: pg.ClientBase): Promise<string[]> {
  // The auth scope is the one policy that lists clinics before any is chosen (docs/decisions/0002).
  await client.query(
    "select set_config('titrate.clinic_id', '', true), set_config('titrate.scope', 'auth', true)",
  );
  return (
    await client.query<{ id: string }>("select id::text as id from public.clinics order by id")
  ).rows.map((r) => r.id);
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The file's lines, split on raw bytes and hashed as read, up to (not including) byte `end`. */
export async function* lines(file: string, end: number, hash: Hash): AsyncGenerator<string> {
  if (end === 0) return;
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(file, { start: 0, end: end - 1 })) {
    const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    hash.update(data);
    let start = 0;
    for (let nl = data.indexOf(0x0a); nl !== -1; nl = data.indexOf(0x0a, start)) {
      pending.push(data.subarray(start, nl));
      yield Buffer.concat(pending).toString("utf8");
      pending = [];
      start = nl + 1;
    }
    if (start < data.length) pending.push(data.subarray(start));
  }
  if (pending.length > 0) throw new BackupError("malformed", "The backup file ends in the middle of a line.");
}
