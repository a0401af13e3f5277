// The patient's link: read its questions, save answers one at a time, submit once. The token comes in a header, never a URL.

import type { FastifyRequest } from "fastify";
import { z } from "zod";
import {
  answerProblem,
  knownForms,
  languages,
  needsCrisisResources,
  patientProgress,
  questionsFor,
  type SelfReportForm,
  selfReportForms,
  selfReportSignals,
  toMeasurements,
} from "../../clinical/index.ts";
import type { FoundLink } from "../../store/store.ts";
import { publicRoute } from "../access.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { AppError, invalid, withErrors } from "../errors.ts";
import { noContent } from "../schemas.ts";
import { hashToken, reportTokenHeader } from "./self-report-token.ts";

const wording = z.object({ en: z.string(), es: z.string() });
const official = z.object({ en: z.string(), es: z.string().optional() });
const questionSchema = z.object({
  id: z.string(),
  form: z.enum(selfReportForms),
  item: z.number().int().nullable(),
  stem: official.nullable(),
  text: official,
  choices: z.array(z.object({ value: z.number().int(), label: official })),
  languages: z.array(z.enum(languages)).describe("Languages the wording is held in; otherwise show English"),
});
const receiptSchema = z.object({
  submittedAt: z.string(),
  crisis: z.boolean().describe("Show crisis resources: a suicide-risk answer was given"),
  dosingHold: z.boolean().describe("An answer means the dose waits until a clinician has checked"),
});
const progressSchema = z.object({
  instrument: z.string(),
  name: z.string().describe("The scale's abbreviation, for the chart's label"),
  points: z.array(z.object({ date: z.string(), total: z.number() })),
  summary: wording,
  band: z.string().nullable(),
  maxTotal: z.number(),
});
const linkViewSchema = z.object({
  state: z.enum(["open", "submitted", "expired"]),
  language: z.enum(languages),
  questions: z.array(questionSchema),
  answers: z.record(z.string(), z.number()),
  receipt: receiptSchema.nullable(),
});
const submitReply = z.object({ receipt: receiptSchema, progress: z.array(progressSchema) });
const headers = z.object({
  [reportTokenHeader]: z.string().min(20).max(200).describe("The token from the link's #fragment"),
});

function formsOf(found: FoundLink): SelfReportForm[] {
  return knownForms(found.link.forms);
}

export function selfReportPublicRoutes(app: ZodApp, deps: ServerDeps, onAlert: () => void): void {
  const tags = ["self-report (patient)"];
  const config = {
    ...publicRoute,
    rateLimit: { max: deps.config.reportRateLimitPerMinute, timeWindow: 60_000 },
  };

  /** The link named by the request's token; an unknown token is a plain 404 that says nothing more. */
  async function linkOf(request: FastifyRequest): Promise<FoundLink> {
    const token = request.headers[reportTokenHeader];
    if (typeof token !== "string") throw new AppError("not-found");
    const found = await deps.store.selfReport.findLink(hashToken(token));
    if (found === null) throw new AppError("not-found");
    return found;
  }
  const expired = (found: FoundLink) => found.link.expiresAt.getTime() <= deps.clock().getTime();

  app.get(
    "/api/report",
    {
      config,
      schema: {
        tags,
        summary: "The questions of the link, with answers saved so far",
        headers,
        security: [],
        response: withErrors({ 200: linkViewSchema }),
      },
    },
    async (request) => {
      const found = await linkOf(request);
      const { link } = found;
      if (link.receipt !== null) {
        return {
          state: "submitted" as const,
          language: link.language,
          questions: [],
          answers: {},
          receipt: link.receipt,
        };
      }
      if (expired(found)) {
        return {
          state: "expired" as const,
          language: link.language,
          questions: [],
          answers: {},
          receipt: null,
        };
      }
      const questions = questionsFor(formsOf(found)).map((q) => ({
        ...q,
        choices: [...q.choices],
        languages: [...q.languages],
      }));
      return {
        state: "open" as const,
        language: link.language,
        questions,
        answers: link.answers,
        receipt: null,
      };
    },
  );

  app.put(
    "/api/report/answers",
    {
      config,
      schema: {
        tags,
        summary: "Save one answer as the patient goes",
        headers,
        security: [],
        body: z.object({ questionId: z.string().min(1).max(60), value: z.number().int().min(0).max(10) }),
        response: withErrors({ 204: noContent }),
      },
    },
    async (request, reply) => {
      const found = await linkOf(request);
      if (found.link.receipt !== null)
        throw new AppError("conflict", { message: "this link was already sent" });
      if (expired(found)) throw new AppError("conflict", { message: "this link has expired" });
      const { questionId, value } = request.body;
      const problem = answerProblem(formsOf(found), questionId, value);
      if (problem !== null) {
        const field = problem === "is not a question on this link" ? "questionId" : "value";
        throw invalid([{ field, message: problem }]);
      }
      const saved = await deps.store.selfReport.saveAnswer(found.clinicId, found.link.id, questionId, value);
      if (!saved) throw new AppError("conflict", { message: "this link was already sent" });
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/report/submit",
    {
      config,
      schema: {
        tags,
        summary: "Submit the answers; a second submit returns the same receipt",
        headers,
        security: [],
        response: withErrors({ 200: submitReply }),
      },
    },
    async (request) => {
      const found = await linkOf(request);
      const { link, clinicId } = found;
      const forms = formsOf(found);
      let receipt = link.receipt;
      if (receipt === null) {
        if (expired(found)) throw new AppError("conflict", { message: "this link has expired" });
        const missing = questionsFor(forms).filter((q) => link.answers[q.id] === undefined);
        if (missing.length > 0) {
          throw invalid(missing.map((q) => ({ field: `answers.${q.id}`, message: "must be answered" })));
        }
        const signals = selfReportSignals({ answers: link.answers, modality: found.modality });
        receipt = await deps.store.selfReport.submit(
          clinicId,
          link.id,
          {
            measurements: toMeasurements(forms, link.answers, deps.today()),
            findings: signals,
            crisis: needsCrisisResources(signals),
            dosingHold: signals.some((s) => s.kind === "dosing"),
            address: request.ip,
          },
          deps.clock(),
        );
        if (receipt.alertId !== null) onAlert();
      }
      const settings = await deps.store.selfReport.settingsOf(clinicId);
      const measurements = await deps.store.selfReport.measurementsOf(clinicId, link.patientId);
      const progress = forms.flatMap((form) => {
        if (form === "PRESESSION") return [];
        const p = patientProgress(measurements, form, settings.showClassification);
        return p === null ? [] : [{ ...p, points: [...p.points] }];
      });
      const { alertId: _hidden, ...shown } = receipt;
      return { receipt: shown, progress };
    },
  );
}
