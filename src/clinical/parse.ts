// The input boundary: turns untrusted JSON into a PatientRecord, or into errors that name each field and rule.

import type { z } from "zod";
import { isCalendarDate } from "./dates.ts";
import { sessionLimitViolations } from "./dose.ts";
import { checkMeasurement } from "./instruments/index.ts";
import { type PatientRecord, patientRecordSchema } from "./record.ts";
import { type ClinicSettings, clinicSettingsSchema } from "./settings.ts";

export interface InputIssue {
  /** Path into the input, e.g. `measurements[2].total`. */
  readonly field: string;
  readonly message: string;
}

export type Invalid = { readonly ok: false; readonly issues: InputIssue[] };
export type ParsedRecord = { readonly ok: true; readonly record: PatientRecord } | Invalid;
export type ParsedSettings = { readonly ok: true; readonly settings: ClinicSettings } | Invalid;
export type ParsedDate = { readonly ok: true; readonly date: string } | Invalid;

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out || "(record)";
}

export function zodIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((i) => ({ field: fieldPath(i.path), message: i.message }));
}

/** Dates later than today (the schema has already refused impossible ones such as 2026-02-30). */
function dateIssues(record: PatientRecord, today: string): InputIssue[] {
  const issues: InputIssue[] = [];
  const check = (field: string, date: string | undefined) => {
    if (date === undefined) return;
    if (date > today) issues.push({ field, message: `must not be in the future (after ${today})` });
  };
  check("patient.birthDate", record.patient.birthDate);
  for (const [i, s] of record.sessions.entries()) check(`sessions[${i}].date`, s.date);
  for (const [i, m] of record.measurements.entries()) check(`measurements[${i}].date`, m.date);
  for (const [i, e] of record.events.entries()) check(`events[${i}].date`, e.date);
  for (const [i, m] of record.medications.entries()) check(`medications[${i}].start`, m.start);
  record.medications.forEach((m, i) => {
    if (m.start !== undefined && m.end !== undefined && m.end < m.start) {
      issues.push({ field: `medications[${i}].end`, message: "must not be before the start date" });
    }
  });
  return issues;
}

/** Rules that need clinical knowledge: item ranges and totals per instrument, dose hard limits per modality. */
function clinicalIssues(record: PatientRecord): InputIssue[] {
  const issues: InputIssue[] = [];
  record.measurements.forEach((m, i) => {
    const checked = checkMeasurement(m.instrument, m);
    if ("errors" in checked)
      for (const e of checked.errors)
        issues.push({ field: `measurements[${i}].${e.field}`, message: e.message });
  });
  record.sessions.forEach((s, i) => {
    for (const v of sessionLimitViolations(s))
      issues.push({ field: `sessions[${i}].${v.field}`, message: v.message });
    if (s.dissociation) {
      const checked = checkMeasurement("CADSS", s.dissociation);
      if ("errors" in checked) {
        for (const e of checked.errors)
          issues.push({ field: `sessions[${i}].dissociation.${e.field}`, message: e.message });
      }
    }
    if (s.date < record.patient.birthDate)
      issues.push({ field: `sessions[${i}].date`, message: "must not be before the birth date" });
  });
  return issues;
}

/** Validates a record once, at the edge. `today` comes from the caller's clock: the engine has none. */
export function parseRecord(input: unknown, options: { readonly today: string }): ParsedRecord {
  const parsed = patientRecordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const issues = [...dateIssues(parsed.data, options.today), ...clinicalIssues(parsed.data)];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, record: parsed.data };
}

export function parseSettings(input: unknown): ParsedSettings {
  const parsed = clinicSettingsSchema.safeParse(input);
  return parsed.success
    ? { ok: true, settings: parsed.data }
    : { ok: false, issues: zodIssues(parsed.error) };
}

/** An as-of date for an assessment: a real date, not after today. */
export function parseAsOf(input: string, today: string): ParsedDate {
  if (!isCalendarDate(input))
    return { ok: false, issues: [{ field: "asOf", message: "must be a real date written YYYY-MM-DD" }] };
  if (input > today)
    return { ok: false, issues: [{ field: "asOf", message: `must not be in the future (after ${today})` }] };
  return { ok: true, date: input };
}
