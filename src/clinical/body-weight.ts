// Body weights a weight-based dose can be computed on: actual, ideal (Devine), adjusted, and BMI.

import type { BodyWeights } from "./assessment.ts";
import type { Patient } from "./record.ts";

export type BodyMeasures = Pick<Patient, "weightKg" | "heightCm" | "sex">;

const cmPerInch = 2.54;
const inchesInFiveFeet = 60;
const kgPerInch = 2.3;
/** Share of the excess over ideal weight that counts toward the adjusted weight. */
const adjustmentFactor = 0.4;

function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Ideal body weight by Devine BJ, "Gentamicin therapy", Drug Intell Clin Pharm 1974;8:650:
 * 50 kg (men) or 45.5 kg (women) plus 2.3 kg per inch of height over 5 feet.
 * Below 5 feet the line is followed down rather than floored at the base, because a lower
 * weight gives the lower, more cautious dose.
 */
function devineKg(heightCm: number, sex: BodyMeasures["sex"]): number {
  // Sex other or unknown uses the female formula: it gives the lower ideal weight, so the lower dose.
  const baseKg = sex === "male" ? 50 : 45.5;
  return baseKg + kgPerInch * (heightCm / cmPerInch - inchesInFiveFeet);
}

/**
 * Actual, ideal and adjusted body weight and BMI; the last three are null without a height.
 *
 * Rule: a dose on ideal or adjusted weight never exceeds the dose on actual weight. So the ideal
 * weight is capped at the actual weight (an underweight patient's ideal weight is their actual
 * weight), and the adjusted weight, the usual obesity convention IBW + 0.4 × (actual − IBW), only
 * differs from actual when actual is above ideal; otherwise it equals actual.
 * Weights and BMI are rounded to 0.1; the adjusted weight is computed before rounding.
 */
export function bodyWeights(patient: BodyMeasures): BodyWeights {
  const actualKg = roundTenth(patient.weightKg);
  if (patient.heightCm === undefined) {
    return { actualKg, idealKg: null, adjustedKg: null, bmi: null };
  }
  const heightM = patient.heightCm / 100;
  const idealKg = Math.min(devineKg(patient.heightCm, patient.sex), patient.weightKg);
  const adjustedKg = idealKg + adjustmentFactor * (patient.weightKg - idealKg);
  return {
    actualKg,
    idealKg: roundTenth(idealKg),
    adjustedKg: roundTenth(adjustedKg),
    bmi: roundTenth(patient.weightKg / (heightM * heightM)),
  };
}
