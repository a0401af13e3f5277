// Reading a JSON input file and turning every way it can be wrong into a line naming the field and rule.

import type { InputIssue } from "../clinical/index.ts";
import type { CliIo } from "./cli-io.ts";

export type Read<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: InputIssue[] };

const fileErrors: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EISDIR: "is a directory, not a file",
  ENOTDIR: "a folder in the path is a file",
};

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** Line and column of a character offset, both from 1. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${(before.at(-1) ?? "").length + 1}`;
}

/**
 * Reads and parses one JSON document. Messages never quote the file's contents, which may be
 * patient data; V8's JSON errors do quote them, so only their position is kept.
 */
export async function readJson(io: CliIo, path: string, label: string): Promise<Read<unknown>> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    const code = errorCode(error);
    const why = (code && fileErrors[code]) ?? `cannot be read${code ? ` (${code})` : ""}`;
    return { ok: false, issues: [{ field: label, message: why }] };
  }
  if (text.trim() === "") return { ok: false, issues: [{ field: label, message: "is empty" }] };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const position = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
    const where = position === undefined ? "" : ` (at ${lineAndColumn(text, Number(position))})`;
    return { ok: false, issues: [{ field: label, message: `is not valid JSON${where}` }] };
  }
}

export function formatIssue(issue: InputIssue): string {
  return `${issue.field}: ${issue.message}`;
}
