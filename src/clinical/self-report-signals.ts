// Safety signals in a submitted self-report: answers a clinician must see at once, with evidence and source.

import type { Evidence, Finding } from "./assessment.ts";
import { cssrsPositive } from "./instruments/cssrs.ts";
import { instruments } from "./instruments/index.ts";
import type { InstrumentId } from "./instruments/instrument.ts";
import { seed } from "./knowledge/source.ts";
import type { Modality } from "./protocols/protocol.ts";
import type { SelfReportAnswers } from "./self-report-forms.ts";
import { preSessionValues } from "./self-report-presession.ts";
import { fastingRoutes } from "./workup-delivery-sessions.ts";

/** `suicide-risk` signals show the patient crisis resources; `dosing` signals hold the dose until reviewed. */
export type SignalKind = "suicide-risk" | "dosing";

export interface SelfReportSignal extends Finding {
  readonly kind: SignalKind;
}

export interface SignalInput {
  readonly answers: SelfReportAnswers;
  /** The course's modality when known; fasting matters only for swallowed or sprayed doses. */
  readonly modality: Modality | null;
}

const deliverySource = seed("003", "Step 1: Verify Treatment Delivery");
const medicationSource = seed("003", "Step 3: Evaluate Concurrent Medications");

const evidenceOf = (id: string, value: number): Evidence => ({ field: `answers.${id}`, value });

/** A scale's suicide item answered at or above the instrument's critical level. */
function suicideItemSignal(
  id: InstrumentId,
  code: string,
  answers: SelfReportAnswers,
): SelfReportSignal | null {
  const instrument = instruments[id];
  const item = instrument.suicideItem;
  if (item === undefined) return null;
  const key = `${id}.${item.item}`;
  const value = answers[key];
  if (value === undefined || value < item.criticalAt) return null;
  const [source] = instrument.sources;
  if (source === undefined) return null;
  return {
    kind: "suicide-risk",
    code,
    severity: "critical",
    title: `${instrument.name}: thoughts of death or self-harm reported`,
    detail: `The patient answered item ${item.item} at ${value}; review with the patient today.`,
    evidence: [evidenceOf(key, value)],
    source,
  };
}

function cssrsSignal(answers: SelfReportAnswers): SelfReportSignal | null {
  const instrument = instruments.CSSRS;
  const evidence: Evidence[] = [];
  const items: number[] = [];
  for (const { number } of instrument.items) {
    const value = answers[`CSSRS.${number}`];
    items.push(value ?? 0);
    if (value !== undefined && value >= 1) evidence.push(evidenceOf(`CSSRS.${number}`, value));
  }
  const [source] = instrument.sources;
  if (!cssrsPositive(items) || source === undefined) return null;
  return {
    kind: "suicide-risk",
    code: "self-report-cssrs-positive",
    severity: "critical",
    title: "Columbia screen: a yes answer",
    detail: "At least one screening question was answered yes; triage the answers with the patient today.",
    evidence,
    source,
  };
}

function dosingSignals(input: SignalInput): SelfReportSignal[] {
  const out: SelfReportSignal[] = [];
  const { answers, modality } = input;
  const fasted = answers["PRESESSION.fasted"];
  const fastingMatters = modality === null || fastingRoutes.includes(modality);
  if (fastingMatters && fasted !== undefined && fasted !== preSessionValues.fasted.yes) {
    out.push({
      kind: "dosing",
      code: "self-report-not-fasted",
      severity: "critical",
      title: "Patient may not have fasted before dosing",
      detail: "Check what and when the patient ate before giving an oral, sublingual or nasal dose.",
      evidence: [evidenceOf("PRESESSION.fasted", fasted)],
      source: deliverySource,
    });
  }
  const benzodiazepine = answers["PRESESSION.benzodiazepine"];
  if (benzodiazepine === preSessionValues.benzodiazepine.today) {
    out.push({
      kind: "dosing",
      code: "self-report-benzodiazepine-today",
      severity: "critical",
      title: "Benzodiazepine taken on the treatment day",
      detail:
        "Benzodiazepines are held on treatment days because they can blunt the effect; decide before dosing.",
      evidence: [evidenceOf("PRESESSION.benzodiazepine", benzodiazepine)],
      source: medicationSource,
    });
  }
  const naltrexone = answers["PRESESSION.naltrexone"];
  if (naltrexone === preSessionValues.naltrexone.withinThreeDays) {
    out.push({
      kind: "dosing",
      code: "self-report-naltrexone-within-72h",
      severity: "critical",
      title: "Naltrexone taken within 72 hours",
      detail: "Naltrexone is held for 72 hours before treatment because it may block part of the effect.",
      evidence: [evidenceOf("PRESESSION.naltrexone", naltrexone)],
      source: medicationSource,
    });
  }
  return out;
}

/** Every safety signal in the answers: suicide-risk signals first, then those that hold a dose. */
export function selfReportSignals(input: SignalInput): SelfReportSignal[] {
  const suicide = [
    suicideItemSignal("PHQ9", "self-report-phq9-item-9", input.answers),
    suicideItemSignal("QIDSSR16", "self-report-qids-item-12", input.answers),
    cssrsSignal(input.answers),
  ].filter((s): s is SelfReportSignal => s !== null);
  return [...suicide, ...dosingSignals(input)];
}

/** Whether the patient should see crisis resources after submitting. */
export function needsCrisisResources(signals: readonly SelfReportSignal[]): boolean {
  return signals.some((s) => s.kind === "suicide-risk");
}
