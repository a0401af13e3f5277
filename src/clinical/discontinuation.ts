// Seed 003's criteria for stopping a course: clear non-response after optimization, no trajectory toward
// response after several strategies, intolerable side effects, the patient's informed choice, new contraindications.

import type { Course, Discontinuation, Evidence, Outcome, Trajectory } from "./assessment.ts";
import { ev } from "./finding.ts";
import type { ClinicalEvent, PatientRecord } from "./record.ts";
import type { ClinicSettings } from "./settings.ts";

type Criteria = Discontinuation["criteria"][number];

function eventEvidence(e: ClinicalEvent, i: number): Evidence {
  return ev(`events[${i}].type`, e.note ? `${e.type}: ${e.note}` : e.type, e.date);
}

export function assessDiscontinuation(
  record: PatientRecord,
  asOf: string,
  outcome: Outcome,
  trajectory: Trajectory,
  course: Course,
  settings: ClinicSettings,
  /** Some route of this course reached an adequate trial: non-response is only judged after one. */
  hadAdequateTrial: boolean,
): Discontinuation {
  const criteria: Criteria[] = [];
  const treatments = course.totalTreatments;
  const tried = course.optimizationsTried;
  const strategies = ev("course.optimizationsTried", tried.map((o) => o.strategy).join(", ") || "none");
  const count = ev("course.totalTreatments", treatments);
  const notImproving = trajectory.direction === "plateau" || trajectory.direction === "worsening";
  const improvement = ev("outcome.improvementPercent", outcome.improvementPercent);

  if (
    hadAdequateTrial &&
    outcome.classification === "non-response" &&
    treatments >= settings.discontinueAfterOptimizedTreatments &&
    tried.length >= 1 &&
    trajectory.direction !== "improving"
  ) {
    criteria.push({ criterion: "clear-non-response", evidence: [improvement, count, strategies] });
  }
  if (
    hadAdequateTrial &&
    (outcome.classification === "non-response" || outcome.classification === "partial-response") &&
    treatments >= settings.discontinueAfterTreatmentsWithoutTrajectory &&
    tried.length >= 2 &&
    notImproving
  ) {
    criteria.push({
      criterion: "no-trajectory-after-optimization",
      evidence: [improvement, ev("trajectory.direction", trajectory.direction), count, strategies],
    });
  }

  // One pass over the events, each kept in record order under the criterion it bears on. Psychosis at any
  // time rules ketamine out; substance use counts once it emerges during the course.
  const intolerable: Evidence[] = [];
  const preference: Evidence[] = [];
  const contraindication: Evidence[] = record.history.psychosis ? [ev("history.psychosis", true)] : [];
  const emerging: Evidence[] = [];
  const since = course.firstSessionDate;
  record.events.forEach((e, i) => {
    if (e.date > asOf) return;
    if (e.type === "intolerable-side-effects") intolerable.push(eventEvidence(e, i));
    else if (e.type === "patient-preference") preference.push(eventEvidence(e, i));
    else if (e.type === "contraindication" || e.type === "psychosis")
      contraindication.push(eventEvidence(e, i));
    else if (e.type === "substance-use" && since && e.date >= since) emerging.push(eventEvidence(e, i));
  });
  if (intolerable.length > 0) criteria.push({ criterion: "intolerable-side-effects", evidence: intolerable });
  if (preference.length > 0) criteria.push({ criterion: "patient-preference", evidence: preference });
  for (const e of emerging) contraindication.push(e);
  if (contraindication.length > 0)
    criteria.push({ criterion: "emerging-contraindication", evidence: contraindication });

  return { met: criteria.length > 0, criteria };
}
