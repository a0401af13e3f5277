// The post-dose observation as the form holds it, the timed check being typed, and both turned into API bodies.

import {
  type ObservationCheck,
  observationCheckSchema,
  type PostDoseObservation,
  postDoseObservationSchema,
  sedationLevels,
} from "../../../src/clinical/index.ts";
import type { FieldIssue } from "../api/client.ts";
import { zodIssues } from "./zod-issues.ts";

export type SedationLevel = (typeof sedationLevels)[number];
export { sedationLevels };

/** One timed check as typed: text, so a half-typed number is kept. */
export interface CheckDraft {
  readonly minutesAfterDose: string;
  readonly systolic: string;
  readonly diastolic: string;
  readonly heartRate: string;
  readonly spo2: string;
  readonly sedation: "" | SedationLevel;
  readonly dissociation: "" | "yes" | "no";
}

export interface ObservationDraft {
  /** HH:MM; empty until the dose is given. */
  readonly doseTime: string;
  /** Checks already added: each passed the server's schema when it was added. */
  readonly checks: readonly ObservationCheck[];
  readonly respiratoryDepression: boolean;
  readonly adverseEvents: string;
  readonly readyToLeaveMinutes: string;
  readonly dischargeCriteriaMet: boolean;
  readonly escortConfirmed: boolean;
  readonly remsPatientId: string;
}

export const emptyCheck: CheckDraft = {
  minutesAfterDose: "",
  systolic: "",
  diastolic: "",
  heartRate: "",
  spo2: "",
  sedation: "",
  dissociation: "",
};

export const emptyObservation: ObservationDraft = {
  doseTime: "",
  checks: [],
  respiratoryDepression: false,
  adverseEvents: "",
  readyToLeaveMinutes: "",
  dischargeCriteriaMet: false,
  escortConfirmed: false,
  remsPatientId: "",
};

function num(text: string): number | undefined {
  const t = text.trim();
  return t === "" ? undefined : Number(t);
}

/** The check as the API would take it: numbers where typed, blood pressure only as a pair. */
export function checkBody(draft: CheckDraft): Record<string, unknown> {
  const [minutes, sys, dia, hr, spo2] = [
    draft.minutesAfterDose,
    draft.systolic,
    draft.diastolic,
    draft.heartRate,
    draft.spo2,
  ].map(num);
  return {
    minutesAfterDose: minutes,
    ...(sys === undefined && dia === undefined ? {} : { bloodPressure: { systolic: sys, diastolic: dia } }),
    ...(hr === undefined ? {} : { heartRate: hr }),
    ...(spo2 === undefined ? {} : { spo2 }),
    ...(draft.sedation === "" ? {} : { sedation: draft.sedation }),
    ...(draft.dissociation === "" ? {} : { dissociation: draft.dissociation === "yes" }),
  };
}

/** The typed check checked with the server's own schema: the check, or its issues by field (`heartRate`). */
export function parseCheck(
  draft: CheckDraft,
): { ok: true; check: ObservationCheck } | { ok: false; issues: FieldIssue[] } {
  const body = checkBody(draft);
  const issues: FieldIssue[] = [];
  if (draft.minutesAfterDose.trim() === "")
    issues.push({ field: "minutesAfterDose", message: "Enter the minutes after the dose." });
  const parsed = observationCheckSchema.safeParse(body);
  if (!parsed.success) issues.push(...zodIssues(parsed.error));
  const recorded = Object.keys(body).length > 1;
  if (!recorded) issues.push({ field: "check", message: "Record at least one observation." });
  return parsed.success && issues.length === 0 ? { ok: true, check: parsed.data } : { ok: false, issues };
}

/** The observation as the API takes it, or undefined when nothing has been recorded yet. */
export function observationBody(draft: ObservationDraft): Record<string, unknown> | undefined {
  const untouched =
    draft.doseTime === "" &&
    draft.checks.length === 0 &&
    !draft.respiratoryDepression &&
    draft.adverseEvents.trim() === "" &&
    draft.readyToLeaveMinutes.trim() === "" &&
    !draft.dischargeCriteriaMet &&
    !draft.escortConfirmed &&
    draft.remsPatientId.trim() === "";
  if (untouched) return undefined;
  const ready = num(draft.readyToLeaveMinutes);
  const events = draft.adverseEvents
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return {
    doseTime: draft.doseTime,
    checks: draft.checks,
    ...(draft.respiratoryDepression ? { respiratoryDepression: true } : {}),
    adverseEvents: events,
    ...(ready === undefined ? {} : { readyToLeaveMinutes: ready }),
    dischargeCriteriaMet: draft.dischargeCriteriaMet,
    escortConfirmed: draft.escortConfirmed,
    ...(draft.remsPatientId.trim() === "" ? {} : { remsPatientId: draft.remsPatientId.trim() }),
  };
}

/** The observation checked with the server's schema, its issues named as the API names them (`observation.doseTime`). */
export function parseObservation(draft: ObservationDraft): {
  observation: PostDoseObservation | undefined;
  issues: FieldIssue[];
} {
  const body = observationBody(draft);
  if (body === undefined) return { observation: undefined, issues: [] };
  const parsed = postDoseObservationSchema.safeParse(body);
  if (parsed.success) return { observation: parsed.data, issues: [] };
  return {
    observation: undefined,
    issues: zodIssues(parsed.error).map((i) => ({ ...i, field: `observation.${i.field}` })),
  };
}
