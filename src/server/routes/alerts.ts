// Safety alerts raised by patients' answers: list them, and acknowledge one with a note.

import { z } from "zod";
import type { SafetyAlert } from "../../store/store.ts";
import { permission } from "../access.ts";
import { inClinic } from "../audit-hook.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { AppError, withErrors } from "../errors.ts";

const evidenceSchema = z.object({
  field: z.string(),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  date: z.string().optional(),
});
const signalSchema = z.object({
  code: z.string(),
  kind: z.enum(["suicide-risk", "dosing"]),
  severity: z.enum(["info", "warning", "critical"]),
  title: z.string(),
  detail: z.string(),
  evidence: z.array(evidenceSchema),
  source: z.object({ id: z.string(), citation: z.string() }).loose(),
});
export const alertSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  findings: z.array(signalSchema),
  createdAt: z.string(),
  notifiedAt: z.string().nullable(),
  escalatedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  note: z.string().nullable(),
});

export function toAlertBody(alert: SafetyAlert): z.output<typeof alertSchema> {
  return {
    id: alert.id,
    patientId: alert.patientId,
    // Stored by this server from the engine's signals; the response schema checks the shape again.
    findings: alert.findings as z.output<typeof signalSchema>[],
    createdAt: alert.createdAt.toISOString(),
    notifiedAt: alert.notifiedAt?.toISOString() ?? null,
    escalatedAt: alert.escalatedAt?.toISOString() ?? null,
    acknowledgedBy: alert.acknowledgedBy,
    acknowledgedAt: alert.acknowledgedAt?.toISOString() ?? null,
    note: alert.note,
  };
}

export function alertRoutes(app: ZodApp, deps: ServerDeps): void {
  const tags = ["alerts"];

  app.get(
    "/api/alerts",
    {
      config: permission("alerts.list"),
      schema: {
        tags,
        summary: "Safety alerts of the clinic, or of one patient",
        querystring: z.object({
          patientId: z.guid("must be a UUID").optional(),
          open: z.enum(["true", "false"]).optional().describe("`true`: only alerts not yet acknowledged"),
        }),
        response: withErrors({ 200: z.object({ items: z.array(alertSchema) }) }),
      },
    },
    async (request) => {
      const { patientId, open } = request.query;
      const alerts = await inClinic(deps, request, (scope) =>
        scope.listAlerts({ ...(patientId === undefined ? {} : { patientId }), open: open === "true" }),
      );
      return { items: alerts.map(toAlertBody) };
    },
  );

  app.post(
    "/api/alerts/:id/acknowledge",
    {
      config: permission("alerts.acknowledge"),
      schema: {
        tags,
        summary: "Acknowledge a safety alert with a note of what was done",
        params: z.object({ id: z.guid("must be a UUID").describe("Alert id") }),
        body: z.object({
          note: z.string().trim().min(3, "must say what was done (at least 3 characters)").max(2000),
        }),
        response: withErrors({ 200: alertSchema }),
      },
    },
    async (request) => {
      const alert = await inClinic(deps, request, (scope) =>
        scope.acknowledgeAlert(request.params.id, request.body.note),
      );
      if (alert === null) throw new AppError("not-found");
      return toAlertBody(alert);
    },
  );
}
