// Patients: search and list, register, read, correct demographics (an amendment with a reason), deactivate and reactivate.

import { z } from "zod";
import type { PatientStatus } from "../../store/store.ts";
import { permission } from "../access.ts";
import { inClinic } from "../audit-hook.ts";
import { newPatientBody, patientChangesBody, reasonSchema } from "../clinical-input.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { AppError, withErrors } from "../errors.ts";
import { idParams, patientSchema, toPatient } from "../schemas.ts";

const listQuery = z.object({
  query: z.string().trim().min(1).max(100).optional().describe("Matches name or MRN"),
  status: z.enum(["active", "inactive"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const page = z.object({
  patients: z.array(patientSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

/** The fields the caller sent; absent ones stay as they are. */
function definedFields<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

export function patientRoutes(app: ZodApp, deps: ServerDeps): void {
  const tags = ["patients"];

  app.get(
    "/api/patients",
    {
      config: permission("patients.list"),
      schema: {
        tags,
        summary: "Search and list patients",
        querystring: listQuery,
        response: withErrors({ 200: page }),
      },
    },
    async (request) => {
      const { query, status, limit, offset } = request.query;
      const search = {
        limit,
        offset,
        ...(query !== undefined ? { query } : {}),
        ...(status !== undefined ? { status } : {}),
      };
      const found = await inClinic(deps, request, (scope) => scope.listPatients(search));
      return { patients: found.patients.map(toPatient), total: found.total, limit, offset };
    },
  );

  app.post(
    "/api/patients",
    {
      config: permission("patients.create"),
      schema: {
        tags,
        summary: "Register a patient",
        body: newPatientBody(deps.today),
        response: withErrors({ 201: patientSchema }),
      },
    },
    async (request, reply) => {
      const created = await inClinic(
        deps,
        request,
        (scope) => scope.createPatient(request.body),
        (p) => p.id,
      );
      return reply.status(201).send(toPatient(created));
    },
  );

  app.get(
    "/api/patients/:id",
    {
      config: permission("patients.read"),
      schema: {
        tags,
        summary: "Read a patient",
        params: idParams,
        response: withErrors({ 200: patientSchema }),
      },
    },
    async (request) => {
      const found = await inClinic(deps, request, async (scope) => {
        const patient = await scope.getPatient(request.params.id);
        if (patient === null) throw new AppError("not-found");
        return patient;
      });
      return toPatient(found);
    },
  );

  app.patch(
    "/api/patients/:id",
    {
      config: permission("patients.update"),
      schema: {
        tags,
        summary: "Correct demographics",
        description: "Recorded as an amendment that keeps the previous values, with the required reason.",
        params: idParams,
        body: patientChangesBody(deps.today),
        response: withErrors({ 200: patientSchema }),
      },
    },
    async (request) => {
      const { reason, ...fields } = request.body;
      const changes = definedFields(fields);
      const updated = await inClinic(deps, request, async (scope) => {
        const patient = await scope.updatePatient(request.params.id, changes, reason);
        if (patient === null) throw new AppError("not-found");
        return patient;
      });
      return toPatient(updated);
    },
  );

  const statusRoute = (verb: "deactivate" | "reactivate", status: PatientStatus) =>
    app.post(
      `/api/patients/:id/${verb}`,
      {
        config: permission("patients.status"),
        schema: {
          tags,
          summary: `${verb === "deactivate" ? "Deactivate" : "Reactivate"} a patient`,
          params: idParams,
          body: z.object({ reason: reasonSchema }),
          response: withErrors({ 200: patientSchema }),
        },
      },
      async (request) => {
        const updated = await inClinic(deps, request, async (scope) => {
          const patient = await scope.setPatientStatus(request.params.id, status, request.body.reason);
          if (patient === null) throw new AppError("not-found");
          return patient;
        });
        return toPatient(updated);
      },
    );
  statusRoute("deactivate", "inactive");
  statusRoute("reactivate", "active");
}
