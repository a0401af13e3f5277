// Route cases for the documents and intake features, in the shape and order the route catalogue runs them.

import {
  baseIntake,
  scenarioCoverage,
  scenarioPrices,
} from "../clinical/intake/scenarios/intake-scenarios.ts";
import { roles } from "../store/store.ts";
import { can } from "./permissions.ts";
import type { Charted } from "./test-data.ts";
import { today } from "./test-fixture.ts";
import type { RouteCase } from "./test-routes.ts";

const p = (c: Charted) => `/api/patients/${c.patientId}`;

const intake = { ...baseIntake, evaluatedOn: today, cssrs: { date: today, items: [1, 0, 0, 0, 0, 0] } };
const intakeEditors = roles.filter((r) => can(r, "intake.update"));

/**
 * The intake body for the next request. Each save must name the version it was opened on, and the permission
 * test asks the roles in `roles` order, each once: the n-th request expects as many versions as editors before it.
 */
function nextIntakeBody(): () => unknown {
  let asked = 0;
  return () => {
    const expectedVersion = roles.slice(0, asked).filter((r) => can(r, "intake.update")).length;
    asked += 1;
    return { intake, expectedVersion };
  };
}

/** Intake, pathway comparison and decision, coverage facts and the price list (issue 7), in dependency order. */
export function intakeCases(): RouteCase[] {
  return [
    // Before an intake is saved (after, the answer would be an HTML page): an allowed caller gets 404, others 403.
    {
      method: "GET",
      route: "/api/patients/:id/intake/take-home",
      access: "intake.read",
      ok: 404,
      url: (c) => `${p(c)}/intake/take-home`,
    },
    {
      method: "GET",
      route: "/api/patients/:id/intake",
      access: "intake.read",
      ok: 200,
      url: (c) => `${p(c)}/intake`,
    },
    {
      method: "PUT",
      route: "/api/patients/:id/intake",
      access: "intake.update",
      ok: 200,
      url: (c) => `${p(c)}/intake`,
      body: nextIntakeBody(),
    },
    {
      method: "GET",
      route: "/api/patients/:id/intake/comparison",
      access: "intake.read",
      ok: 200,
      url: (c) => `${p(c)}/intake/comparison`,
    },
    {
      method: "POST",
      route: "/api/patients/:id/pathway-decisions",
      access: "pathway.decide",
      ok: 201,
      url: (c) => `${p(c)}/pathway-decisions`,
      body: () => ({
        pathway: "esketamine",
        intakeVersion: intakeEditors.length,
        startDate: today,
        statedPreferences: "Wants a fast option and has a driver",
      }),
    },
    {
      method: "GET",
      route: "/api/patients/:id/pathway-decisions",
      access: "intake.read",
      ok: 200,
      url: (c) => `${p(c)}/pathway-decisions`,
    },
    {
      method: "GET",
      route: "/api/patients/:id/coverage",
      access: "intake.read",
      ok: 200,
      url: (c) => `${p(c)}/coverage`,
    },
    {
      method: "PUT",
      route: "/api/patients/:id/coverage",
      access: "coverage.update",
      ok: 200,
      url: (c) => `${p(c)}/coverage`,
      body: () => ({ ...scenarioCoverage[0], checkedOn: today }),
    },
    {
      method: "GET",
      route: "/api/price-list",
      access: "priceList.read",
      ok: 200,
      url: () => "/api/price-list",
    },
    // One role may change prices, once, on the fixture clinic that has none yet.
    {
      method: "PUT",
      route: "/api/price-list",
      access: "priceList.update",
      ok: 200,
      url: () => "/api/price-list",
      body: () => ({ priceList: scenarioPrices, expectedVersion: 0 }),
    },
  ];
}

/** Clinical documents (issue 6); `documentId` is a draft generated when the patient was charted. */
export function documentCases(): RouteCase[] {
  const docs = (c: Charted) => `${p(c)}/documents`;
  return [
    {
      method: "POST",
      route: "/api/patients/:id/documents",
      access: "documents.create",
      ok: 201,
      url: docs,
      body: () => ({ kind: "course-record" }),
    },
    {
      method: "GET",
      route: "/api/patients/:id/documents",
      access: "documents.list",
      ok: 200,
      url: docs,
    },
    {
      method: "GET",
      route: "/api/patients/:id/documents/:docId",
      access: "documents.read",
      ok: 200,
      url: (c) => `${docs(c)}/${c.documentId}`,
    },
    // Only prescribers sign, and each signs the draft once; the other roles are refused before the lookup.
    {
      method: "POST",
      route: "/api/patients/:id/documents/:docId/sign",
      access: "documents.sign",
      ok: 200,
      url: (c) => `${docs(c)}/${c.documentId}/sign`,
    },
  ];
}
