// Work-up step 2: is this major depression, and what else could be keeping it going.

import type { Evidence, WorkupStep } from "./assessment.ts";
import { ev, recommendation } from "./finding.ts";
import { seed } from "./knowledge/source.ts";
import type { Comorbidity, PatientRecord, PerpetuatingFactor } from "./record.ts";

type Answer = WorkupStep["answers"][number];

const diagnosisSource = seed("003", "Step 2: Reassess the Diagnosis");

const comorbidityNames: Record<Comorbidity, string> = {
  ptsd: "PTSD",
  ocd: "OCD",
  autism: "autism spectrum disorder",
  adhd: "ADHD",
  "chronic-pain": "chronic pain",
  "personality-disorder": "personality disorder",
  bipolar: "bipolar disorder",
  "anxiety-disorder": "anxiety disorder",
  "eating-disorder": "eating disorder",
};
const factorNames: Record<PerpetuatingFactor, string> = {
  "substance-use": "ongoing substance use",
  "sleep-disorder": "untreated sleep disorder",
  "medical-illness": "chronic medical illness",
  "medication-side-effects": "medication side effects",
  "psychosocial-stressors": "psychosocial stressors",
};

/** ICD-10 codes, dot removed, that suggest something other than major depression, most specific first. */
const otherDiagnoses: readonly [RegExp, string][] = [
  [/^F341/, "persistent depressive disorder (dysthymia)"],
  [/^F432/, "adjustment disorder"],
  [/^F431/, "PTSD"],
  [/^F063/, "mood disorder due to a medical condition"],
  [/^F1\d\d4/, "substance-induced mood disorder"],
  [/^F60/, "personality disorder"],
  [/^F31/, "bipolar disorder"],
];

const icd10 = /^[A-Z]\d{2}/;
const majorDepression = /^F3[23]/;

/**
 * What an ICD-10 code suggests other than major depression (F32, F33); null for major depression
 * and for codes from other systems, which this rule cannot read.
 */
export function alternativeDiagnosis(code: string): string | null {
  const bare = code.trim().toUpperCase().replace(".", "");
  if (!icd10.test(bare) || majorDepression.test(bare)) return null;
  return (
    otherDiagnoses.find(([pattern]) => pattern.test(bare))?.[1] ?? "a diagnosis other than major depression"
  );
}

/** Step 2: what the record says about the diagnosis, comorbidities and perpetuating factors. */
export function assessDiagnosis(record: PatientRecord, indicated: boolean) {
  const { diagnoses, history } = record;
  const answers: Answer[] = [];
  const concerns: Evidence[] = [];
  let otherDiagnosis = false;
  const diagnosisLines = diagnoses.map((d, i) => {
    const other = alternativeDiagnosis(d.code);
    if (other !== null) {
      otherDiagnosis = true;
      concerns.push(ev(`diagnoses[${i}].code`, d.code));
    }
    const label = `${d.code}${d.display === undefined ? "" : ` ${d.display}`}`;
    if (other !== null) return `${label}: consider ${other}`;
    return icd10.test(d.code.trim().toUpperCase())
      ? `${label} (major depression)`
      : `${label} (not an ICD-10 code)`;
  });
  answers.push({
    question: "Is this major depression, or something that looks like it?",
    answer: diagnosisLines.length > 0 ? diagnosisLines.join("; ") : "No diagnosis recorded",
    concern: otherDiagnosis,
  });
  const comorbid = (history.comorbidities ?? []).map((c, j) => {
    concerns.push(ev(`history.comorbidities[${j}]`, c));
    return comorbidityNames[c];
  });
  if (history.chronicPain === true && !history.comorbidities?.includes("chronic-pain")) {
    concerns.push(ev("history.chronicPain", true));
    comorbid.push("chronic pain");
  }
  answers.push({
    question: "Comorbidities that could be blunting the response?",
    answer: comorbid.length > 0 ? comorbid.join(", ") : history.comorbidities ? "None" : "Not recorded",
    concern: comorbid.length > 0,
  });
  const factors = (history.perpetuatingFactors ?? []).map((f, j) => {
    concerns.push(ev(`history.perpetuatingFactors[${j}]`, f));
    return factorNames[f];
  });
  if (history.substanceUse === true && !history.perpetuatingFactors?.includes("substance-use")) {
    concerns.push(ev("history.substanceUse", true));
    factors.push("substance use");
  }
  answers.push({
    question: "Factors keeping the depression going?",
    answer: factors.length > 0 ? factors.join(", ") : history.perpetuatingFactors ? "None" : "Not recorded",
    concern: factors.length > 0,
  });
  const recorded =
    diagnoses.length > 0 ||
    history.comorbidities !== undefined ||
    history.perpetuatingFactors !== undefined ||
    history.substanceUse !== undefined;
  const step: WorkupStep = {
    step: "diagnosis",
    title: "Reassess the diagnosis",
    status: answers.some((a) => a.concern) ? "concern" : recorded ? "clear" : "not-recorded",
    answers,
  };
  if (!indicated) return { step, recommendations: [] };
  const found = concerns.length > 0;
  const evidence = found
    ? concerns
    : [
        ...diagnoses.map((d, i) => ev(`diagnoses[${i}].code`, d.code)),
        ...(diagnoses.length === 0 ? [ev("diagnoses", "none recorded")] : []),
        ev("history.comorbidities", history.comorbidities ? "none" : "not recorded"),
        ev("history.perpetuatingFactors", history.perpetuatingFactors ? "none" : "not recorded"),
      ];
  const rec = recommendation({
    code: "reassess-diagnosis",
    category: "workup",
    severity: found ? "warning" : "info",
    title: "Reassess the diagnosis",
    detail: found
      ? `The record holds findings that could explain a poor response: ${[...answers.filter((a) => a.concern).map((a) => a.answer)].join("; ")}. Review whether major depression is the whole picture.`
      : "Nothing in the record points away from major depression, but a poor response is a reason to look again for a look-alike diagnosis, a missed comorbidity or a factor keeping the depression going.",
    evidence,
    source: diagnosisSource,
  });
  return { step, recommendations: [rec] };
}
