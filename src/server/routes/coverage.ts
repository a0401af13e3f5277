// Coverage facts a coordinator enters after a benefits check, and the clinic's price list for advanced pathways.

import { z } from "zod";
import { coverageSchema, priceListSchema } from "../../clinical/index.ts";
import type { StoredCoverage, StoredPriceList } from "../../store/coverage-repository.ts";
import { permission } from "../access.ts";
import { inClinic } from "../audit-hook.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { withErrors } from "../errors.ts";
import { idParams } from "../schemas.ts";
import { patientOrNotFound } from "./clinical-resources.ts";

const storedCoverageSchema = z.object({
  id: z.string(),
  coverage: coverageSchema,
  enteredBy: z.string(),
  enteredAt: z.string(),
});
const storedPriceListSchema = z.object({
  version: z.number().int().describe("0 when the clinic has not entered prices yet"),
  priceList: priceListSchema.nullable(),
  savedAt: z.string().nullable(),
});

function toCoverage(c: StoredCoverage) {
  return { id: c.id, coverage: c.coverage, enteredBy: c.enteredBy, enteredAt: c.enteredAt.toISOString() };
}
function toPriceList(p: StoredPriceList | null) {
  return p === null
    ? { version: 0, priceList: null, savedAt: null }
    : { version: p.version, priceList: p.priceList, savedAt: p.savedAt.toISOString() };
}

function coverageBody(today: () => string) {
  return coverageSchema.superRefine((c, ctx) => {
    if (c.checkedOn > today())
      ctx.addIssue({ code: "custom", path: ["checkedOn"], message: "must not be after today" });
  });
}

export function coverageRoutes(app: ZodApp, deps: ServerDeps): void {
  const tags = ["coverage"];

  app.get(
    "/api/patients/:id/coverage",
    {
      config: permission("intake.read"),
      schema: {
        tags,
        summary: "The latest coverage facts for each pathway",
        params: idParams,
        response: withErrors({ 200: z.object({ items: z.array(storedCoverageSchema) }) }),
      },
    },
    async (request) => {
      const items = await inClinic(deps, request, async (scope) => {
        await patientOrNotFound(scope, request.params.id);
        return scope.intake.listCoverage(request.params.id);
      });
      return { items: items.map(toCoverage) };
    },
  );

  app.put(
    "/api/patients/:id/coverage",
    {
      config: permission("coverage.update"),
      schema: {
        tags,
        summary: "Record the facts of a benefits check for one pathway (earlier entries stay as history)",
        params: idParams,
        body: coverageBody(deps.today),
        response: withErrors({ 200: storedCoverageSchema }),
      },
    },
    async (request) => {
      const saved = await inClinic(deps, request, async (scope) => {
        await patientOrNotFound(scope, request.params.id);
        return scope.intake.saveCoverage(request.params.id, request.body);
      });
      return toCoverage(saved);
    },
  );

  app.get(
    "/api/price-list",
    {
      config: permission("priceList.read"),
      schema: {
        tags,
        summary: "The clinic's current price list",
        response: withErrors({ 200: storedPriceListSchema }),
      },
    },
    async (request) => toPriceList(await inClinic(deps, request, (scope) => scope.intake.getPriceList())),
  );

  app.put(
    "/api/price-list",
    {
      config: permission("priceList.update"),
      schema: {
        tags,
        summary: "Save a new version of the clinic's price list",
        body: z.object({
          priceList: priceListSchema,
          expectedVersion: z
            .number()
            .int()
            .min(0)
            .describe("The version the editor opened; 0 when there was none"),
        }),
        response: withErrors({ 200: storedPriceListSchema }),
      },
    },
    async (request) => {
      const { priceList, expectedVersion } = request.body;
      const saved = await inClinic(deps, request, (scope) =>
        scope.intake.savePriceList(priceList, expectedVersion),
      );
      return toPriceList(saved);
    },
  );
}
