// Decisions on recommendations: a prescriber accepts or overrides (with a reason) one the assessment made as of a date.

import { z } from "zod";
import { parseAsOf } from "../../clinical/index.ts";
import { permission } from "../access.ts";
import { inClinic } from "../audit-hook.ts";
import { reasonSchema } from "../clinical-input.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { invalid, withErrors } from "../errors.ts";
import { decisionSchema, idParams, toDecision } from "../schemas.ts";
import { assessPatient } from "./assessment.ts";
import { patientOrNotFound } from "./clinical-resources.ts";

function decisionBody(today: () => string) {
  return z
    .object({
      code: z.string().min(1).max(100).describe("A recommendation code from the assessment as of `asOf`"),
      decision: z.enum(["accept", "override"]),
      reason: reasonSchema.optional().describe("Required to override"),
      asOf: z.string().max(20).describe("The assessment date the decision was made on, YYYY-MM-DD"),
    })
    .superRefine((d, ctx) => {
      if (d.decision === "override" && d.reason === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["reason"],
          message: "must say why the recommendation is overridden",
        });
      const asOf = parseAsOf(d.asOf, today());
      if (!asOf.ok)
        for (const i of asOf.issues) ctx.addIssue({ code: "custom", path: ["asOf"], message: i.message });
    });
}

export function decisionRoutes(app: ZodApp, deps: ServerDeps): void {
  const tags = ["decisions"];

  app.post(
    "/api/patients/:id/decisions",
    {
      config: permission("decisions.create"),
      schema: {
        tags,
        summary: "Accept or override a recommendation",
        params: idParams,
        body: decisionBody(deps.today),
        response: withErrors({ 201: decisionSchema }),
      },
    },
    async (request, reply) => {
      const { code, decision, reason, asOf } = request.body;
      const recorded = await inClinic(
        deps,
        request,
        async (scope) => {
          const assessment = await assessPatient(scope, request.params.id, asOf);
          if (!assessment.recommendations.some((r) => r.code === code))
            throw invalid([{ field: "code", message: `is not one of the recommendations as of ${asOf}` }]);
          return scope.recordDecision({
            patientId: request.params.id,
            code,
            decision,
            reason: reason ?? null,
            asOf,
            knowledgeVersion: assessment.knowledgeVersion,
          });
        },
        (d) => d.patientId,
      );
      return reply.status(201).send(toDecision(recorded));
    },
  );

  app.get(
    "/api/patients/:id/decisions",
    {
      config: permission("decisions.list"),
      schema: {
        tags,
        summary: "List decisions on a patient's recommendations",
        params: idParams,
        response: withErrors({ 200: z.object({ items: z.array(decisionSchema) }) }),
      },
    },
    async (request) => {
      const decisions = await inClinic(deps, request, async (scope) => {
        await patientOrNotFound(scope, request.params.id);
        return scope.listDecisions(request.params.id);
      });
      return { items: decisions.map(toDecision) };
    },
  );
}
