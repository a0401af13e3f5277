// The intake re-evaluation (versioned), the pathway comparison the engine makes from it, and the prescriber's
// pathway decision, which starts the course and its self-report schedule.

import { z } from "zod";
import {
  assessIntake,
  comparedPathways,
  type InstrumentId,
  type IntakeAssessment,
  instruments,
  intakeRecordSchema,
} from "../../clinical/index.ts";
import type { StoredIntake } from "../../store/intake-repository.ts";
import type { ClinicScope } from "../../store/store.ts";
import { permission } from "../access.ts";
import { inClinic } from "../audit-hook.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { AppError, invalid, withErrors } from "../errors.ts";
import { idParams } from "../schemas.ts";
import { patientOrNotFound } from "./clinical-resources.ts";
import { intakeTakeHomeRoutes } from "./intake-take-home.ts";

const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

const storedIntakeSchema = z.object({
  version: z.number().int(),
  kind: z.enum(["new-evaluation", "amendment"]),
  reason: z.string().nullable(),
  savedBy: z.string(),
  savedAt: z.string(),
  intake: z.unknown().describe("The IntakeRecord (src/clinical/intake/intake-record.ts)"),
});

function toStoredIntake(s: StoredIntake) {
  return {
    version: s.version,
    kind: s.kind,
    reason: s.reason,
    savedBy: s.savedBy,
    savedAt: s.savedAt.toISOString(),
    intake: s.intake,
  };
}

function intakeBody(today: () => string) {
  return z
    .object({
      intake: intakeRecordSchema,
      expectedVersion: z
        .number()
        .int()
        .min(0)
        .describe("The version the form was opened on; 0 when there was none"),
      kind: z.enum(["new-evaluation", "amendment"]).default("new-evaluation"),
      reason: z.string().trim().min(1).max(500).optional().describe("Required for an amendment"),
    })
    .superRefine((b, ctx) => {
      if (b.kind === "amendment" && b.reason === undefined) {
        ctx.addIssue({ code: "custom", path: ["reason"], message: "must say why the intake is amended" });
      }
      if (b.intake.evaluatedOn > today()) {
        ctx.addIssue({ code: "custom", path: ["intake", "evaluatedOn"], message: "must not be after today" });
      }
      if (b.intake.diagnosis.episodeStart > b.intake.evaluatedOn) {
        ctx.addIssue({
          code: "custom",
          path: ["intake", "diagnosis", "episodeStart"],
          message: "must not be after the evaluation date",
        });
      }
    });
}

const scheduleSchema = z.object({
  instruments: z
    .array(
      z.custom<InstrumentId>(
        (v) => typeof v === "string" && Object.hasOwn(instruments, v),
        "must be a known rating scale",
      ),
    )
    .max(6)
    .default(["PHQ9"]),
  baseline: z.boolean().default(true),
  beforeEachSession: z.boolean().default(false),
  weekly: z.boolean().default(true),
  afterInduction: z.boolean().default(true),
});

function decisionBody(today: () => string) {
  return z
    .object({
      pathway: z.enum(comparedPathways),
      intakeVersion: z.number().int().min(1).describe("The intake version the comparison was made on"),
      startDate: isoDate,
      schedule: scheduleSchema.default({
        instruments: ["PHQ9"],
        baseline: true,
        beforeEachSession: false,
        weekly: true,
        afterInduction: true,
      }),
      statedPreferences: z
        .string()
        .trim()
        .min(1, "must record what the patient said matters to them")
        .max(2000),
      alternativesDiscussed: z.array(z.enum(comparedPathways)).max(3).default([]),
      note: z.string().trim().max(2000).optional(),
    })
    .superRefine((d, ctx) => {
      if (d.startDate < today())
        ctx.addIssue({ code: "custom", path: ["startDate"], message: "must be today or later" });
      if (d.alternativesDiscussed.includes(d.pathway)) {
        ctx.addIssue({
          code: "custom",
          path: ["alternativesDiscussed"],
          message: "must not include the pathway chosen",
        });
      }
    });
}

export async function intakeOrNotFound(scope: ClinicScope, patientId: string): Promise<StoredIntake> {
  const stored = await scope.intake.getIntake(patientId);
  if (stored === null)
    throw new AppError("not-found", { message: "no intake recorded for this patient yet" });
  return stored;
}

/** The engine's comparison for the patient's current intake, with the clinic's coverage facts and prices. */
export async function comparePathways(
  scope: ClinicScope,
  patientId: string,
): Promise<{ version: number; assessment: IntakeAssessment }> {
  const patient = await patientOrNotFound(scope, patientId);
  const stored = await intakeOrNotFound(scope, patientId);
  const coverage = await scope.intake.listCoverage(patientId);
  const prices = await scope.intake.getPriceList();
  const assessment = assessIntake({
    intake: stored.intake,
    birthDate: patient.birthDate,
    settings: scope.clinic.settings,
    coverage: coverage.map((c) => c.coverage),
    priceList: prices?.priceList ?? null,
  });
  return { version: stored.version, assessment };
}

export function intakeRoutes(app: ZodApp, deps: ServerDeps): void {
  const tags = ["intake"];
  intakeTakeHomeRoutes(app, deps);

  app.get(
    "/api/patients/:id/intake",
    {
      config: permission("intake.read"),
      schema: {
        tags,
        summary: "The patient's current intake re-evaluation and its earlier versions",
        params: idParams,
        response: withErrors({
          200: z.object({ current: storedIntakeSchema.nullable(), versions: z.array(storedIntakeSchema) }),
        }),
      },
    },
    async (request) =>
      inClinic(deps, request, async (scope) => {
        await patientOrNotFound(scope, request.params.id);
        const versions = await scope.intake.listIntakeVersions(request.params.id);
        const last = versions.at(-1);
        return {
          current: last === undefined ? null : toStoredIntake(last),
          versions: versions.map(toStoredIntake),
        };
      }),
  );

  app.put(
    "/api/patients/:id/intake",
    {
      config: permission("intake.update"),
      schema: {
        tags,
        summary: "Save the intake as a new version (a new evaluation, or an amendment with a reason)",
        params: idParams,
        body: intakeBody(deps.today),
        response: withErrors({ 200: storedIntakeSchema }),
      },
    },
    async (request) => {
      const { intake, expectedVersion, kind, reason } = request.body;
      const saved = await inClinic(deps, request, async (scope) => {
        await patientOrNotFound(scope, request.params.id);
        return scope.intake.saveIntake(request.params.id, intake, {
          kind,
          reason: reason ?? null,
          expectedVersion,
        });
      });
      return toStoredIntake(saved);
    },
  );

  app.get(
    "/api/patients/:id/intake/comparison",
    {
      config: permission("intake.read"),
      schema: {
        tags,
        summary: "Staging, screening and the pathway comparison for the current intake",
        params: idParams,
        response: withErrors({
          200: z.object({
            intakeVersion: z.number().int(),
            assessment: z
              .unknown()
              .describe("The engine's IntakeAssessment (src/clinical/intake/comparison.ts)"),
          }),
        }),
      },
    },
    async (request) => {
      const { version, assessment } = await inClinic(deps, request, (scope) =>
        comparePathways(scope, request.params.id),
      );
      return { intakeVersion: version, assessment };
    },
  );

  app.post(
    "/api/patients/:id/pathway-decisions",
    {
      config: permission("pathway.decide"),
      schema: {
        tags,
        summary: "Record the pathway chosen with the patient; starts the course and its schedule",
        params: idParams,
        body: decisionBody(deps.today),
        response: withErrors({ 201: z.unknown().describe("The PathwayDecision with its new course") }),
      },
    },
    async (request, reply) => {
      const body = request.body;
      const decision = await inClinic(
        deps,
        request,
        async (scope) => {
          const { version, assessment } = await comparePathways(scope, request.params.id);
          if (version !== body.intakeVersion)
            throw new AppError("conflict", { message: "the intake changed since the comparison was shown" });
          const chosen = assessment.pathways.find((p) => p.pathway === body.pathway);
          if (chosen !== undefined && !chosen.eligible) {
            const stops = chosen.screening.findings
              .filter((f) => f.severity === "critical")
              .map((f) => f.title);
            throw invalid([{ field: "pathway", message: `has a hard stop: ${stops.join("; ")}` }]);
          }
          const { note, ...rest } = body;
          return scope.intake.decidePathway(request.params.id, note === undefined ? rest : { ...rest, note });
        },
        (d) => d.patientId,
      );
      return reply.status(201).send(decision);
    },
  );

  app.get(
    "/api/patients/:id/pathway-decisions",
    {
      config: permission("intake.read"),
      schema: {
        tags,
        summary: "The pathway decisions recorded for a patient",
        params: idParams,
        response: withErrors({ 200: z.object({ items: z.array(z.unknown()) }) }),
      },
    },
    async (request) => {
      const items = await inClinic(deps, request, async (scope) => {
        await patientOrNotFound(scope, request.params.id);
        return scope.intake.listPathwayDecisions(request.params.id);
      });
      return { items };
    },
  );
}
