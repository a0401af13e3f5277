// A patient's record (the engine's input) and assessment as of a date (the engine's output).

import { z } from "zod";
import { type Assessment, assess, type PatientRecord, parseAsOf } from "../../clinical/index.ts";
import type { ClinicScope } from "../../store/store.ts";
import { permission } from "../access.ts";
import { inClinic } from "../audit-hook.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { AppError, invalid, withErrors } from "../errors.ts";
import { assessmentSchema, idParams, recordSchema } from "../schemas.ts";

export async function recordOrNotFound(scope: ClinicScope, patientId: string): Promise<PatientRecord> {
  const record = await scope.loadRecord(patientId);
  if (record === null) throw new AppError("not-found");
  return record;
}

/** An as-of date from a request: a real calendar date, not after today; today when absent. */
export function asOfDate(input: string | undefined, today: string): string {
  if (input === undefined) return today;
  const parsed = parseAsOf(input, today);
  if (!parsed.ok) throw invalid(parsed.issues);
  return parsed.date;
}

export async function assessPatient(
  scope: ClinicScope,
  patientId: string,
  asOf: string,
): Promise<Assessment> {
  const record = await recordOrNotFound(scope, patientId);
  return assess(record, asOf, scope.clinic.settings);
}

export function assessmentRoutes(app: ZodApp, deps: ServerDeps): void {
  const tags = ["assessment"];

  app.get(
    "/api/patients/:id/record",
    {
      config: permission("record.read"),
      schema: {
        tags,
        summary: "A patient's full record, as the engine reads it",
        params: idParams,
        response: withErrors({ 200: recordSchema }),
      },
    },
    async (request) => inClinic(deps, request, (scope) => recordOrNotFound(scope, request.params.id)),
  );

  app.get(
    "/api/patients/:id/assessment",
    {
      config: permission("assessment.read"),
      schema: {
        tags,
        summary: "Assess a patient as of a date",
        description: "Runs the clinical engine with the clinic's settings. `asOf` defaults to today.",
        params: idParams,
        querystring: z.object({
          asOf: z.string().max(20).optional().describe("YYYY-MM-DD, not after today"),
        }),
        response: withErrors({ 200: assessmentSchema }),
      },
    },
    async (request) => {
      const asOf = asOfDate(request.query.asOf, deps.today());
      return inClinic(deps, request, (scope) => assessPatient(scope, request.params.id, asOf));
    },
  );
}
