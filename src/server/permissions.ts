// Who may do what: the role × action table, as data. Every route declares one action; docs/permissions.md is rendered from this.

import { type Role, roles } from "../store/store.ts";

/** Every action a route can declare, with what it means. The action is also the audit event's name. */
export const actionDescriptions = {
  "patients.list": "List and search the clinic's patients",
  "patients.read": "Read a patient's demographics",
  "patients.create": "Register a patient",
  "patients.update": "Correct a patient's demographics (an amendment with a reason)",
  "patients.status": "Deactivate or reactivate a patient",
  "record.read": "Read a patient's full record (the engine's input)",
  "assessment.read": "Run and read a patient's assessment",
  "sessions.list": "Read treatment sessions",
  "sessions.add": "Chart a treatment session (dose, vitals, dissociation)",
  "sessions.amend": "Correct a charted session",
  "measurements.list": "Read rating-scale measurements",
  "measurements.add": "Record a rating-scale measurement",
  "measurements.amend": "Correct a measurement",
  "medications.list": "Read current and past medications",
  "medications.add": "Record a medication",
  "medications.amend": "Correct a medication",
  "events.list": "Read clinical events",
  "events.add": "Record a clinical event",
  "events.amend": "Correct a clinical event",
  "priorTreatments.list": "Read prior treatments",
  "priorTreatments.add": "Record a prior treatment",
  "priorTreatments.amend": "Correct a prior treatment",
  "diagnoses.list": "Read diagnoses",
  "diagnoses.add": "Record a diagnosis",
  "diagnoses.amend": "Correct a diagnosis",
  "decisions.list": "Read decisions on recommendations",
  "decisions.create": "Accept or override a recommendation",
  "intake.read": "Read a patient's intake re-evaluation, coverage facts and the pathway comparison",
  "intake.update": "Save an intake re-evaluation (a new version or an amendment)",
  "coverage.update": "Record a patient's coverage facts from a benefits check",
  "priceList.read": "Read the clinic's price list for advanced pathways",
  "priceList.update": "Change the clinic's price list",
  "pathway.decide": "Record the pathway chosen with the patient, which starts the course",
  "audit.read": "Read the clinic's audit log",
  "users.create": "Create a user account",
  "users.revokeSessions": "Sign a user out everywhere",
  "users.resetTotp": "Remove a user's authenticator so they enrol again",
  "clinic.read": "Read the clinic's settings (MFA rule, alert notices, self-report links)",
  "clinic.update": "Change the clinic's settings (require MFA, alert notices, self-report links)",
  "worklist.read": "Read the worklist: active patients with what needs attention today",
  "selfReports.list": "Read the self-report links sent to a patient",
  "selfReports.send": "Send a patient a self-report link",
  "alerts.list": "Read safety alerts",
  "alerts.acknowledge": "Acknowledge a safety alert with a note",
  "documents.list": "List a patient's clinical documents and their versions",
  "documents.read": "Read or download a clinical document (HTML or PDF)",
  "documents.create": "Generate a clinical document from the record (a new draft version)",
  "documents.sign": "Sign a clinical document, which makes that version final",
} as const;

export type Action = keyof typeof actionDescriptions;
export const actions = Object.keys(actionDescriptions) as Action[];

const reads = [
  "patients.list",
  "patients.read",
  "record.read",
  "assessment.read",
  "sessions.list",
  "measurements.list",
  "medications.list",
  "events.list",
  "priorTreatments.list",
  "diagnoses.list",
  "decisions.list",
  "worklist.read",
  "selfReports.list",
  "alerts.list",
  "intake.read",
  "priceList.read",
  "documents.list",
  "documents.read",
] as const satisfies readonly Action[];

const demographics = [
  "patients.create",
  "patients.update",
  "patients.status",
] as const satisfies readonly Action[];

/** The table. Anything not listed is denied. */
export const permissions: Readonly<Record<Role, readonly Action[]>> = {
  admin: [
    ...reads,
    "audit.read",
    "users.create",
    "users.revokeSessions",
    "users.resetTotp",
    "clinic.read",
    "clinic.update",
  ],
  prescriber: [
    ...reads,
    ...demographics,
    "sessions.add",
    "sessions.amend",
    "measurements.add",
    "measurements.amend",
    "medications.add",
    "medications.amend",
    "events.add",
    "events.amend",
    "priorTreatments.add",
    "priorTreatments.amend",
    "diagnoses.add",
    "diagnoses.amend",
    "decisions.create",
    "selfReports.send",
    "alerts.acknowledge",
    "intake.update",
    "coverage.update",
    "pathway.decide",
    "documents.create",
    "documents.sign",
  ],
  nurse: [
    ...reads,
    "selfReports.send",
    "alerts.acknowledge",
    "sessions.add",
    "sessions.amend",
    "measurements.add",
    "measurements.amend",
    "medications.add",
    "medications.amend",
    "events.add",
    "events.amend",
    "documents.create",
  ],
  coordinator: [
    ...reads,
    ...demographics,
    "selfReports.send",
    "events.add",
    "events.amend",
    "priorTreatments.add",
    "priorTreatments.amend",
    "intake.update",
    "coverage.update",
    "priceList.update",
    "documents.create",
  ],
  readonly: [...reads],
};

const allowed = new Map<Role, ReadonlySet<Action>>(roles.map((r) => [r, new Set(permissions[r])]));

export function can(role: Role, action: Action): boolean {
  return allowed.get(role)?.has(action) ?? false;
}

export function isAction(value: string): value is Action {
  return Object.hasOwn(actionDescriptions, value);
}

/** docs/permissions.md, rendered from the table; a test keeps the file in step. */
export function permissionsMarkdown(): string {
  const header = `| action | ${roles.join(" | ")} | what it allows |`;
  const rule = `|---|${roles.map(() => ":-:").join("|")}|---|`;
  const rows = actions.map(
    (a) =>
      `| \`${a}\` | ${roles.map((r) => (can(r, a) ? "✓" : "–")).join(" | ")} | ${actionDescriptions[a]} |`,
  );
  return [
    "# Permissions",
    "",
    "<!-- Generated from src/server/permissions.ts; permissions.test.ts fails when this file is out of step. -->",
    "",
    "Every API route declares exactly one action (or is public, or needs only a signed-in user).",
    "A request is checked against this table before its body is read; anything not marked ✓ is",
    "refused with `403 forbidden` and recorded in the audit log. The action is also the name the",
    "audit log records for the request.",
    "",
    header,
    rule,
    ...rows,
    "",
    "Routes that need only a signed-in user, whatever the role: `GET /api/auth/me`, `POST /api/auth/logout`.",
    "Public routes: `GET /api/health`, `POST /api/auth/login`, `POST /api/auth/totp/enroll`,",
    "`POST /api/auth/totp/confirm`, `GET /api/openapi.json`, `/api/docs`.",
    "",
  ].join("\n");
}
