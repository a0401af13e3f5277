// Rows that PostgreSQL sent as JSON (to_json, json_agg), read back into a table's typed shape as a select would.

import { getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/** A row as to_json writes it: column names to JSON values. */
export type Json = Readonly<Record<string, unknown>>;

/**
 * to_json names fields by column and writes values in JSON's types; each column's own decoder turns them
 * into what drizzle's select returns (a timestamp string into a Date, an array's items one by one).
 */
export function rowFromJson<T extends PgTable>(table: T, json: Json): T["$inferSelect"] {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T["$inferSelect"];
}
