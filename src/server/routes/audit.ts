// GET /api/audit: the clinic's audit log, a page at a time (admin only). Reading it is itself audited.

import { z } from "zod";
import { permission } from "../access.ts";
import { inClinic } from "../audit-hook.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { withErrors } from "../errors.ts";
import { auditEventSchema, toAuditEvent } from "../schemas.ts";

const pageQuery = z.object({
  afterSeq: z.coerce.number().int().min(0).default(0).describe("Return events after this sequence number"),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export function auditRoutes(app: ZodApp, deps: ServerDeps): void {
  app.get(
    "/api/audit",
    {
      config: permission("audit.read"),
      schema: {
        tags: ["audit"],
        summary: "Read the clinic's audit log",
        querystring: pageQuery,
        response: withErrors({
          200: z.object({
            events: z.array(auditEventSchema),
            nextAfterSeq: z.number().int().describe("Pass as afterSeq for the next page"),
          }),
        }),
      },
    },
    async (request) => {
      const { afterSeq, limit } = request.query;
      const events = await inClinic(deps, request, (scope) => scope.listAudit({ afterSeq, limit }));
      return { events: events.map(toAuditEvent), nextAfterSeq: events.at(-1)?.seq ?? afterSeq };
    },
  );
}
