// A session form's text fields turned into the API's session body, with the engine's dose calculation and hard limits.

import {
  type BodyWeights,
  calculateDose,
  type Modality,
  protocols,
  type Session,
  sessionLimitViolations,
  type WeightBasis,
} from "../../../src/clinical/index.ts";
import type { FieldIssue } from "../api/client.ts";
import { emptyObservation, type ObservationDraft, parseObservation } from "./observation-draft.ts";

export type TriState = "" | "yes" | "no";

/** What the form holds: text as typed, so a half-typed number is not lost or coerced. */
export interface SessionDraft {
  readonly date: string;
  readonly modality: Modality;
  readonly doseMgPerKg: string;
  readonly doseMg: string;
  readonly basis: WeightBasis;
  readonly infusionMinutes: string;
  readonly systolic: string;
  readonly diastolic: string;
  readonly systolicAfter: string;
  readonly diastolicAfter: string;
  readonly cadss: string;
  readonly distressing: boolean;
  readonly completed: boolean;
  readonly interruptionReason: string;
  readonly recoveryMinutes: string;
  readonly sideEffects: readonly string[];
  readonly otherSideEffect: string;
  readonly benzodiazepineTaken: TriState;
  readonly naltrexoneTaken: TriState;
  readonly pulses: string;
  readonly intensityPercentMT: string;
  /** TMS: a known protocol's name, or "other" with the name typed in otherProtocol. */
  readonly protocol: string;
  readonly otherProtocol: string;
  readonly motorThreshold: string;
  readonly observation: ObservationDraft;
}

export function emptyDraft(date: string, modality: Modality, basis: WeightBasis): SessionDraft {
  const protocol = protocols[modality];
  const dose = protocol.dose;
  return {
    date,
    modality,
    doseMgPerKg: dose.unit === "mg/kg" ? String(dose.standardMgPerKg) : "",
    doseMg: dose.unit === "mg-fixed" ? String(dose.startMg) : "",
    basis,
    infusionMinutes: protocol.infusion === undefined ? "" : String(protocol.infusion.standardMinutes),
    systolic: "",
    diastolic: "",
    systolicAfter: "",
    diastolicAfter: "",
    cadss: "",
    distressing: false,
    completed: true,
    interruptionReason: "",
    recoveryMinutes: "",
    sideEffects: [],
    otherSideEffect: "",
    benzodiazepineTaken: "",
    naltrexoneTaken: "",
    pulses: "",
    intensityPercentMT: "",
    protocol: "",
    otherProtocol: "",
    motorThreshold: "",
    observation: emptyObservation,
  };
}

type NumberFields = {
  readonly [K in keyof SessionDraft]: SessionDraft[K] extends string ? K : never;
}[keyof SessionDraft];

/** A typed number, undefined when empty, NaN when it is not a number. */
function num(draft: SessionDraft, field: NumberFields): number | undefined {
  const text = draft[field].trim();
  return text === "" ? undefined : Number(text);
}

function yesNo(value: TriState): boolean | undefined {
  return value === "" ? undefined : value === "yes";
}

const numberFields: readonly [NumberFields, string][] = [
  ["doseMgPerKg", "doseMgPerKg"],
  ["doseMg", "doseMg"],
  ["infusionMinutes", "infusionMinutes"],
  ["systolic", "bloodPressure.systolic"],
  ["diastolic", "bloodPressure.diastolic"],
  ["systolicAfter", "bloodPressureAfter.systolic"],
  ["diastolicAfter", "bloodPressureAfter.diastolic"],
  ["cadss", "dissociation.total"],
  ["recoveryMinutes", "recoveryMinutes"],
  ["pulses", "pulses"],
  ["intensityPercentMT", "intensityPercentMT"],
  ["motorThreshold", "motorThresholdPercentOutput"],
];

/** Typing problems the server could not even read: named with the API's field paths. */
export function typingIssues(draft: SessionDraft): FieldIssue[] {
  const issues: FieldIssue[] = numberFields
    .filter(([key]) => Number.isNaN(num(draft, key) ?? 0))
    .map(([, field]) => ({ field, message: "must be a number" }));
  const pair = (a: NumberFields, b: NumberFields, field: string) => {
    if ((num(draft, a) === undefined) !== (num(draft, b) === undefined))
      issues.push({ field, message: "needs both systolic and diastolic" });
  };
  pair("systolic", "diastolic", "bloodPressure.systolic");
  pair("systolicAfter", "diastolicAfter", "bloodPressureAfter.systolic");
  return issues;
}

export interface DoseView {
  /** The engine's own sentence: "0.5 mg/kg × 72.0 kg actual body weight = 36 mg …". */
  readonly explanation: string | null;
  readonly doseMg: number | undefined;
  /** Hard limits the draft breaks, by API field. */
  readonly violations: readonly FieldIssue[];
}

export function doseView(draft: SessionDraft, weights: BodyWeights): DoseView {
  const protocol = protocols[draft.modality];
  const perKg = num(draft, "doseMgPerKg");
  const mg = num(draft, "doseMg");
  const minutes = num(draft, "infusionMinutes");
  const intensity = num(draft, "intensityPercentMT");
  const session = sessionBody(draft, weights, undefined);
  const violations = sessionLimitViolations(session)
    .filter((v) => v.rule !== "dose-required" || draft.doseMgPerKg !== "" || draft.doseMg !== "")
    .map((v) => ({ field: v.field, message: v.message }));
  if (protocol.dose.unit !== "mg/kg" || perKg === undefined || Number.isNaN(perKg)) {
    const fixed =
      protocol.dose.unit === "none" || mg === undefined || violations.length > 0
        ? null
        : `${mg} mg of ${protocol.name}`;
    return { explanation: intensity === undefined ? fixed : null, doseMg: mg, violations };
  }
  const result = calculateDose({
    modality: draft.modality,
    doseMgPerKg: perKg,
    basis: draft.basis,
    weights,
    ...(minutes === undefined || Number.isNaN(minutes) ? {} : { infusionMinutes: minutes }),
  });
  if (result.ok) return { explanation: result.explanation, doseMg: result.doseMg, violations };
  const seen = new Set(violations.map((v) => `${v.field}:${v.message}`));
  const more = result.violations.filter(
    (v) => !seen.has(`${v.field}:${v.message}`) && v.rule !== "dose-required",
  );
  return {
    explanation: null,
    doseMg: undefined,
    violations: [
      ...violations,
      ...more.map((v) => ({ field: v.field === "basis" ? "doseBasis" : v.field, message: v.message })),
    ],
  };
}

/** The POST body. `doseMg` for weight-based routes is the engine's figure, never typed. */
export function sessionBody(
  draft: SessionDraft,
  weights: BodyWeights,
  computedMg: number | undefined,
): Session {
  const protocol = protocols[draft.modality];
  const perKg = protocol.dose.unit === "mg/kg" ? num(draft, "doseMgPerKg") : undefined;
  const mg = protocol.dose.unit === "mg/kg" ? computedMg : num(draft, "doseMg");
  const minutes = protocol.infusion === undefined ? undefined : num(draft, "infusionMinutes");
  const [sys, dia, sysAfter, diaAfter] = (
    ["systolic", "diastolic", "systolicAfter", "diastolicAfter"] as const
  ).map((k) => num(draft, k));
  const cadss = num(draft, "cadss");
  const recovery = num(draft, "recoveryMinutes");
  const benzo = yesNo(draft.benzodiazepineTaken);
  const naltrexone = yesNo(draft.naltrexoneTaken);
  const tms = draft.modality === "tms";
  const pulses = tms ? num(draft, "pulses") : undefined;
  const intensity = tms ? num(draft, "intensityPercentMT") : undefined;
  const threshold = tms ? num(draft, "motorThreshold") : undefined;
  const protocolName = (draft.protocol === "other" ? draft.otherProtocol : draft.protocol).trim();
  const observation = tms ? undefined : parseObservation(draft.observation).observation;
  const sideEffects = [
    ...draft.sideEffects,
    ...draft.otherSideEffect.split(/[;,]/).map((s) => s.trim()),
  ].filter((s) => s !== "");
  return {
    date: draft.date,
    modality: draft.modality,
    ...(perKg === undefined
      ? {}
      : { doseMgPerKg: perKg, doseBasis: draft.basis, weightKg: weights.actualKg }),
    ...(mg === undefined ? {} : { doseMg: mg }),
    ...(minutes === undefined ? {} : { infusionMinutes: minutes }),
    ...(sys === undefined || dia === undefined ? {} : { bloodPressure: { systolic: sys, diastolic: dia } }),
    ...(sysAfter === undefined || diaAfter === undefined
      ? {}
      : { bloodPressureAfter: { systolic: sysAfter, diastolic: diaAfter } }),
    ...(cadss === undefined
      ? {}
      : {
          dissociation: {
            instrument: "CADSS" as const,
            total: cadss,
            ...(draft.distressing ? { distressing: true } : {}),
          },
        }),
    completed: draft.completed,
    ...(draft.completed ? {} : { interruptionReason: draft.interruptionReason.trim() }),
    ...(recovery === undefined ? {} : { recoveryMinutes: recovery }),
    sideEffects,
    ...(benzo === undefined && naltrexone === undefined
      ? {}
      : {
          preSession: {
            ...(benzo === undefined ? {} : { benzodiazepineTaken: benzo }),
            ...(naltrexone === undefined ? {} : { naltrexoneTaken: naltrexone }),
          },
        }),
    ...(pulses === undefined ? {} : { pulses }),
    ...(intensity === undefined ? {} : { intensityPercentMT: intensity }),
    ...(tms && protocolName !== "" ? { protocol: protocolName } : {}),
    ...(threshold === undefined ? {} : { motorThresholdPercentOutput: threshold }),
    ...(observation === undefined ? {} : { observation }),
  };
}
