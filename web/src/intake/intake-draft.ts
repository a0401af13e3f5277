// The intake form's state (the schema's input shape), its live validation with the engine's own zod schema, and
// the mapping between issue paths (local `treatments.0.weeks`, server `intake.treatments[0].weeks`) and field ids.

import {
  type IntakeRecord,
  type IntakeRecordInput,
  intakeRecordSchema,
} from "../../../src/clinical/index.ts";
import type { FieldIssue } from "../api/client.ts";

export type Draft = IntakeRecordInput;

export function emptyDraft(today: string): Draft {
  return {
    evaluatedOn: today,
    diagnosis: {
      code: "F33.1",
      display: "",
      confidence: "confirmed",
      episodeStart: today,
      severity: "moderate",
    },
    coOccurring: [],
    treatments: [],
    medical: {},
    contributors: {},
    practical: { canAttendDaily: true, canStayTwoHours: true, hasDriver: true, travelMinutes: 20 },
    preferences: {},
    priorities: {},
  };
}

/** `intake.treatments[0].weeks` or `treatments.0.weeks` → `treatments.0.weeks`. */
export function normalizeField(field: string): string {
  return field
    .replace(/^intake\./, "")
    .replace(/\[(\d+)\]/g, ".$1")
    .replace(/^\./, "");
}

/** A DOM id for a field path. */
export function fieldDomId(path: string): string {
  return `intake-${path.replace(/\./g, "-")}`;
}

export function messagesAt(issues: readonly FieldIssue[], path: string): string[] {
  return issues.filter((i) => normalizeField(i.field) === path).map((i) => i.message);
}

export type Checked =
  | { readonly ok: true; readonly intake: IntakeRecord }
  | { readonly ok: false; readonly issues: FieldIssue[] };

/** The same check the server makes, run as the user types. */
export function checkDraft(draft: Draft, today: string): Checked {
  const parsed = intakeRecordSchema.safeParse(draft);
  const issues: FieldIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ field: i.path.map(String).join("."), message: i.message }));
  if (draft.evaluatedOn > today) issues.push({ field: "evaluatedOn", message: "must not be after today" });
  if (draft.diagnosis.episodeStart > draft.evaluatedOn) {
    issues.push({ field: "diagnosis.episodeStart", message: "must not be after the evaluation date" });
  }
  if (parsed.success && issues.length === 0) return { ok: true, intake: parsed.data };
  return { ok: false, issues };
}

/** A number input's text as the schema wants it: empty is "not recorded". */
export function numberOrUndefined(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}
