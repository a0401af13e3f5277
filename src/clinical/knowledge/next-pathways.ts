// Chooses what to offer after a ketamine-family course that did not work, fitted to the record.

import type { NextPathway } from "../assessment.ts";
import { protocols } from "../protocols/index.ts";
import { type Modality, modalities } from "../protocols/protocol.ts";
import type { PatientRecord, PriorTreatment } from "../record.ts";
import { isActiveOn } from "./interfering-medications.ts";
import { type PathwayId, pathwayCatalogue } from "./pathway-catalogue.ts";

export interface PathwayContext {
  /** Modalities of the course that did not work. */
  readonly modalitiesTried: readonly Modality[];
  readonly asOf: string;
}

const didNotWork = new Set<PriorTreatment["outcome"]>(["no-response", "partial-response", "not-tolerated"]);
const helped = new Set<PriorTreatment["outcome"]>(["response", "remission"]);
const maoiNames =
  /(?<![a-z])(phenelzine|nardil|tranylcypromine|parnate|isocarboxazid|marplan|selegiline|emsam)(?![a-z])/i;
const thyroidNames = /(?<![a-z])(liothyronine|cytomel|t3|levothyroxine|synthroid|thyroid)(?![a-z])/i;
const ketamineModalities = modalities.filter((m) => protocols[m].family !== "tms");
const intravenous = /(?<![a-z])(iv|intravenous|infusions?)(?![a-z])/i;
const ptsdCode = /^F43\.1/i;
const personalityCode = /^F60/i;
const bipolarOrPsychosisCode = /^F(2\d|31)/i;
const barringEvents: readonly string[] = ["psychosis", "substance-use", "contraindication"];

function named(p: PriorTreatment): string {
  return `${p.name} (${p.outcome.replace("-", " ")})`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The record facts the choice turns on, read once. */
function readRecord(record: PatientRecord, context: PathwayContext) {
  const { history, priorTreatments, diagnoses, events } = record;
  const given = new Map<Modality, number>();
  let shortSleep = false;
  for (const s of record.sessions) {
    if (s.date > context.asOf) continue;
    given.set(s.modality, (given.get(s.modality) ?? 0) + 1);
    if ((s.preSession?.sleepHours ?? 24) < 6) shortSleep = true;
  }
  const tried = (m: Modality) => context.modalitiesTried.includes(m) || given.has(m);
  const prior = (type: PriorTreatment["type"], name?: RegExp) =>
    priorTreatments.filter((p) => p.type === type && (name === undefined || name.test(p.name)));
  const comorbid = new Set(history.comorbidities ?? []);
  const factors = new Set(history.perpetuatingFactors ?? []);
  const hasCode = (pattern: RegExp) => diagnoses.some((d) => pattern.test(d.code));
  const pastEvent = (type: string) => events.some((e) => e.type === type && e.date <= context.asOf);
  return {
    history,
    tried,
    prior,
    factors,
    currentMaoi: record.medications.some((m) => isActiveOn(m, context.asOf) && maoiNames.test(m.name)),
    shortSleep,
    trauma: history.trauma === true || comorbid.has("ptsd") || hasCode(ptsdCode),
    personality: comorbid.has("personality-disorder") || hasCode(personalityCode),
    chronicPain: history.chronicPain === true || comorbid.has("chronic-pain"),
    bipolarOrPsychosis:
      history.psychosis === true || comorbid.has("bipolar") || hasCode(bipolarOrPsychosisCode),
    // Seed 003 lists psychosis, substance use and new medical contraindications as reasons to stop ketamine.
    ketamineBarred:
      history.psychosis === true || factors.has("substance-use") || barringEvents.some(pastEvent),
    antidepressants: prior("antidepressant"),
    failedTreatments: priorTreatments.filter((p) => didNotWork.has(p.outcome)).length,
    sessionCount: (m: Modality) => given.get(m) ?? 0,
  };
}

type Facts = ReturnType<typeof readRecord>;

function neuromodulation(f: Facts): [PathwayId, string][] {
  const tmsPrior = f.prior("tms");
  const tmsFailed = tmsPrior.filter((p) => didNotWork.has(p.outcome));
  const tmsSessions = f.tried("tms");
  const ectFailed = f.prior("ect").filter((p) => didNotWork.has(p.outcome));
  if (tmsFailed.length === 0 && !tmsSessions) {
    const past = tmsPrior.filter((p) => helped.has(p.outcome));
    const why =
      past.length > 0
        ? `An earlier TMS course helped (${list(past.map(named))}), so a repeat course is a reasonable choice.`
        : tmsPrior.length > 0
          ? `An earlier TMS course is recorded without its outcome (${list(tmsPrior.map((p) => p.name))}); find out how it went before repeating it.`
          : "TMS is not recorded as tried; it needs no anaesthesia or medication and is given as an outpatient.";
    return [["tms", why]];
  }
  const tmsWhy =
    tmsFailed.length > 0
      ? `TMS has already been tried without enough benefit (${list(tmsFailed.map(named))})`
      : "A TMS course is recorded in this chart without a response";
  if (ectFailed.length === 0) {
    return [["ect", `${tmsWhy}, so ECT is the neuromodulation option to discuss instead.`]];
  }
  const both = `${tmsWhy}, and ECT did not help either (${list(ectFailed.map(named))})`;
  return [
    ["vns", `${both}; VNS is the next established neuromodulation option.`],
    ["dbs", `${both}; deep brain stimulation remains investigational, so only through a research programme.`],
  ];
}

function pharmacological(f: Facts): [PathwayId, string][] {
  const names = f.antidepressants.map((p) => p.name);
  const out: [PathwayId, string][] = [
    [
      "other-class",
      names.length > 0
        ? `Antidepressant trials recorded: ${list(names)}. A class not yet used, or adding an augmenting agent, is the next medication step.`
        : "No earlier antidepressant trials are recorded; a full medication history should guide the choice of class or augmentation.",
    ],
  ];
  const maoiTried = f.prior("antidepressant", maoiNames).length > 0 || f.currentMaoi;
  if (!maoiTried) {
    out.push([
      "maoi",
      "No MAOI trial is recorded. MAOIs are often overlooked in resistant depression; they need a washout from serotonergic drugs and dietary advice.",
    ]);
  }
  if (f.prior("augmentation", thyroidNames).length === 0) {
    out.push(["thyroid", "No thyroid hormone augmentation is recorded as tried."]);
  }
  const failed = f.failedTreatments + 1;
  out.push([
    "novel-agent",
    `${failed} treatment${failed === 1 ? "" : "s"} recorded without enough benefit, counting this course; trials of new antidepressants often look for patients like this.`,
  ]);
  if (!f.bipolarOrPsychosis) {
    out.push([
      "psilocybin",
      "No psychosis or bipolar disorder is recorded; availability depends on the jurisdiction.",
    ]);
  }
  if (f.chronicPain) {
    out.push([
      "pain-management",
      "Chronic pain is recorded; treating it alongside the depression, and measuring both, can help each.",
    ]);
  }
  return out;
}

function psychotherapy(f: Facts): [PathwayId, string][] {
  const out: [PathwayId, string][] = [];
  if (f.history.psychotherapy !== true) {
    out.push([
      "structured-psychotherapy",
      f.history.psychotherapy === false
        ? "The patient is not in psychotherapy now; any gains in energy or openness from the course can be built on in therapy."
        : "Psychotherapy is not recorded; structured therapy belongs in the plan whatever comes next.",
    ]);
  }
  if (f.trauma) {
    out.push([
      "trauma-focused",
      "A trauma history or PTSD is recorded, so therapy should address the trauma directly.",
    ]);
  }
  out.push(
    f.personality
      ? [
          "dbt-intensive",
          "A personality disorder is recorded; intensive therapy with DBT skills suits it better than further drug trials alone.",
        ]
      : [
          "intensive-psychotherapy",
          f.history.psychotherapy === true
            ? "The patient is already in psychotherapy; stepping up its intensity is the next move."
            : "If weekly therapy is not enough, a programme gives several sessions a week.",
        ],
  );
  return out;
}

function lifestyle(f: Facts): [PathwayId, string][] {
  const out: [PathwayId, string][] = [
    [
      "exercise-diet",
      f.history.selfCare === false
        ? "Self-care (sleep, exercise, food) is recorded as lacking; a structured programme gives it a shape."
        : "Offered to everyone: it supports whichever treatment comes next.",
    ],
  ];
  if (f.factors.has("sleep-disorder") || f.shortSleep) {
    out.push([
      "sleep",
      f.factors.has("sleep-disorder")
        ? "A sleep disorder is recorded as a perpetuating factor."
        : "The patient reported under 6 hours of sleep before at least one session.",
    ]);
  }
  if (f.history.socialSupport === false || f.factors.has("psychosocial-stressors")) {
    out.push([
      "social-prescribing",
      f.history.socialSupport === false
        ? "Social support is recorded as lacking."
        : "Psychosocial stressors are recorded as a perpetuating factor.",
    ]);
  }
  return out;
}

function ketamineFamily(f: Facts): { first: [PathwayId, string][]; last: [PathwayId, string][] } {
  const esketamine = f.tried("esketamine") || f.prior("esketamine").length > 0;
  const iv = f.tried("iv-ketamine") || f.prior("ketamine", intravenous).length > 0;
  const ketamineTried = ketamineModalities.filter((m) => f.tried(m));
  if (f.ketamineBarred || (ketamineTried.length === 0 && !esketamine && f.prior("ketamine").length === 0)) {
    return { first: [], last: [] };
  }
  const given = f.sessionCount("esketamine");
  const first: [PathwayId, string][] =
    esketamine && !iv
      ? [
          [
            "iv-ketamine",
            `Esketamine has been tried${given > 0 ? ` (${given} session${given === 1 ? "" : "s"} in this chart)` : ""} but IV ketamine has not. IV dosing is by body weight and can be adjusted session by session, which fixed nasal doses cannot.`,
          ],
        ]
      : [];
  const courses =
    ketamineTried.length > 0 ? list(ketamineTried.map((m) => protocols[m].name)) : "earlier courses";
  return {
    first,
    last: [
      [
        "revisit-ketamine",
        `Not helping now (${courses}) does not rule out a later course: readiness and biology can change over time.`,
      ],
    ],
  };
}

/** Options after a ketamine-family course that did not work, fitted to the record; never empty. */
export function nextPathways(record: PatientRecord, context: PathwayContext): NextPathway[] {
  const facts = readRecord(record, context);
  const { first, last } = ketamineFamily(facts);
  const chosen = [
    ...first,
    ...neuromodulation(facts),
    ...pharmacological(facts),
    ...psychotherapy(facts),
    ...lifestyle(facts),
    ...last,
  ];
  return chosen.map(([id, why]) => {
    const { group, option, source } = pathwayCatalogue[id];
    return { group, option, source, why };
  });
}
