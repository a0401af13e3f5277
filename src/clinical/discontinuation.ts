// Seed 003's criteria for stopping a course: clear non-response after optimization, no trajectory toward
// response after several strategies, intolerable side effects, the patient's informed choice, new contraindications.

import type { Course, Discontinuation, Evidence, Outcome, Trajectory } from "./assessment.ts";
import { ev } from "./finding.ts";
import type { PatientRecord } from "./record.ts";
import type { ClinicSettings } from "./settings.ts";

type Criteria = Discontinuation["criteria"][number];

function eventEvidence(
  record: PatientRecord,
  asOf: string,
  types: readonly string[],
  since?: string,
): Evidence[] {
  const found: Evidence[] = [];
  record.events.forEach((e, i) => {
    if (types.includes(e.type) && e.date <= asOf && (since === undefined || e.date >= since)) {
      found.push(ev(`events[${i}].type`, e.note ? `${e.type}: ${e.note}` : e.type, e.date));
    }
  });
  return found;
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

  const intolerable = eventEvidence(record, asOf, ["intolerable-side-effects"]);
  if (intolerable.length > 0) criteria.push({ criterion: "intolerable-side-effects", evidence: intolerable });

  const preference = eventEvidence(record, asOf, ["patient-preference"]);
  if (preference.length > 0) criteria.push({ criterion: "patient-preference", evidence: preference });

  // Psychosis at any time rules ketamine out; substance use counts once it emerges during the course.
  const contraindication = [
    ...(record.history.psychosis ? [ev("history.psychosis", true)] : []),
    ...eventEvidence(record, asOf, ["contraindication", "psychosis"]),
    ...(course.firstSessionDate
      ? eventEvidence(record, asOf, ["substance-use"], course.firstSessionDate)
      : []),
  ];
  if (contraindication.length > 0)
    criteria.push({ criterion: "emerging-contraindication", evidence: contraindication });

  return { met: criteria.length > 0, criteria };
}
