// Grows a backup of a few hundred charted patients into one of thousands: each copy gets new ids, a name and an MRN.

import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import type { BackupHeader } from "../src/store/index.ts";
import { benchName } from "./api-seed.ts";

type Row = Record<string, unknown>;

/** The template's rows by table, as the backup holds them (the store's own columns, read back by restore). */
async function readSections(file: string): Promise<{ header: BackupHeader; rows: Map<string, Row[]> }> {
  const lines = (await readFile(file, "utf8")).split("\n");
  const header = JSON.parse(lines[0] ?? "") as BackupHeader;
  const rows = new Map<string, Row[]>();
  let at = 1;
  for (const table of header.tables) {
    rows.set(
      table.name,
      lines.slice(at + 1, at + 1 + table.rows).map((line) => JSON.parse(line) as Row),
    );
    at += 1 + table.rows;
  }
  return { header, rows };
}

/** Rows that point at a patient; the others (clinic, users, audit) are copied once, unchanged. */
const ownedByPatient = (rows: readonly Row[]): boolean => rows.some((r) => "patient_id" in r);

function byPatient(rows: readonly Row[]): Map<unknown, Row[]> {
  const groups = new Map<unknown, Row[]>();
  for (const row of [...rows].sort((a, b) => Number(a.seq) - Number(b.seq))) {
    if ((row.row_id ?? null) !== null || (row.course_id ?? null) !== null) {
      throw new Error("the template holds amendments or courses, which the copy does not renumber");
    }
    const group = groups.get(row.patient_id) ?? [];
    group.push(row);
    groups.set(row.patient_id, group);
  }
  return groups;
}

export interface Cloned {
  readonly patientIds: string[];
  readonly rows: ReadonlyMap<string, number>;
}

/**
 * Writes `out`: the template's clinic and users, and `patients` patients, patient j a copy of template
 * patient j mod n with every charted row, in charting order, under new ids. Checksummed like a real backup.
 */
export async function cloneBackup(template: string, out: string, patients: number): Promise<Cloned> {
  const { header, rows } = await readSections(template);
  const originals = [...(rows.get("patients") ?? [])].sort((a, b) =>
    String(a.mrn).localeCompare(String(b.mrn)),
  );
  if (originals.length === 0) throw new Error("the template has no patients");
  const patientIds = Array.from({ length: patients }, () => randomUUID());
  const templateOf = (j: number): Row => originals[j % originals.length] ?? {};

  const groups = new Map<string, Map<unknown, Row[]>>();
  const counts = new Map<string, number>();
  for (const table of header.tables) {
    const own = rows.get(table.name) ?? [];
    if (table.name === "patients") counts.set(table.name, patients);
    else if (!ownedByPatient(own)) counts.set(table.name, own.length);
    else {
      const grouped = byPatient(own);
      groups.set(table.name, grouped);
      let n = 0;
      for (let j = 0; j < patients; j++) n += grouped.get(templateOf(j).id)?.length ?? 0;
      counts.set(table.name, n);
    }
  }

  const stream = createWriteStream(out, { mode: 0o600 });
  const hash = createHash("sha256");
  const write = async (text: string) => {
    const line = `${text}\n`;
    hash.update(line);
    if (!stream.write(line)) await once(stream, "drain");
  };
  const tables = header.tables.map((t) => ({ ...t, rows: counts.get(t.name) ?? 0 }));
  await write(JSON.stringify({ ...header, createdAt: new Date().toISOString(), tables }));
  for (const table of tables) {
    await write(JSON.stringify({ table: table.name, rows: table.rows }));
    const grouped = groups.get(table.name);
    if (table.name === "patients") {
      for (let j = 0; j < patients; j++) {
        const { givenName, familyName } = benchName(j);
        const mrn = `BENCH-${String(j).padStart(6, "0")}`;
        const copy = {
          ...templateOf(j),
          id: patientIds[j],
          mrn,
          given_name: givenName,
          family_name: familyName,
        };
        await write(JSON.stringify(copy));
      }
    } else if (grouped === undefined) {
      for (const row of rows.get(table.name) ?? []) await write(JSON.stringify(row));
    } else {
      let seq = 0;
      for (let j = 0; j < patients; j++) {
        for (const row of grouped.get(templateOf(j).id) ?? []) {
          seq += 1;
          await write(JSON.stringify({ ...row, id: randomUUID(), patient_id: patientIds[j], seq }));
        }
      }
    }
  }
  stream.end(`${JSON.stringify({ sha256: hash.digest("hex") })}\n`);
  await once(stream, "finish");
  return { patientIds, rows: counts };
}
