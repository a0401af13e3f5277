// The worklist in one request: every active patient with what needs attention today, most urgent first.

import { z } from "zod";
import {
  assess,
  attentionOf,
  compareAttention,
  dueSelfReports,
  type InstrumentId,
  instruments,
} from "../../clinical/index.ts";
import type { WorklistData } from "../../store/store.ts";
import { permission } from "../access.ts";
import { inClinic } from "../audit-hook.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { withErrors } from "../errors.ts";

const item = z.object({ code: z.string(), title: z.string() });
const dueSchema = z.object({
  point: z.enum(["baseline", "before-session", "weekly", "after-induction"]),
  instrument: z.string(),
  dueDate: z.string(),
  status: z.enum(["due", "overdue"]),
  daysLate: z.number().int(),
});
const entrySchema = z.object({
  patient: z.object({
    id: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    mrn: z.string().nullable(),
  }),
  ageYears: z.number().nullable(),
  modality: z.string().nullable(),
  sessions: z.number().int(),
  lastSessionDate: z.string().nullable(),
  classification: z.string().nullable(),
  outcomeInstrument: z.string().nullable(),
  baselineTotal: z.number().nullable(),
  latestTotal: z.number().nullable(),
  improvementPercent: z.number().nullable(),
  trialAdequate: z.boolean(),
  trialMissing: z.string().nullable(),
  nextStep: z.string().nullable(),
  attention: z.object({
    openAlerts: z.number().int(),
    critical: z.array(item),
    warnings: z.array(item),
    reviewPoint: z.boolean(),
    bloodPressureHold: z.boolean(),
    responseConcern: z.enum(["non-response", "partial-response"]).nullable(),
    selfReportsDue: z.array(dueSchema),
    urgency: z.number(),
  }),
});
export type WorklistEntryBody = z.output<typeof entrySchema>;

const instrumentIds = Object.keys(instruments) as InstrumentId[];

function entries(
  data: WorklistData,
  asOf: string,
  settings: Parameters<typeof assess>[2],
): WorklistEntryBody[] {
  const alerts = new Map<string, number>();
  for (const a of data.openAlerts) alerts.set(a.patientId, (alerts.get(a.patientId) ?? 0) + 1);
  const built = data.patients.map(({ summary, record, courses, answered }) => {
    const assessment = assess(record, asOf, settings);
    const answeredByInstrument = [
      ...answered.flatMap((a) =>
        a.forms.flatMap((f) =>
          instrumentIds.some((i) => i === f) ? [{ date: a.date, instrument: f as InstrumentId }] : [],
        ),
      ),
      ...record.measurements.map((m) => ({ date: m.date, instrument: m.instrument })),
    ];
    const due = courses.flatMap((course) =>
      dueSelfReports(
        {
          schedule: course.schedule,
          course,
          sessionDates: record.sessions
            .filter((s) => s.modality === course.modality && s.completed)
            .map((s) => s.date),
          answered: answeredByInstrument,
        },
        asOf,
      ),
    );
    const attention = attentionOf(assessment, alerts.get(summary.id) ?? 0, due);
    const outcome = assessment?.outcome;
    return {
      patient: {
        id: summary.id,
        givenName: summary.givenName,
        familyName: summary.familyName,
        mrn: summary.mrn,
      },
      ageYears: assessment?.patient.ageYears ?? null,
      modality: assessment?.trial.modality ?? null,
      sessions: assessment?.trial.sessions ?? 0,
      lastSessionDate: assessment?.course.lastSessionDate ?? null,
      classification: outcome?.classification ?? null,
      outcomeInstrument: outcome?.instrument ?? null,
      baselineTotal: outcome?.baseline?.total ?? null,
      latestTotal: outcome?.latest?.total ?? null,
      improvementPercent: outcome?.improvementPercent ?? null,
      trialAdequate: assessment?.trial.adequate ?? false,
      trialMissing: assessment?.trial.missing[0]?.text ?? null,
      nextStep: assessment?.recommendations[0]?.title ?? null,
      attention: {
        ...attention,
        critical: [...attention.critical],
        warnings: [...attention.warnings],
        selfReportsDue: [...attention.selfReportsDue],
      },
    };
  });
  return built.sort((a, b) => compareAttention(a.attention, b.attention));
}

function matches(entry: WorklistEntryBody, query: string): boolean {
  const q = query.toLowerCase();
  const { givenName, familyName, mrn } = entry.patient;
  return [givenName, familyName, `${givenName} ${familyName}`, mrn ?? ""].some((s) =>
    s.toLowerCase().includes(q),
  );
}

export function worklistRoutes(app: ZodApp, deps: ServerDeps): void {
  app.get(
    "/api/worklist",
    {
      config: permission("worklist.read"),
      schema: {
        tags: ["worklist"],
        summary: "Active patients with what needs attention today, most urgent first",
        description: "Assessed as of today with the clinic's settings, in one request for the whole clinic.",
        querystring: z.object({ query: z.string().trim().max(100).optional().describe("Name or MRN") }),
        response: withErrors({
          200: z.object({ asOf: z.string(), total: z.number().int(), items: z.array(entrySchema) }),
        }),
      },
    },
    async (request) => {
      const asOf = deps.today();
      const all = await inClinic(deps, request, async (scope) =>
        entries(await scope.loadWorklist(), asOf, scope.clinic.settings),
      );
      const query = request.query.query ?? "";
      const items = query === "" ? all : all.filter((e) => matches(e, query));
      return { asOf, total: all.length, items };
    },
  );
}
