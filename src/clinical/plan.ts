// The plan at a review point: finish the trial, keep going, optimize, maintain, or stop with a next step.

import type { Discontinuation, NextPathway, Recommendation } from "./assessment.ts";
import { ev, recommendation as rec } from "./finding.ts";
import { seed } from "./knowledge/source.ts";
import { optimizationStrategies } from "./optimization.ts";
import type { PlanContext } from "./plan-context.ts";
import { protocols } from "./protocols/index.ts";
import { safeDose } from "./strategy-support.ts";

const adequateTrial = seed("003", "What Constitutes an Adequate Trial?");
const responseMetrics = seed("003", "Response Metrics and Thresholds");
const integration = seed("002", "Integration & ongoing care");
const discontinueSource = seed("003", "Criteria for Discontinuation");
const pathwaysSource = seed("003", "Alternative Pathways After Ketamine Failure");
const reviewPoint = seed("001", "Non-Response to Ketamine / Esketamine");
const esketamineTrial = seed("003", "Intranasal Esketamine (Spravato)");

const criterionWords: Record<Discontinuation["criteria"][number]["criterion"], string> = {
  "clear-non-response": "less than 25% improvement after an optimized trial, with no trend toward response",
  "no-trajectory-after-optimization":
    "no trajectory toward response after many treatments and several strategies",
  "intolerable-side-effects": "side effects the patient cannot tolerate",
  "patient-preference": "the patient's informed decision to stop",
  "emerging-contraindication": "a new contraindication",
};

export function planRecommendations(
  ctx: PlanContext,
  discontinuation: Discontinuation,
  pathways: readonly NextPathway[],
): Recommendation[] {
  if (discontinuation.met) return stopping(discontinuation, pathways);
  const { outcome, trial, modality } = ctx;
  const out: Recommendation[] = [];
  const classification = outcome.classification;
  // Built only for the two rules that cite it, which never both apply (one needs an adequate trial).
  const trialEvidence = () => [
    ev("trial.modality", modality),
    ev("trial.countedSessions", trial.countedSessions),
    ...trial.missing.map((m) => ev(`trial.missing.${m.code}`, m.text)),
  ];

  if (!outcome.baseline || classification === "insufficient-data") {
    out.push(
      rec({
        code: "measure-outcome",
        severity: "warning",
        category: "trial",
        title: outcome.baseline ? "Rate depression again" : "Record a baseline rating",
        detail: `${outcome.reason} Without it the course cannot be judged; rate the same scale at the next visit.`,
        evidence: [
          ev("outcome.instrument", outcome.instrument),
          ev("outcome.baseline", outcome.baseline?.total ?? null),
        ],
        source: responseMetrics,
      }),
    );
  }

  if (!trial.adequate && modality) {
    out.push(
      rec({
        code: "complete-adequate-trial",
        severity: classification === "non-response" ? "warning" : "info",
        category: "trial",
        title: `Complete an adequate ${protocols[modality].name} trial before judging it`,
        detail: `Adequate means ${trial.criteria}. Still missing: ${trial.missing.map((m) => m.text).join("; ")}.`,
        evidence: trialEvidence(),
        source: adequateTrial,
      }),
    );
    const rule = protocols[modality].dose;
    if (rule.unit === "mg-fixed" && (trial.highestDoseMg ?? 0) < rule.targetMg && !ctx.holdDosing) {
      const dose = safeDose(ctx, modality, { mg: rule.targetMg });
      if (dose) {
        out.push(
          rec(
            {
              code: "escalate-dose",
              severity: "warning",
              category: "optimization",
              title: `Escalate to ${rule.targetMg} mg`,
              detail: `An adequate esketamine trial escalates from ${rule.startMg} mg to ${rule.targetMg} mg, by the second session when tolerated.`,
              evidence: [ev("trial.highestDoseMg", trial.highestDoseMg)],
              source: esketamineTrial,
            },
            dose,
          ),
        );
      }
    }
  }

  if (classification === "response" || classification === "remission") {
    out.push(
      trial.adequate
        ? rec({
            code: "maintenance-plan",
            severity: "info",
            category: "continuation",
            title:
              classification === "remission"
                ? "In remission: plan maintenance"
                : "Responding: plan maintenance",
            detail:
              "Agree a maintenance schedule (tapering frequency while the gains hold), keep rating at each visit, and pair treatment with psychotherapy to consolidate gains.",
            evidence: [ev("outcome.classification", classification), ev("trial.adequate", true)],
            source: integration,
          })
        : continueCourse(ctx, "Responding before the trial is complete: finish the induction as planned."),
    );
  } else if (!trial.adequate && modality) {
    if (classification !== "non-response" || ctx.trajectory.direction === "improving") {
      out.push(continueCourse(ctx, "Keep to the planned induction and rate again at the review point."));
    }
  } else if (trial.adequate && (classification === "non-response" || classification === "partial-response")) {
    out.push(
      rec({
        code: "review-point",
        severity: "info",
        category: "trial",
        title: "Review point reached",
        detail:
          "The trial is adequate and the patient is not responding fully: work through delivery, diagnosis, medications and engagement before optimizing.",
        evidence: [ev("outcome.classification", classification), ...trialEvidence()],
        source: reviewPoint,
      }),
    );
    const strategies = optimizationStrategies(ctx);
    out.push(...strategies);
    if (strategies.length === 0) {
      out.push(
        rec({
          code: "consider-alternative-pathways",
          severity: "warning",
          category: "pathway",
          title: "Optimization is exhausted for this route: discuss other pathways",
          detail: nextStepText(pathways),
          evidence: [
            ev(
              "course.optimizationsTried",
              ctx.course.optimizationsTried.map((o) => o.strategy).join(", ") || "none",
            ),
          ],
          source: pathwaysSource,
        }),
      );
    }
  } else if (trial.adequate && modality) {
    out.push(continueCourse(ctx, "Keep rating at each visit until the outcome can be judged."));
  }
  return out;
}

function continueCourse(ctx: PlanContext, detail: string): Recommendation {
  return rec({
    code: "continue-course",
    severity: "info",
    category: "continuation",
    title: "Continue the current course",
    detail,
    evidence: [
      ev("outcome.classification", ctx.outcome.classification),
      ev("trial.countedSessions", ctx.trial.countedSessions),
    ],
    source: adequateTrial,
  });
}

function nextStepText(pathways: readonly NextPathway[]): string {
  return `Options for this patient: ${pathways.map((p) => `${p.option} (${p.why})`).join("; ")}.`;
}

function stopping(discontinuation: Discontinuation, pathways: readonly NextPathway[]): Recommendation[] {
  const evidence = discontinuation.criteria.flatMap((c) => [
    ev("discontinuation.criterion", c.criterion),
    ...c.evidence,
  ]);
  return [
    rec({
      code: "discontinue",
      severity: "warning",
      category: "discontinuation",
      title: "Discontinue this course",
      detail: `Criteria met: ${discontinuation.criteria.map((c) => criterionWords[c.criterion]).join("; ")}. Talk it through honestly: acknowledge the disappointment, review what was tried, explain that many patients do not respond even with optimization, keep hope, and agree the next step.`,
      evidence,
      source: discontinueSource,
    }),
    rec({
      code: "consider-alternative-pathways",
      severity: "warning",
      category: "pathway",
      title: "Agree the next pathway",
      detail: nextStepText(pathways),
      evidence: pathways.map((p) => ev("nextPathways", `${p.group}: ${p.option}`)),
      source: pathwaysSource,
    }),
  ];
}
