// GET /api/health: answers without sign-in, for load balancers and uptime checks.

import { z } from "zod";
import { knowledgeVersion } from "../../clinical/index.ts";
import { publicRoute } from "../access.ts";
import type { ZodApp } from "../context.ts";
import { withErrors } from "../errors.ts";

export function healthRoutes(app: ZodApp): void {
  app.get(
    "/api/health",
    {
      config: publicRoute,
      schema: {
        tags: ["system"],
        summary: "Liveness check",
        security: [],
        response: withErrors({ 200: z.object({ status: z.literal("ok"), knowledgeVersion: z.string() }) }),
      },
    },
    async () => ({ status: "ok" as const, knowledgeVersion }),
  );
}
