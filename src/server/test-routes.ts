// The API's routes as test cases: method, path, declared access, the success status, and a valid request.

import { randomUUID } from "node:crypto";
import type { Action } from "./permissions.ts";
import { type Charted, newPatient, resources, rows, segments } from "./test-data.ts";
import { today } from "./test-fixture.ts";
import { documentCases, intakeCases } from "./test-routes-features.ts";

const unique = () => `new-${randomUUID().slice(0, 8)}@clinic.test`;
const p = (c: Charted) => `/api/patients/${c.patientId}`;

export interface RouteCase {
  readonly method: "GET" | "POST" | "PATCH" | "PUT";
  /** As registered, for matching against the OpenAPI document. */
  readonly route: string;
  readonly access: Action | "signed-in" | "public";
  /** The status an allowed caller gets. */
  readonly ok: number;
  url(c: Charted): string;
  body?(c: Charted): unknown;
}

/** Every route but the sign-in ones; `colleague` is the e-mail the user-administration routes act on. */
export function routeCases(colleague: () => string): RouteCase[] {
  return [
    { method: "GET", route: "/api/health", access: "public", ok: 200, url: () => "/api/health" },
    { method: "GET", route: "/api/auth/me", access: "signed-in", ok: 200, url: () => "/api/auth/me" },
    {
      method: "GET",
      route: "/api/patients",
      access: "patients.list",
      ok: 200,
      url: () => "/api/patients?query=Quarr",
    },
    {
      method: "POST",
      route: "/api/patients",
      access: "patients.create",
      ok: 201,
      url: () => "/api/patients",
      body: () => newPatient(),
    },
    { method: "GET", route: "/api/patients/:id", access: "patients.read", ok: 200, url: p },
    {
      method: "PATCH",
      route: "/api/patients/:id",
      access: "patients.update",
      ok: 200,
      url: p,
      body: () => ({ weightKg: 73, reason: "re-weighed" }),
    },
    {
      method: "POST",
      route: "/api/patients/:id/deactivate",
      access: "patients.status",
      ok: 200,
      url: (c) => `${p(c)}/deactivate`,
      body: () => ({ reason: "moved away" }),
    },
    {
      method: "POST",
      route: "/api/patients/:id/reactivate",
      access: "patients.status",
      ok: 200,
      url: (c) => `${p(c)}/reactivate`,
      body: () => ({ reason: "came back" }),
    },
    ...resources.flatMap((r): RouteCase[] => [
      {
        method: "GET",
        route: `/api/patients/:id/${segments[r]}`,
        access: `${r}.list` as Action,
        ok: 200,
        url: (c) => `${p(c)}/${segments[r]}`,
      },
      {
        method: "POST",
        route: `/api/patients/:id/${segments[r]}`,
        access: `${r}.add` as Action,
        ok: 201,
        url: (c) => `${p(c)}/${segments[r]}`,
        body: () => rows[r],
      },
      {
        method: "POST",
        route: `/api/patients/:id/${segments[r]}/:rowId/amendments`,
        access: `${r}.amend` as Action,
        ok: 201,
        url: (c) => `${p(c)}/${segments[r]}/${c.rowIds[r]}/amendments`,
        body: () => ({ data: rows[r], reason: "corrected" }),
      },
    ]),
    {
      method: "GET",
      route: "/api/patients/:id/record",
      access: "record.read",
      ok: 200,
      url: (c) => `${p(c)}/record`,
    },
    {
      method: "GET",
      route: "/api/patients/:id/assessment",
      access: "assessment.read",
      ok: 200,
      url: (c) => `${p(c)}/assessment?asOf=${today}`,
    },
    {
      method: "POST",
      route: "/api/patients/:id/decisions",
      access: "decisions.create",
      ok: 201,
      url: (c) => `${p(c)}/decisions`,
      body: (c) => ({ code: c.recommendation, decision: "accept", asOf: today }),
    },
    {
      method: "GET",
      route: "/api/patients/:id/decisions",
      access: "decisions.list",
      ok: 200,
      url: (c) => `${p(c)}/decisions`,
    },
    { method: "GET", route: "/api/audit", access: "audit.read", ok: 200, url: () => "/api/audit?limit=5" },
    {
      method: "POST",
      route: "/api/admin/users",
      access: "users.create",
      ok: 201,
      url: () => "/api/admin/users",
      body: () => ({ email: unique(), role: "readonly", password: "a long enough password" }),
    },
    {
      method: "POST",
      route: "/api/admin/users/revoke-sessions",
      access: "users.revokeSessions",
      ok: 204,
      url: () => "/api/admin/users/revoke-sessions",
      body: () => ({ email: colleague() }),
    },
    {
      method: "POST",
      route: "/api/admin/users/reset-totp",
      access: "users.resetTotp",
      ok: 204,
      url: () => "/api/admin/users/reset-totp",
      body: () => ({ email: colleague() }),
    },
    {
      method: "GET",
      route: "/api/admin/clinic",
      access: "clinic.read",
      ok: 200,
      url: () => "/api/admin/clinic",
    },
    {
      method: "PUT",
      route: "/api/admin/clinic/require-mfa",
      access: "clinic.update",
      ok: 200,
      url: () => "/api/admin/clinic/require-mfa",
      body: () => ({ required: false }),
    },
    ...selfReportCases(),
    ...documentCases(),
    ...intakeCases(),
  ];
}

/** The worklist, self-report links, alerts and notification settings (issue 5). */
function selfReportCases(): RouteCase[] {
  const notifications = {
    recipients: ["team@clinic.test"],
    onCall: null,
    escalationMinutes: 30,
    linkExpiryHours: 72,
    showClassification: false,
  };
  return [
    { method: "GET", route: "/api/worklist", access: "worklist.read", ok: 200, url: () => "/api/worklist" },
    {
      method: "POST",
      route: "/api/patients/:id/self-report-links",
      access: "selfReports.send",
      ok: 201,
      url: (c) => `${p(c)}/self-report-links`,
      body: () => ({ forms: ["PHQ9"], language: "en" }),
    },
    {
      method: "GET",
      route: "/api/patients/:id/self-report-links",
      access: "selfReports.list",
      ok: 200,
      url: (c) => `${p(c)}/self-report-links`,
    },
    {
      method: "GET",
      route: "/api/alerts",
      access: "alerts.list",
      ok: 200,
      url: () => "/api/alerts?open=true",
    },
    // No alert has this id: an allowed caller gets 404, a disallowed one 403 before the lookup.
    {
      method: "POST",
      route: "/api/alerts/:id/acknowledge",
      access: "alerts.acknowledge",
      ok: 404,
      url: () => `/api/alerts/${randomUUID()}/acknowledge`,
      body: () => ({ note: "called the patient" }),
    },
    {
      method: "GET",
      route: "/api/clinic/notifications",
      access: "clinic.read",
      ok: 200,
      url: () => "/api/clinic/notifications",
    },
    {
      method: "PUT",
      route: "/api/clinic/notifications",
      access: "clinic.update",
      ok: 200,
      url: () => "/api/clinic/notifications",
      body: () => notifications,
    },
    // The patient's routes need a link token in a header, which these cases do not send: 400 for anyone.
    { method: "GET", route: "/api/report", access: "public", ok: 400, url: () => "/api/report" },
    {
      method: "PUT",
      route: "/api/report/answers",
      access: "public",
      ok: 400,
      url: () => "/api/report/answers",
      body: () => ({ questionId: "PHQ9.1", value: 0 }),
    },
    {
      method: "POST",
      route: "/api/report/submit",
      access: "public",
      ok: 400,
      url: () => "/api/report/submit",
    },
  ];
}

/** Routes covered in auth.int.test.ts, because they start or end sessions. */
export const signInRoutes = [
  "POST /api/auth/login",
  "POST /api/auth/logout",
  "POST /api/auth/totp/enroll",
  "POST /api/auth/totp/confirm",
];
