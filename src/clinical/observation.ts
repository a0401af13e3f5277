// Post-dose observation reviewed at a moment: checks done or overdue, blood pressure against the hold, and discharge.

import type { Evidence, Finding } from "./assessment.ts";
import { ev, finding } from "./finding.ts";
import { seed } from "./knowledge/source.ts";
import {
  aboveHold,
  checksOutOfTime,
  type ExpectedCheck,
  expectedChecks,
  inTimeOrder,
  isObserved,
  minimumObservationMinutes,
} from "./observation-schedule.ts";
import { spravatoLabel } from "./protocols/index.ts";
import type { Modality } from "./protocols/protocol.ts";
import type { PostDoseObservation } from "./record.ts";
import type { ClinicSettings } from "./settings.ts";

export { preDoseHold } from "./observation-pre-dose.ts";
export {
  aboveHold,
  type CheckState,
  type ExpectedCheck,
  esketamineBpCheckMinutes,
  esketamineObservationMinutes,
  isObserved,
  minimumObservationMinutes,
} from "./observation-schedule.ts";

const monitoring = seed("002", "Safety, monitoring, and practicalities");
const remsWindow = seed("004", "Access Barriers Remain a Persistent Problem");

export interface ObservationInput {
  readonly observation: PostDoseObservation;
  readonly modality: Modality;
  /** Whole minutes since the dose, from whatever clock the caller reads; negative counts as 0. */
  readonly minutesSinceDose: number;
  readonly settings: ClinicSettings;
  /** Ketamine infusions: vitals "after" are expected once the infusion has run. */
  readonly infusionMinutes?: number;
  /** Where the observation sits in the input, for evidence paths (`sessions[3].observation`). */
  readonly path?: string;
}

export interface ObservationReview {
  /** The modality is observed after the dose (not TMS). */
  readonly observed: boolean;
  readonly minutesSinceDose: number;
  /** Null where no source fixes a minimum (ketamine: until recovered). */
  readonly minimumMinutes: number | null;
  /** Minutes still to wait for the minimum; 0 once it has passed or when there is none. */
  readonly minutesRemaining: number;
  readonly checks: readonly ExpectedCheck[];
  /** Safety findings: raised blood pressure, respiratory depression, overdue checks. */
  readonly findings: readonly Finding[];
  /** One finding per discharge criterion not yet met; empty when the patient may leave. */
  readonly unmet: readonly Finding[];
  readonly mayLeave: boolean;
}

/** Minutes from `doseTime` to `now`, both HH:MM on the same day; negative when the dose time is later. */
export function minutesBetween(doseTime: string, now: string): number {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return minutes(now) - minutes(doseTime);
}

/** Findings a recorded observation raises on its own: the latest blood pressure and respiratory depression. */
export function observationSafety(
  observation: PostDoseObservation,
  settings: ClinicSettings,
  path: string,
  date?: string,
): Finding[] {
  const found: Finding[] = [];
  const latest = inTimeOrder(observation)
    .filter((c) => c.check.bloodPressure !== undefined)
    .at(-1);
  const bp = latest?.check.bloodPressure;
  if (latest !== undefined && bp !== undefined && aboveHold(bp, settings)) {
    const at = `${path}.checks[${latest.index}]`;
    found.push(
      finding({
        code: "post-dose-blood-pressure-high",
        severity: "warning",
        title: `Blood pressure ${bp.systolic}/${bp.diastolic} after the dose is above the hold threshold`,
        detail: `The latest reading, ${latest.check.minutesAfterDose} minutes after the dose, is above ${settings.bloodPressureHoldSystolic}/${settings.bloodPressureHoldDiastolic}: repeat it and keep the patient until it settles.`,
        evidence: [
          withDate(ev(`${at}.minutesAfterDose`, latest.check.minutesAfterDose), date),
          withDate(ev(`${at}.bloodPressure.systolic`, bp.systolic), date),
          withDate(ev(`${at}.bloodPressure.diastolic`, bp.diastolic), date),
          ev(
            "settings.bloodPressureHold",
            `${settings.bloodPressureHoldSystolic}/${settings.bloodPressureHoldDiastolic}`,
          ),
        ],
        source: spravatoLabel,
      }),
    );
  }
  if (observation.respiratoryDepression === true) {
    found.push(
      finding({
        code: "post-dose-respiratory-depression",
        severity: "critical",
        title: "Respiratory depression after the dose",
        detail:
          "Breathing was depressed during observation: keep monitoring until it has resolved, and review sedating medicines before another dose.",
        evidence: [withDate(ev(`${path}.respiratoryDepression`, true), date)],
        source: spravatoLabel,
      }),
    );
  }
  return found;
}

function withDate(e: Evidence, date: string | undefined): Evidence {
  return date === undefined ? e : { ...e, date };
}

interface Criterion {
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly evidence: readonly Evidence[];
  readonly source: Finding["source"];
}

function unmetCriterion(c: Criterion): Finding {
  return finding({ ...c, severity: "info" });
}

function vitalsReasons(
  input: ObservationInput,
  checks: readonly ExpectedCheck[],
  safety: readonly Finding[],
  path: string,
): Evidence[] {
  const reasons: Evidence[] = checks
    .filter((c) => c.state !== "done")
    .map((c) => ev(`${path}.checks`, `${c.code} not recorded`));
  for (const f of safety) reasons.push(...f.evidence.filter((e) => e.field.startsWith(path)));
  if (input.observation.checks.every((c) => c.bloodPressure === undefined))
    reasons.push(ev(`${path}.checks`, "no blood pressure after the dose"));
  return reasons;
}

function sedationReasons(observation: PostDoseObservation, path: string): Evidence[] {
  const ordered = inTimeOrder(observation);
  const sedation = ordered.filter((c) => c.check.sedation !== undefined).at(-1);
  const dissociation = ordered.filter((c) => c.check.dissociation !== undefined).at(-1);
  const reasons: Evidence[] = [];
  if (sedation === undefined) reasons.push(ev(`${path}.checks`, "sedation not yet assessed"));
  else if (sedation.check.sedation !== "none")
    reasons.push(ev(`${path}.checks[${sedation.index}].sedation`, sedation.check.sedation ?? null));
  if (dissociation?.check.dissociation === true)
    reasons.push(ev(`${path}.checks[${dissociation.index}].dissociation`, true));
  return reasons;
}

function dischargeCriteria(
  input: ObservationInput,
  minutesSinceDose: number,
  checks: readonly ExpectedCheck[],
  safety: readonly Finding[],
  path: string,
): Finding[] {
  const { observation, modality } = input;
  const unmet: Finding[] = [];
  const minimum = minimumObservationMinutes(modality);
  if (minimum !== null && minutesSinceDose < minimum)
    unmet.push(
      unmetCriterion({
        code: "discharge-time-not-reached",
        title: `Observation time: ${minimum - minutesSinceDose} more minutes`,
        detail: `The patient stays at least ${minimum} minutes after the dose; ${minutesSinceDose} have passed.`,
        evidence: [ev(`${path}.doseTime`, observation.doseTime), ev("minutesSinceDose", minutesSinceDose)],
        source: remsWindow,
      }),
    );
  const vitals = vitalsReasons(input, checks, safety, path);
  if (vitals.length > 0)
    unmet.push(
      unmetCriterion({
        code: "discharge-vitals-not-settled",
        title: "Vitals: not yet recorded as settled",
        detail:
          "Every expected check must be recorded, the latest blood pressure at or below the hold threshold, and no respiratory depression.",
        evidence: vitals,
        source: modality === "esketamine" ? spravatoLabel : monitoring,
      }),
    );
  const sedation = sedationReasons(observation, path);
  if (sedation.length > 0)
    unmet.push(
      unmetCriterion({
        code: "discharge-sedation-not-resolved",
        title: "Sedation and dissociation: not yet resolved",
        detail: "The latest check must record no sedation and no dissociation.",
        evidence: sedation,
        source: monitoring,
      }),
    );
  if (observation.dischargeCriteriaMet !== true)
    unmet.push(
      unmetCriterion({
        code: "discharge-criteria-not-confirmed",
        title: "Clinician's discharge check: not confirmed",
        detail:
          "A clinician confirms the patient is alert, steady on their feet and back to their usual state.",
        evidence: [ev(`${path}.dischargeCriteriaMet`, observation.dischargeCriteriaMet ?? null)],
        source: monitoring,
      }),
    );
  if (modality === "esketamine" && observation.escortConfirmed !== true)
    unmet.push(
      unmetCriterion({
        code: "discharge-escort-not-confirmed",
        title: "Escort: not confirmed",
        detail: "After esketamine the patient must not drive until the next day after a night's sleep.",
        evidence: [ev(`${path}.escortConfirmed`, observation.escortConfirmed ?? null)],
        source: spravatoLabel,
      }),
    );
  return unmet;
}

/** The observation at `minutesSinceDose`: what is expected, what is raised, and whether the patient may leave. */
export function reviewObservation(input: ObservationInput): ObservationReview {
  const path = input.path ?? "observation";
  const minutesSinceDose = Math.max(0, Math.floor(input.minutesSinceDose));
  const minimum = minimumObservationMinutes(input.modality);
  if (!isObserved(input.modality))
    return {
      observed: false,
      minutesSinceDose,
      minimumMinutes: null,
      minutesRemaining: 0,
      checks: [],
      findings: [],
      unmet: [],
      mayLeave: true,
    };
  const checks = expectedChecks(
    input.modality,
    input.observation,
    minutesSinceDose,
    input.settings,
    input.infusionMinutes,
  );
  const safety = observationSafety(input.observation, input.settings, path);
  const unmet = dischargeCriteria(input, minutesSinceDose, checks, safety, path);
  return {
    observed: true,
    minutesSinceDose,
    minimumMinutes: minimum,
    minutesRemaining: minimum === null ? 0 : Math.max(0, minimum - minutesSinceDose),
    checks,
    findings: [...safety, ...checksOutOfTime(checks, input.observation, path)],
    unmet,
    mayLeave: unmet.length === 0,
  };
}
