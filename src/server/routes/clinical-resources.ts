// A patient's clinical rows (sessions, measurements, medications, events, prior treatments, diagnoses): list, add, amend.

import { z } from "zod";
import {
  diagnosisSchema,
  eventSchema,
  measurementSchema,
  medicationSchema,
  priorTreatmentSchema,
  sessionSchema,
} from "../../clinical/index.ts";
import type { ClinicalResource, ClinicalRow, ClinicScope } from "../../store/store.ts";
import { permission } from "../access.ts";
import { inClinic } from "../audit-hook.ts";
import { clinicalBodies, reasonSchema } from "../clinical-input.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { AppError, invalid, withErrors } from "../errors.ts";
import { type Action, isAction } from "../permissions.ts";
import { idParams, rowParams, storedSchema, toStored } from "../schemas.ts";

interface ResourceRoutes<K extends ClinicalResource> {
  readonly resource: K;
  /** The URL segment: kebab-case of the resource. */
  readonly segment: string;
  readonly label: string;
  readonly body: z.ZodType<ClinicalRow<K>>;
  readonly shape: z.ZodType<ClinicalRow<K>>;
}

export async function patientOrNotFound(scope: ClinicScope, patientId: string) {
  const patient = await scope.getPatient(patientId);
  if (patient === null) throw new AppError("not-found");
  return patient;
}

/** A session dated before the patient was born: the one rule that needs the stored patient. */
function beforeBirth(data: unknown, birthDate: string, field: string) {
  if (typeof data !== "object" || data === null || !("date" in data) || typeof data.date !== "string")
    return [];
  return data.date < birthDate ? [{ field, message: "must not be before the birth date" }] : [];
}

/**
 * The body as the row type. The route's schema has already validated it; the type provider cannot
 * carry a generic resource's row type through, so this is the one place it is restated.
 */
function validated<K extends ClinicalResource>(body: unknown): ClinicalRow<K> {
  return body as ClinicalRow<K>;
}

function register<K extends ClinicalResource>(app: ZodApp, deps: ServerDeps, def: ResourceRoutes<K>): void {
  const { resource, segment, label } = def;
  const tags = ["clinical records"];
  const path = `/api/patients/:id/${segment}`;
  const row = storedSchema(def.shape);
  const action = (verb: "list" | "add" | "amend"): Action => {
    const name = `${resource}.${verb}`;
    if (!isAction(name)) throw new Error(`${name} is missing from the permission table`);
    return name;
  };

  app.get(
    path,
    {
      config: permission(action("list")),
      schema: {
        tags,
        summary: `List a patient's ${label}`,
        params: idParams,
        response: withErrors({ 200: z.object({ items: z.array(row) }) }),
      },
    },
    async (request) => {
      const rows = await inClinic(deps, request, async (scope) => {
        await patientOrNotFound(scope, request.params.id);
        return scope.list(request.params.id, resource);
      });
      return { items: rows.map(toStored) };
    },
  );

  app.post(
    path,
    {
      config: permission(action("add")),
      schema: {
        tags,
        summary: `Add to a patient's ${label}`,
        params: idParams,
        body: def.body,
        response: withErrors({ 201: row }),
      },
    },
    async (request, reply) => {
      const added = await inClinic(deps, request, async (scope) => {
        const patient = await patientOrNotFound(scope, request.params.id);
        const issues = beforeBirth(request.body, patient.birthDate, "date");
        if (issues.length > 0) throw invalid(issues);
        return scope.add(request.params.id, resource, validated<K>(request.body));
      });
      return reply.status(201).send(toStored(added));
    },
  );

  app.post(
    `${path}/:rowId/amendments`,
    {
      config: permission(action("amend")),
      schema: {
        tags,
        summary: `Correct one of a patient's ${label}`,
        description:
          "The corrected row replaces the old one in the record; the old one is kept in the amendment.",
        params: rowParams,
        body: z.object({ data: def.body, reason: reasonSchema }),
        response: withErrors({ 201: row }),
      },
    },
    async (request, reply) => {
      const { id, rowId } = request.params;
      const amended = await inClinic(deps, request, async (scope) => {
        const patient = await patientOrNotFound(scope, id);
        const issues = beforeBirth(request.body.data, patient.birthDate, "data.date");
        if (issues.length > 0) throw invalid(issues);
        const result = await scope.amend(
          id,
          resource,
          rowId,
          validated<K>(request.body.data),
          request.body.reason,
        );
        if (result === null) throw new AppError("not-found");
        return result;
      });
      return reply.status(201).send(toStored(amended));
    },
  );
}

export function clinicalResourceRoutes(app: ZodApp, deps: ServerDeps): void {
  const bodies = clinicalBodies(deps.today);
  register(app, deps, {
    resource: "sessions",
    segment: "sessions",
    label: "treatment sessions",
    body: bodies.sessions,
    shape: sessionSchema,
  });
  register(app, deps, {
    resource: "measurements",
    segment: "measurements",
    label: "measurements",
    body: bodies.measurements,
    shape: measurementSchema,
  });
  register(app, deps, {
    resource: "medications",
    segment: "medications",
    label: "medications",
    body: bodies.medications,
    shape: medicationSchema,
  });
  register(app, deps, {
    resource: "events",
    segment: "events",
    label: "events",
    body: bodies.events,
    shape: eventSchema,
  });
  register(app, deps, {
    resource: "priorTreatments",
    segment: "prior-treatments",
    label: "prior treatments",
    body: bodies.priorTreatments,
    shape: priorTreatmentSchema,
  });
  register(app, deps, {
    resource: "diagnoses",
    segment: "diagnoses",
    label: "diagnoses",
    body: bodies.diagnoses,
    shape: diagnosisSchema,
  });
}
