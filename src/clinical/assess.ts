// The one entry point: assess(record, asOf) → Assessment. Pure: the same record and date give the same answer.

import { trialOf } from "./adequacy.ts";
import type { Assessment, Finding, Recommendation } from "./assessment.ts";
import { bodyWeights } from "./body-weight.ts";
import { assessCourse } from "./course.ts";
import { ageOn } from "./dates.ts";
import { assessDiscontinuation } from "./discontinuation.ts";
import { bySeverity } from "./finding.ts";
import { bandOf, instruments } from "./instruments/index.ts";
import { nextPathways } from "./knowledge/next-pathways.ts";
import type { Source } from "./knowledge/source.ts";
import { knowledgeVersion } from "./knowledge/version.ts";
import { assessOutcome } from "./outcome.ts";
import { planRecommendations } from "./plan.ts";
import { planContext } from "./plan-context.ts";
import type { PatientRecord } from "./record.ts";
import { assessSafety } from "./safety.ts";
import { type ClinicSettings, defaultSettings } from "./settings.ts";
import { sessionsOf, timeline } from "./timeline.ts";
import { assessTrajectory } from "./trajectory.ts";
import { assessWorkup } from "./workup.ts";

export function assess(
  record: PatientRecord,
  asOf: string,
  settings: ClinicSettings = defaultSettings,
): Assessment {
  const t = timeline(record, asOf);
  const weights = bodyWeights(record.patient);
  const outcome = assessOutcome(t, settings);
  const trajectory = assessTrajectory(t, outcome);
  // The latest session's route; of two on that date, the later in the record (the sort is stable).
  const modality = t.sessions.at(-1)?.item.modality ?? null;
  const current = sessionsOf(t, modality);
  const trial = trialOf(current, modality, asOf);
  const course = assessCourse(record, t);
  const safety = assessSafety(record, t, settings);
  const workup = assessWorkup(record, {
    asOf,
    classification: outcome.classification,
    trialAdequate: trial.adequate,
    modality,
    weights,
    // The work-up lists sessions in record order; the date-ordered list serves when the two agree.
    sessions: t.sessionsInRecordOrder ? current : undefined,
    medicationKinds: t.medications,
  });
  const hadAdequateTrial =
    trial.adequate ||
    course.modalities.some((m) => m !== modality && trialOf(sessionsOf(t, m), m, asOf).adequate);
  const discontinuation = assessDiscontinuation(
    record,
    asOf,
    outcome,
    trajectory,
    course,
    settings,
    hadAdequateTrial,
  );
  const pathways = nextPathways(record, { modalitiesTried: course.modalities, asOf });
  const ctx = planContext(
    {
      record,
      asOf,
      settings,
      outcome,
      trajectory,
      trial,
      course,
      modality,
      weights,
      holdDosing: safety.holdDosing,
    },
    t,
    current,
  );
  const plan = planRecommendations(ctx, discontinuation, pathways);

  const findings = bySeverity<Finding>(safety.findings, workup.findings);
  const recommendations = bySeverity<Recommendation>(
    dedupe(safety.recommendations, workup.recommendations, plan),
  );
  return {
    asOf,
    knowledgeVersion,
    settings,
    patient: { id: record.patient.id, ageYears: ageOn(record.patient.birthDate, asOf), weights },
    outcome,
    trajectory,
    trial,
    course,
    workup: workup.workup,
    discontinuation,
    nextPathways: pathways,
    latestScores: t.latest.map((m) => ({
      instrument: m.item.instrument,
      date: m.item.date,
      total: m.total,
      band: bandOf(instruments[m.item.instrument], m.total).code,
    })),
    findings,
    recommendations,
    citations: citations(findings, recommendations, pathways),
  };
}

/** One recommendation per code: the first (most specific rule) wins, with later evidence folded in. */
function dedupe(...lists: readonly (readonly Recommendation[])[]): Recommendation[] {
  // A list, not a Map: an assessment makes a dozen recommendations at most.
  const out: Recommendation[] = [];
  for (const recs of lists) {
    for (const r of recs) {
      let at = 0;
      while (at < out.length && out[at]?.code !== r.code) at += 1;
      const seen = out[at];
      out[at] = seen ? { ...seen, evidence: [...seen.evidence, ...r.evidence] } : r;
    }
  }
  return out;
}

/** Each source once, in the order first cited. */
function citations(...lists: readonly (readonly { readonly source: Source }[])[]): Source[] {
  const out: Source[] = [];
  for (const list of lists) {
    for (const { source } of list) {
      let at = 0;
      while (at < out.length && out[at]?.id !== source.id) at += 1;
      if (at === out.length) out.push(source);
    }
  }
  return out;
}
