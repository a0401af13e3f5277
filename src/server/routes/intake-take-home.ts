// The patient's take-home comparison (document kind "pathway-comparison") as HTML or PDF, built from the current
// intake comparison on request. Not stored: the stored, signable documents go through /api/patients/:id/documents.

import type { FastifyReply } from "fastify";
import { z } from "zod";
import { assess } from "../../clinical/index.ts";
import { buildPathwayComparison } from "../../documents/builders/pathway-comparison.ts";
import { contentHash, renderHtml, renderPdf } from "../../documents/index.ts";
import { permission, signedInAs } from "../access.ts";
import { inClinic } from "../audit-hook.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { withErrors } from "../errors.ts";
import { idParams } from "../schemas.ts";
import { recordOrNotFound } from "./assessment.ts";
import { patientOrNotFound } from "./clinical-resources.ts";
import { comparePathways } from "./intake.ts";

// The page needs only its inline styles; it runs no script and loads nothing.
const pagePolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox";

function send(reply: FastifyReply, body: Buffer | string, type: string, name: string, download: boolean) {
  if (!download) reply.header("content-security-policy", pagePolicy);
  return reply
    .header("content-type", type)
    .header("content-disposition", `${download ? "attachment" : "inline"}; filename="${name}"`)
    .header("cache-control", "no-store")
    .send(body);
}

export function intakeTakeHomeRoutes(app: ZodApp, deps: ServerDeps): void {
  app.get(
    "/api/patients/:id/intake/take-home",
    {
      config: permission("intake.read"),
      schema: {
        tags: ["intake"],
        summary: "The plain-language comparison for the patient to take home, as HTML or PDF",
        params: idParams,
        querystring: z.object({ format: z.enum(["html", "pdf"]).default("html") }),
        response: withErrors({ 200: z.string().or(z.instanceof(Buffer)) }),
      },
    },
    async (request, reply) => {
      const { user } = signedInAs(request);
      const today = deps.today();
      const document = await inClinic(deps, request, async (scope) => {
        const patient = await patientOrNotFound(scope, request.params.id);
        const { assessment: comparison } = await comparePathways(scope, request.params.id);
        const record = await recordOrNotFound(scope, request.params.id);
        return buildPathwayComparison({
          record,
          assessment: assess(record, today, scope.clinic.settings),
          patient: {
            name: `${patient.givenName} ${patient.familyName}`,
            birthDate: patient.birthDate,
            mrn: patient.mrn,
          },
          clinic: { name: scope.clinic.name },
          author: { name: user.email, role: user.role },
          date: today,
          decisions: [],
          comparison,
        });
      });
      const info = { version: 0, contentHash: contentHash(document), signed: null };
      if (request.query.format === "pdf") {
        return send(
          reply,
          await renderPdf(document, info),
          "application/pdf",
          `pathway-comparison-${today}.pdf`,
          true,
        );
      }
      return send(
        reply,
        renderHtml(document, info),
        "text/html; charset=utf-8",
        `pathway-comparison-${today}.html`,
        false,
      );
    },
  );
}
