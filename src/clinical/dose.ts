// Hard dose limits and dose calculation: the one place a dose is checked against what may never be given.

import type { BodyWeights } from "./assessment.ts";
import { protocols } from "./protocols/index.ts";
import type { Modality, Protocol } from "./protocols/protocol.ts";
import type { Session, WeightBasis } from "./record.ts";

export interface Violation {
  /** The field at fault, relative to the session or dose request (`doseMgPerKg`, `basis`, ...). */
  readonly field: string;
  /** Stable code of the rule broken. */
  readonly rule: ViolationRule;
  readonly message: string;
  /** The limit the field is held to; an empty list when the rule has no numeric limit. */
  readonly limit: number | readonly number[];
}

export type ViolationRule =
  | "dose-required"
  | "dose-not-positive"
  | "above-max-mg-per-kg"
  | "not-an-allowed-dose"
  | "above-max-mg"
  | "infusion-too-fast"
  | "above-max-intensity"
  | "basis-unavailable"
  | "no-drug-dose";

export interface DoseRequest {
  readonly modality: Modality;
  readonly doseMgPerKg?: number;
  readonly doseMg?: number;
  readonly basis: WeightBasis;
  readonly weights: BodyWeights;
  readonly infusionMinutes?: number;
}

export type DoseResult =
  | {
      readonly ok: true;
      readonly doseMg: number;
      readonly doseMgPerKg?: number;
      readonly weightBasis?: WeightBasis;
      readonly basisWeightKg?: number;
      readonly infusionMinutes?: number;
      readonly rateMgPerMinute?: number;
      readonly explanation: string;
    }
  | { readonly ok: false; readonly violations: readonly Violation[] };

/** The dose fields the hard limits read; a session and a dose request both have them. */
interface DoseFields {
  readonly doseMgPerKg?: number | undefined;
  readonly doseMg?: number | undefined;
  readonly infusionMinutes?: number | undefined;
  readonly intensityPercentMT?: number | undefined;
}

// Limits are compared exactly, with no epsilon: 1.0 mg/kg passes, 1.0000001 and 1.01 are refused.
// A tolerance would quietly widen a hard stop; a caller with a computed dose rounds it first.
// Every comparison is written so that NaN fails it, so a malformed number is refused, never passed.

/** A drug name fit for the middle of a sentence: "Sublingual ketamine" → "sublingual ketamine", "IV ketamine" stays. */
function drugName(protocol: Protocol): string {
  const name = protocol.name;
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function listOr(values: readonly number[]): string {
  const words = values.map(String);
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1) ?? ""}`;
}

function required(field: string, limit: Violation["limit"], message: string): Violation {
  return { field, rule: "dose-required", message, limit };
}

function notPositive(field: string, value: number, unit: string): Violation {
  return {
    field,
    rule: "dose-not-positive",
    message: `${value} ${unit} is not a dose: it must be more than 0`,
    limit: 0,
  };
}

function onlyAs(protocol: Protocol, allowed: readonly number[]): string {
  return `${drugName(protocol)} is given only as ${listOr(allowed)} mg`;
}

// Messages are worked out only for a broken limit: most checks pass, and safeDose runs them on every plan.
function doseViolations(protocol: Protocol, fields: DoseFields): Violation[] {
  const rule = protocol.dose;
  const out: Violation[] = [];
  switch (rule.unit) {
    case "mg/kg": {
      const dose = fields.doseMgPerKg;
      const max = rule.maxMgPerKg;
      if (dose === undefined) {
        out.push(
          required(
            "doseMgPerKg",
            max,
            `${drugName(protocol)} is dosed by weight: a dose in mg/kg is required`,
          ),
        );
      } else if (!(dose > 0)) {
        out.push(notPositive("doseMgPerKg", dose, "mg/kg"));
      } else if (!(dose <= max)) {
        out.push({
          field: "doseMgPerKg",
          rule: "above-max-mg-per-kg",
          message: `${dose} mg/kg is above the hard limit of ${max.toFixed(1)} mg/kg for ${drugName(protocol)}`,
          limit: max,
        });
      }
      break;
    }
    case "mg-fixed": {
      const dose = fields.doseMg;
      const allowed = rule.allowedMg;
      if (dose === undefined) {
        out.push(required("doseMg", allowed, `a dose in mg is required: ${onlyAs(protocol, allowed)}`));
      } else if (!allowed.includes(dose)) {
        out.push({
          field: "doseMg",
          rule: "not-an-allowed-dose",
          message: `${dose} mg: ${onlyAs(protocol, allowed)}`,
          limit: allowed,
        });
      }
      break;
    }
    case "mg": {
      const dose = fields.doseMg;
      const max = rule.maxMg;
      if (dose === undefined) {
        out.push(required("doseMg", max, `a dose in mg is required for ${drugName(protocol)}`));
      } else if (!(dose > 0)) {
        out.push(notPositive("doseMg", dose, "mg"));
      } else if (!(dose <= max)) {
        out.push({
          field: "doseMg",
          rule: "above-max-mg",
          message: `${dose} mg is above the hard limit of ${max} mg for ${drugName(protocol)}`,
          limit: max,
        });
      }
      break;
    }
    case "none":
      break;
  }
  const minutes = fields.infusionMinutes;
  const infusion = protocol.infusion;
  if (infusion !== undefined && minutes !== undefined && !(minutes >= infusion.minMinutes)) {
    out.push({
      field: "infusionMinutes",
      rule: "infusion-too-fast",
      message: `a ${minutes}-minute infusion is shorter than the ${infusion.minMinutes}-minute minimum for ${drugName(protocol)}`,
      limit: infusion.minMinutes,
    });
  }
  const intensity = fields.intensityPercentMT;
  const maxIntensity = protocol.maxIntensityPercentMT;
  if (maxIntensity !== undefined && intensity !== undefined && !(intensity <= maxIntensity)) {
    out.push({
      field: "intensityPercentMT",
      rule: "above-max-intensity",
      message: `${intensity}% of motor threshold is above the hard limit of ${maxIntensity}% for ${drugName(protocol)}`,
      limit: maxIntensity,
    });
  }
  return out;
}

/**
 * Every hard limit a charted session breaks; empty when it breaks none. Never throws: the record
 * validator calls it on input. With `index` (its place in the record), each message names the session.
 */
export function sessionLimitViolations(session: Session, index?: number): Violation[] {
  if (!Object.hasOwn(protocols, session.modality)) return [];
  const found = doseViolations(protocols[session.modality], session);
  if (index === undefined) return found;
  const where = `session ${index + 1} (${session.date})`;
  return found.map((v) => ({ ...v, message: `${where}: ${v.message}` }));
}

const basisWords: Record<WeightBasis, string> = {
  actual: "actual body weight",
  ideal: "ideal body weight (Devine)",
  adjusted: "adjusted body weight (ideal + 0.4 × excess)",
};

function basisWeight(weights: BodyWeights, basis: WeightBasis): number | null {
  switch (basis) {
    case "actual":
      return weights.actualKg;
    case "ideal":
      return weights.idealKg;
    case "adjusted":
      return weights.adjustedKg;
  }
}

function roundTo(value: number, places: number): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}

/** A dose past every hard limit, as figures (an infusion time only for an infusion), or the limits broken. */
export type CheckedDose =
  | { readonly ok: false; readonly violations: readonly Violation[] }
  | { readonly ok: true; readonly weightBased: false; readonly doseMg: number }
  | {
      readonly ok: true;
      readonly weightBased: true;
      readonly doseMg: number;
      readonly doseMgPerKg: number;
      readonly weightBasis: WeightBasis;
      readonly basisWeightKg: number;
      readonly infusionMinutes: number | undefined;
    };

/** The hard limits and the arithmetic of calculateDose, without the explanation (the plan never shows it). */
export function checkDose(
  modality: Modality,
  basis: WeightBasis,
  weights: BodyWeights,
  fields: DoseFields,
): CheckedDose {
  const protocol = protocols[modality];
  const rule = protocol.dose;
  if (rule.unit === "none") {
    const message = `${protocol.name} has no drug dose to calculate`;
    return { ok: false, violations: [{ field: "modality", rule: "no-drug-dose", message, limit: [] }] };
  }
  const violations = doseViolations(protocol, fields);
  const weightKg = rule.unit === "mg/kg" ? basisWeight(weights, basis) : null;
  if (rule.unit === "mg/kg" && !(weightKg !== null && weightKg > 0)) {
    violations.push({
      field: "basis",
      rule: "basis-unavailable",
      message: `the ${basisWords[basis]} is not known (it needs the patient's height); choose another basis or record the height`,
      limit: [],
    });
  }
  if (violations.length > 0) return { ok: false, violations };
  if (rule.unit === "mg/kg" && fields.doseMgPerKg !== undefined && weightKg !== null) {
    return {
      ok: true,
      weightBased: true,
      doseMg: roundTo(fields.doseMgPerKg * weightKg, 1),
      doseMgPerKg: fields.doseMgPerKg,
      weightBasis: basis,
      basisWeightKg: weightKg,
      infusionMinutes: protocol.infusion === undefined ? undefined : fields.infusionMinutes,
    };
  }
  return { ok: true, weightBased: false, doseMg: fields.doseMg ?? 0 };
}

/**
 * The dose to give, or the hard limits the request breaks. Weight-based doses are mg/kg × the
 * chosen body weight, rounded to 0.1 mg; no mg ceiling is added on top, because the seed gives the
 * limit per kg only. A missing basis weight is refused rather than replaced by another basis, so
 * the dose never silently changes meaning. For weight-based routes the mg figure is always
 * computed here; a `doseMg` in the request is not used.
 */
export function calculateDose(request: DoseRequest): DoseResult {
  const checked = checkDose(request.modality, request.basis, request.weights, request);
  if (!checked.ok) return { ok: false, violations: checked.violations };
  const name = drugName(protocols[request.modality]);
  if (checked.weightBased) {
    const { doseMg, doseMgPerKg, weightBasis, basisWeightKg, infusionMinutes: minutes } = checked;
    const base = `${doseMgPerKg} mg/kg × ${basisWeightKg.toFixed(1)} kg ${basisWords[weightBasis]} = ${doseMg} mg of ${name}`;
    const dose = { ok: true as const, doseMg, doseMgPerKg, weightBasis, basisWeightKg };
    if (minutes === undefined) return { ...dose, explanation: base };
    const rateMgPerMinute = roundTo(doseMg / minutes, 2);
    return {
      ...dose,
      infusionMinutes: minutes,
      rateMgPerMinute,
      explanation: `${base}, over ${minutes} minutes (${rateMgPerMinute} mg/min)`,
    };
  }
  const { doseMg } = checked;
  return { ok: true, doseMg, explanation: `${doseMg} mg of ${name}, a fixed dose (not weight-based)` };
}

/**
 * The next rung of the protocol's escalation ladder strictly above the current mg/kg dose, never
 * above the hard limit; null at the top or for a protocol not dosed by weight.
 */
export function nextEscalationStep(protocol: Protocol, currentMgPerKg: number): number | null {
  const rule = protocol.dose;
  if (rule.unit !== "mg/kg") return null;
  const above = rule.escalation.filter((step) => step > currentMgPerKg && step <= rule.maxMgPerKg);
  return above.length === 0 ? null : Math.min(...above);
}
