// Staff side of self-report links: send one (URL + QR code), list a patient's, and the clinic's notification settings.

import type { FastifyRequest } from "fastify";
import QRCode from "qrcode";
import { z } from "zod";
import {
  knownForms,
  languages,
  preSessionOf,
  selfReportForms,
  toMeasurements,
} from "../../clinical/index.ts";
import type { SelfReportLink } from "../../store/store.ts";
import { permission } from "../access.ts";
import { inClinic } from "../audit-hook.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { invalid, withErrors } from "../errors.ts";
import { notificationSettingsSchema } from "../notification-settings-schema.ts";
import { idParams, selfReportLinkSchema } from "../schemas.ts";
import { patientOrNotFound } from "./clinical-resources.ts";
import { hashToken, newToken } from "./self-report-token.ts";

const sentSchema = selfReportLinkSchema.extend({
  url: z.string().describe("Give this to the patient; the token after # never reaches a server log"),
  qrSvg: z.string().describe("The URL as a QR code, SVG markup"),
});

const linkRequestSchema = z.object({
  forms: z
    .array(z.enum(selfReportForms))
    .min(1, "must name at least one form")
    .max(selfReportForms.length)
    .refine((f) => new Set(f).size === f.length, "must not repeat a form"),
  language: z
    .enum(languages)
    .default("en")
    .describe("The page's language; a form held only in English (QIDS-SR16, SHAPS) is shown in English"),
  courseId: z.guid("must be a UUID").optional(),
});

/** Where the patient's page lives: the configured public address, else the address this request came to. */
export function publicBase(deps: ServerDeps, request: FastifyRequest): string {
  return (deps.config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, "");
}

function toLinkBody(link: SelfReportLink, now: Date) {
  const state = link.submittedAt !== null ? "submitted" : link.expiresAt <= now ? "expired" : "open";
  return {
    id: link.id,
    forms: [...link.forms],
    language: link.language,
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    state: state as "open" | "submitted" | "expired",
    submittedAt: link.submittedAt?.toISOString() ?? null,
    answered: link.submittedAt === null ? null : answeredOf(link, link.submittedAt),
  };
}

/** The submitted answers as staff read them: the checklist in the session's shape, each scale's total. */
function answeredOf(link: SelfReportLink, submittedAt: Date) {
  const forms = knownForms(link.forms);
  const day = submittedAt.toISOString().slice(0, 10);
  return {
    preSession: preSessionOf(forms, link.answers),
    scores: toMeasurements(forms, link.answers, day).map((m) => ({
      instrument: m.instrument,
      total: m.total ?? 0,
    })),
  };
}

export function selfReportRoutes(app: ZodApp, deps: ServerDeps): void {
  const tags = ["self-report"];

  app.post(
    "/api/patients/:id/self-report-links",
    {
      config: permission("selfReports.send"),
      schema: {
        tags,
        summary: "Send a patient a self-report link",
        description: "Returns the link once; only its hash is stored, so it cannot be shown again.",
        params: idParams,
        body: linkRequestSchema,
        response: withErrors({ 201: sentSchema }),
      },
    },
    async (request, reply) => {
      const token = newToken();
      const { forms, language, courseId } = request.body;
      const link = await inClinic(deps, request, async (scope) => {
        await patientOrNotFound(scope, request.params.id);
        const course =
          courseId === undefined
            ? undefined
            : (await scope.listCourses(request.params.id)).find((c) => c.id === courseId);
        if (courseId !== undefined && course === undefined) {
          throw invalid([{ field: "courseId", message: "is not one of this patient's courses" }]);
        }
        const settings = await scope.getNotificationSettings();
        return scope.createSelfReportLink({
          patientId: request.params.id,
          courseId: course?.id ?? null,
          modality: course?.modality ?? null,
          forms,
          language,
          tokenHash: hashToken(token),
          expiresAt: new Date(deps.clock().getTime() + settings.linkExpiryHours * 3_600_000),
        });
      });
      const url = `${publicBase(deps, request)}/report#${token}`;
      const qrSvg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
      return reply.status(201).send({ ...toLinkBody(link, deps.clock()), url, qrSvg });
    },
  );

  app.get(
    "/api/patients/:id/self-report-links",
    {
      config: permission("selfReports.list"),
      schema: {
        tags,
        summary: "The self-report links sent to a patient (never their tokens)",
        params: idParams,
        response: withErrors({ 200: z.object({ items: z.array(selfReportLinkSchema) }) }),
      },
    },
    async (request) => {
      const links = await inClinic(deps, request, async (scope) => {
        await patientOrNotFound(scope, request.params.id);
        return scope.listSelfReportLinks(request.params.id);
      });
      return { items: links.map((l) => toLinkBody(l, deps.clock())) };
    },
  );

  app.get(
    "/api/clinic/notifications",
    {
      config: permission("clinic.read"),
      schema: {
        tags,
        summary: "Who is told about safety alerts, and the clinic's link settings",
        response: withErrors({ 200: notificationSettingsSchema }),
      },
    },
    async (request) => {
      const s = await inClinic(deps, request, (scope) => scope.getNotificationSettings());
      return { ...s, recipients: [...s.recipients] };
    },
  );

  app.put(
    "/api/clinic/notifications",
    {
      config: permission("clinic.update"),
      schema: {
        tags,
        summary: "Change who is told about safety alerts, and the clinic's link settings",
        body: notificationSettingsSchema,
        response: withErrors({ 200: notificationSettingsSchema }),
      },
    },
    async (request) => {
      const s = await inClinic(deps, request, (scope) => scope.setNotificationSettings(request.body));
      return { ...s, recipients: [...s.recipients] };
    },
  );
}
