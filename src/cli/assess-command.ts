// `titrate assess FILE`: read a record (and clinic settings), validate them at the edge, print the assessment.

import {
  assess,
  type ClinicSettings,
  type InputIssue,
  parseAsOf,
  parseRecord,
  parseSettings,
} from "../clinical/index.ts";
import { type CliIo, type ExitCode, exitCodes } from "./cli-io.ts";
import { formatSummary } from "./format-summary.ts";
import { formatIssue, type Read, readJson } from "./read-input.ts";

export interface AssessOptions {
  readonly asOf?: string;
  readonly json?: boolean;
  readonly settings?: string;
}

/** The engine names the whole input `(record)` or nothing; on the command line the file's label reads better. */
function relabel(issues: readonly InputIssue[], label: string, prefix: string): InputIssue[] {
  return issues.map((i) => ({
    field: i.field === "" || i.field.startsWith("(") ? label : `${prefix}${i.field}`,
    message: i.message,
  }));
}

async function readSettings(io: CliIo, path: string | undefined): Promise<Read<ClinicSettings | undefined>> {
  if (path === undefined) return { ok: true, value: undefined };
  const json = await readJson(io, path, "settings file");
  if (!json.ok) return json;
  const parsed = parseSettings(json.value);
  if (parsed.ok) return { ok: true, value: parsed.settings };
  return { ok: false, issues: relabel(parsed.issues, "settings", "settings.") };
}

/** Runs the command and returns the exit status; on bad input, stdout stays empty. */
export async function assessCommand(file: string, options: AssessOptions, io: CliIo): Promise<ExitCode> {
  const today = io.today();
  const asOf = options.asOf ?? today;
  const checkedAsOf = parseAsOf(asOf, today);
  if (!checkedAsOf.ok)
    return reject(
      io,
      checkedAsOf.issues.map((i) => ({ field: "--as-of", message: i.message })),
    );

  const settings = await readSettings(io, options.settings);
  const json = await readJson(io, file, "record file");
  const issues = [...(settings.ok ? [] : settings.issues), ...(json.ok ? [] : json.issues)];
  const parsed = json.ok ? parseRecord(json.value, { today: asOf }) : undefined;
  if (parsed && !parsed.ok) {
    issues.push(...relabel(parsed.issues, "record", ""));
  }
  if (issues.length > 0 || !settings.ok || !parsed?.ok) return reject(io, issues);

  const assessment =
    settings.value === undefined ? assess(parsed.record, asOf) : assess(parsed.record, asOf, settings.value);
  io.stdout(options.json ? `${JSON.stringify(assessment, null, 2)}\n` : formatSummary(assessment));
  return exitCodes.ok;
}

function reject(io: CliIo, issues: readonly InputIssue[]): ExitCode {
  const lines = issues.length > 0 ? issues : [{ field: "input", message: "is not valid" }];
  io.stderr(lines.map((i) => `${formatIssue(i)}\n`).join(""));
  return exitCodes.input;
}
