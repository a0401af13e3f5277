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

type Counts = Record<Modality, number>;

/** The record facts the choice turns on, read once. */
function readRecord(record: PatientRecord, context: PathwayContext) {
  const { history, priorTreatments, diagnoses, events } = record;
  const given: Counts = { ...noSessions };
  let shortSleep = false;
  for (const s of record.sessions) {
    if (s.date > context.asOf) continue;
    given[s.modality] += 1;
    if ((s.preSession?.sleepHours ?? 24) < 6) shortSleep = true;
  }
  const comorbid = history.comorbidities ?? [];
  const factors = history.perpetuatingFactors ?? [];
  let failedTreatments = 0;
  for (const p of priorTreatments) if (didNotWork.has(p.outcome)) failedTreatments += 1;
  return {
    history,
    priorTreatments,
    modalitiesTried: context.modalitiesTried,
    given,
    factors,
    currentMaoi: record.medications.some((m) => isActiveOn(m, context.asOf) && maoiNames.test(m.name)),
    shortSleep,
    trauma: history.trauma === true || comorbid.includes("ptsd") || hasCode(diagnoses, ptsdCode),
    personality: comorbid.includes("personality-disorder") || hasCode(diagnoses, personalityCode),
    chronicPain: history.chronicPain === true || comorbid.includes("chronic-pain"),
    bipolarOrPsychosis:
      history.psychosis === true ||
      comorbid.includes("bipolar") ||
      hasCode(diagnoses, bipolarOrPsychosisCode),
    // Seed 003 lists psychosis, substance use and new medical contraindications as reasons to stop ketamine.
    ketamineBarred:
      history.psychosis === true ||
      factors.includes("substance-use") ||
      events.some((e) => barringEvents.includes(e.type) && e.date <= context.asOf),
    antidepressants: prior(priorTreatments, "antidepressant"),
    failedTreatments,
  };
}

type Facts = ReturnType<typeof readRecord>;
type Add = (id: PathwayId, why: string) => void;

const noSessions: Counts = {
  "iv-ketamine": 0,
  "im-ketamine": 0,
  "sublingual-ketamine": 0,
  "oral-ketamine": 0,
  esketamine: 0,
  tms: 0,
};

function hasCode(diagnoses: PatientRecord["diagnoses"], pattern: RegExp): boolean {
  return diagnoses.some((d) => pattern.test(d.code));
}

function prior(
  list: readonly PriorTreatment[],
  type: PriorTreatment["type"],
  name?: RegExp,
): PriorTreatment[] {
  const out: PriorTreatment[] = [];
  for (const p of list) if (p.type === type && (name === undefined || name.test(p.name))) out.push(p);
  return out;
}

function tried(f: Facts, m: Modality): boolean {
  return f.modalitiesTried.includes(m) || f.given[m] > 0;
}

function neuromodulation(f: Facts, add: Add): void {
  const tmsPrior = prior(f.priorTreatments, "tms");
  const tmsFailed = tmsPrior.filter((p) => didNotWork.has(p.outcome));
  const tmsSessions = tried(f, "tms");
  const ectFailed = prior(f.priorTreatments, "ect").filter((p) => didNotWork.has(p.outcome));
  if (tmsFailed.length === 0 && !tmsSessions) {
    const past = tmsPrior.filter((p) => helped.has(p.outcome));
    const why =
      past.length > 0
        ? `An earlier TMS course helped (${list(past.map(named))}), so a repeat course is a reasonable choice.`
        : tmsPrior.length > 0
          ? `An earlier TMS course is recorded without its outcome (${list(tmsPrior.map((p) => p.name))}); find out how it went before repeating it.`
          : "TMS is not recorded as tried; it needs no anaesthesia or medication and is given as an outpatient.";
    add("tms", why);
    return;
  }
  const tmsWhy =
    tmsFailed.length > 0
      ? `TMS has already been tried without enough benefit (${list(tmsFailed.map(named))})`
      : "A TMS course is recorded in this chart without a response";
  if (ectFailed.length === 0) {
    add("ect", `${tmsWhy}, so ECT is the neuromodulation option to discuss instead.`);
    return;
  }
  const both = `${tmsWhy}, and ECT did not help either (${list(ectFailed.map(named))})`;
  add("vns", `${both}; VNS is the next established neuromodulation option.`);
  add(
    "dbs",
    `${both}; deep brain stimulation remains investigational, so only through a research programme.`,
  );
}

function pharmacological(f: Facts, add: Add): void {
  const names = f.antidepressants.map((p) => p.name);
  add(
    "other-class",
    names.length > 0
      ? `Antidepressant trials recorded: ${list(names)}. A class not yet used, or adding an augmenting agent, is the next medication step.`
      : "No earlier antidepressant trials are recorded; a full medication history should guide the choice of class or augmentation.",
  );
  const maoiTried = prior(f.priorTreatments, "antidepressant", maoiNames).length > 0 || f.currentMaoi;
  if (!maoiTried) {
    add(
      "maoi",
      "No MAOI trial is recorded. MAOIs are often overlooked in resistant depression; they need a washout from serotonergic drugs and dietary advice.",
    );
  }
  if (prior(f.priorTreatments, "augmentation", thyroidNames).length === 0) {
    add("thyroid", "No thyroid hormone augmentation is recorded as tried.");
  }
  const failed = f.failedTreatments + 1;
  add(
    "novel-agent",
    `${failed} treatment${failed === 1 ? "" : "s"} recorded without enough benefit, counting this course; trials of new antidepressants often look for patients like this.`,
  );
  if (!f.bipolarOrPsychosis) {
    add(
      "psilocybin",
      "No psychosis or bipolar disorder is recorded; availability depends on the jurisdiction.",
    );
  }
  if (f.chronicPain) {
    add(
      "pain-management",
      "Chronic pain is recorded; treating it alongside the depression, and measuring both, can help each.",
    );
  }
}

function psychotherapy(f: Facts, add: Add): void {
  if (f.history.psychotherapy !== true) {
    add(
      "structured-psychotherapy",
      f.history.psychotherapy === false
        ? "The patient is not in psychotherapy now; any gains in energy or openness from the course can be built on in therapy."
        : "Psychotherapy is not recorded; structured therapy belongs in the plan whatever comes next.",
    );
  }
  if (f.trauma) {
    add(
      "trauma-focused",
      "A trauma history or PTSD is recorded, so therapy should address the trauma directly.",
    );
  }
  if (f.personality) {
    add(
      "dbt-intensive",
      "A personality disorder is recorded; intensive therapy with DBT skills suits it better than further drug trials alone.",
    );
  } else {
    add(
      "intensive-psychotherapy",
      f.history.psychotherapy === true
        ? "The patient is already in psychotherapy; stepping up its intensity is the next move."
        : "If weekly therapy is not enough, a programme gives several sessions a week.",
    );
  }
}

function lifestyle(f: Facts, add: Add): void {
  add(
    "exercise-diet",
    f.history.selfCare === false
      ? "Self-care (sleep, exercise, food) is recorded as lacking; a structured programme gives it a shape."
      : "Offered to everyone: it supports whichever treatment comes next.",
  );
  if (f.factors.includes("sleep-disorder") || f.shortSleep) {
    add(
      "sleep",
      f.factors.includes("sleep-disorder")
        ? "A sleep disorder is recorded as a perpetuating factor."
        : "The patient reported under 6 hours of sleep before at least one session.",
    );
  }
  if (f.history.socialSupport === false || f.factors.includes("psychosocial-stressors")) {
    add(
      "social-prescribing",
      f.history.socialSupport === false
        ? "Social support is recorded as lacking."
        : "Psychosocial stressors are recorded as a perpetuating factor.",
    );
  }
}

/** Why to offer IV ketamine first and a later ketamine course last; null where the option does not apply. */
function ketamineFamily(f: Facts): { first: string | null; last: string | null } {
  const esketamine = tried(f, "esketamine") || prior(f.priorTreatments, "esketamine").length > 0;
  const iv = tried(f, "iv-ketamine") || prior(f.priorTreatments, "ketamine", intravenous).length > 0;
  const ketamineTried = ketamineModalities.filter((m) => tried(f, m));
  if (
    f.ketamineBarred ||
    (ketamineTried.length === 0 && !esketamine && prior(f.priorTreatments, "ketamine").length === 0)
  ) {
    return { first: null, last: null };
  }
  const given = f.given.esketamine;
  const first =
    esketamine && !iv
      ? `Esketamine has been tried${given > 0 ? ` (${given} session${given === 1 ? "" : "s"} in this chart)` : ""} but IV ketamine has not. IV dosing is by body weight and can be adjusted session by session, which fixed nasal doses cannot.`
      : null;
  const courses =
    ketamineTried.length > 0 ? list(ketamineTried.map((m) => protocols[m].name)) : "earlier courses";
  return {
    first,
    last: `Not helping now (${courses}) does not rule out a later course: readiness and biology can change over time.`,
  };
}

/** Options after a ketamine-family course that did not work, fitted to the record; never empty. */
export function nextPathways(record: PatientRecord, context: PathwayContext): NextPathway[] {
  const facts = readRecord(record, context);
  const { first, last } = ketamineFamily(facts);
  const out: NextPathway[] = [];
  const add: Add = (id, why) => {
    const { group, option, source } = pathwayCatalogue[id];
    out.push({ group, option, source, why });
  };
  if (first !== null) add("iv-ketamine", first);
  neuromodulation(facts, add);
  pharmacological(facts, add);
  psychotherapy(facts, add);
  lifestyle(facts, add);
  if (last !== null) add("revisit-ketamine", last);
  return out;
}
