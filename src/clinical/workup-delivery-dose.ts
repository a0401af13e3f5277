// Work-up step 1, the checks of weight-based dosing: which body weight the dose is on, and whether the mg adds up.

import type { BodyWeights, Evidence } from "./assessment.ts";
import { ev } from "./finding.ts";
import {
  type Check,
  type CheckText,
  checkText,
  type IndexedSession,
  path,
} from "./workup-delivery-sessions.ts";

/** Share by which a stated mg dose may differ from mg/kg × weight before it counts as a mismatch. */
const doseTolerance = 0.05;
const obeseBmi = 30;

/** The body weights a session's mg dose could have been worked out on, given its stated basis. */
function candidateWeights(s: IndexedSession, weights: BodyWeights): { field: string; kg: number }[] {
  const actual =
    s.item.weightKg === undefined
      ? { field: "patient.weightKg", kg: weights.actualKg }
      : { field: path(s, "weightKg"), kg: s.item.weightKg };
  const ideal = weights.idealKg === null ? [] : [{ field: "weights.idealKg", kg: weights.idealKg }];
  const adjusted =
    weights.adjustedKg === null ? [] : [{ field: "weights.adjustedKg", kg: weights.adjustedKg }];
  switch (s.item.doseBasis) {
    case "actual":
      return [actual];
    case "ideal":
      return ideal;
    case "adjusted":
      return adjusted;
    case undefined:
      // With no basis stated, a dose matching any of the three weights is taken as correct.
      return [actual, ...ideal, ...adjusted];
  }
}

/** Whether mg and mg/kg × weight disagree for every weight the dose could have been based on. */
function mismatched(doseMg: number, doseMgPerKg: number, kg: number): boolean {
  return Math.abs(doseMg - doseMgPerKg * kg) > doseTolerance * doseMgPerKg * kg;
}

function doseMismatch(s: IndexedSession, weights: BodyWeights): boolean {
  const { doseMg, doseMgPerKg, doseBasis, weightKg } = s.item;
  if (doseMg === undefined || doseMgPerKg === undefined) return false;
  const actual = weightKg ?? weights.actualKg;
  const { idealKg, adjustedKg } = weights;
  switch (doseBasis) {
    case "actual":
      return mismatched(doseMg, doseMgPerKg, actual);
    case "ideal":
      return idealKg !== null && mismatched(doseMg, doseMgPerKg, idealKg);
    case "adjusted":
      return adjustedKg !== null && mismatched(doseMg, doseMgPerKg, adjustedKg);
    case undefined:
      return (
        mismatched(doseMg, doseMgPerKg, actual) &&
        (idealKg === null || mismatched(doseMg, doseMgPerKg, idealKg)) &&
        (adjustedKg === null || mismatched(doseMg, doseMgPerKg, adjustedKg))
      );
  }
}

const mismatchText = checkText({
  code: "dose-calculation-mismatch",
  severity: "warning",
  title: "Dose in mg does not match mg/kg × weight",
  detail: `The mg given differs by more than ${doseTolerance * 100}% from the mg/kg dose times the dosing weight; check the calculation.`,
  question: "Does each mg dose match mg/kg × weight?",
});

const basisTitle = "Review which body weight the dose is based on";
const basisConcern = basisTitle.toLowerCase();

/** The detail is only read when the check finds something, so it is only written then. */
function basisText(weights: BodyWeights, found: boolean): CheckText {
  const { bmi } = weights;
  return {
    code: "review-dose-weight-basis",
    severity: "warning",
    title: basisTitle,
    detail: found
      ? `At a BMI of ${bmi}, mg/kg doses on actual weight (${weights.actualKg} kg) give more drug than on ideal (${weights.idealKg} kg) or adjusted (${weights.adjustedKg} kg) weight; confirm the basis was chosen on purpose.`
      : "",
    question:
      bmi === null
        ? "Dose weight basis suitable? (no height, so no BMI)"
        : `Dose weight basis suitable at BMI ${bmi}?`,
    concern: basisConcern,
  };
}

function basisEvidence(s: IndexedSession, out: Evidence[]): void {
  out.push(ev(path(s, "doseBasis"), s.item.doseBasis ?? null, s.item.date));
}

function noEvidence(): void {}

/** The checks of weight-based dosing: which body weight the dose is on, and whether the mg adds up. */
export function weightChecks(sessions: readonly IndexedSession[], weights: BodyWeights): Check[] {
  const onActual: IndexedSession[] = [];
  const mismatches: IndexedSession[] = [];
  let dosed = false;
  let bothDoses = false;
  for (const s of sessions) {
    const { doseMgPerKg, doseMg, doseBasis } = s.item;
    if (doseMgPerKg === undefined) continue;
    dosed = true;
    if (doseBasis === undefined || doseBasis === "actual") onActual.push(s);
    if (doseMg === undefined) continue;
    bothDoses = true;
    if (doseMismatch(s, weights)) mismatches.push(s);
  }
  const { bmi } = weights;
  const obese = bmi !== null && bmi >= obeseBmi;
  const found = obese && onActual.length > 0;
  const basis: Check = {
    text: basisText(weights, found),
    hits: obese ? onActual : [],
    recorded: bmi !== null && dosed,
    evidence: basisEvidence,
    concern: true,
    shared: found
      ? () => [
          ev("weights.bmi", bmi),
          ev("patient.weightKg", weights.actualKg),
          ev("weights.idealKg", weights.idealKg),
          ev("weights.adjustedKg", weights.adjustedKg),
        ]
      : undefined,
  };
  const mismatch: Check = {
    text: mismatchText,
    hits: mismatches,
    recorded: bothDoses,
    evidence:
      mismatches.length === 0
        ? noEvidence
        : (s, out) => {
            const { doseMg, doseMgPerKg, doseBasis, date } = s.item;
            out.push(
              ev(path(s, "doseMg"), doseMg ?? null, date),
              ev(path(s, "doseMgPerKg"), doseMgPerKg ?? null, date),
              ev(path(s, "doseBasis"), doseBasis ?? null, date),
            );
            for (const { field, kg } of candidateWeights(s, weights)) out.push(ev(field, kg));
          },
    concern: true,
  };
  return [basis, mismatch];
}
