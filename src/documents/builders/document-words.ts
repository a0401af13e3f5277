// Words documents use for the engine's codes and dates, and the metadata every document opens with.

import {
  type Classification,
  type DiscontinuationCriterion,
  type Modality,
  protocols,
} from "../../clinical/index.ts";
import type { Audience, DocumentInput, DocumentKind, DocumentMeta } from "../document-model.ts";

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 2026-11-29 → 29 Nov 2026: calendar dates, read without a time zone. */
export function day(date: string): string {
  const [y, m, d] = date.split("-");
  const month = months[Number(m) - 1];
  if (y === undefined || d === undefined || month === undefined) return date;
  return `${Number(d)} ${month} ${y}`;
}

export function percent(value: number | null): string {
  return value === null ? "not computable" : `${Math.round(value)}%`;
}

export function modalityName(modality: Modality | null): string {
  return modality === null ? "no treatment route" : protocols[modality].name;
}

export const classificationWords: Readonly<Record<Classification, string>> = {
  remission: "remission",
  response: "response",
  "partial-response": "partial response",
  "non-response": "non-response",
  "insufficient-data": "not enough data to judge",
};

export const criterionWords: Readonly<Record<DiscontinuationCriterion, string>> = {
  "clear-non-response": "Clear non-response after an optimized trial",
  "no-trajectory-after-optimization": "No trajectory toward response after optimization",
  "intolerable-side-effects": "Side effects the patient could not tolerate",
  "patient-preference": "The patient's informed decision to stop",
  "emerging-contraindication": "A contraindication that emerged during the course",
};

const strategyWords: Readonly<Record<string, string>> = {
  "extend-induction": "Extended the induction beyond the standard number of sessions",
  "escalate-dose": "Raised the dose above the standard",
  "lower-dose": "Lowered the dose",
  "faster-infusion": "Shortened the infusion",
  "slower-infusion": "Lengthened the infusion",
  "extended-infusion": "Extended infusion (90 minutes or more)",
  "augment-lithium": "Added lithium",
  "taper-benzodiazepine": "Tapered the benzodiazepine",
  "switch-route-iv": "Changed route to IV ketamine",
  "switch-route-im": "Changed route to IM ketamine",
  "switch-route-sublingual": "Changed route to sublingual or oral ketamine",
  "switch-route-esketamine": "Changed route to esketamine nasal spray",
  "switch-to-tms": "Changed to TMS",
};

/** The strategy's name in words; a code the table does not know is shown as its own words. */
export function strategyName(code: string): string {
  return strategyWords[code] ?? code.replaceAll("-", " ").replace(/^./, (c) => c.toUpperCase());
}

const roleWords: Readonly<Record<string, string>> = {
  prescriber: "prescriber",
  nurse: "nurse",
  coordinator: "care coordinator",
  admin: "clinic administrator",
  readonly: "reviewer",
};

export function meta(input: DocumentInput, title: string, audience: Audience): DocumentMeta {
  return {
    title,
    audience,
    clinicName: input.clinic.name,
    author: { name: input.author.name, role: roleWords[input.author.role] ?? input.author.role },
    date: input.date,
    asOf: input.assessment.asOf,
    knowledgeVersion: input.assessment.knowledgeVersion,
    patient: { name: input.patient.name, birthDate: input.patient.birthDate, mrn: input.patient.mrn },
  };
}

export const kindTitles: Readonly<Record<DocumentKind, string>> = {
  "course-record": "Treatment course record",
  "referral-report": "Report to the referring clinician",
  "discontinuation-summary": "Discontinuation summary",
  "prior-authorization": "Prior authorization packet",
  "rems-monitoring": "Esketamine post-dose monitoring record",
  "patient-letter": "Your treatment: a summary for you",
  "pathway-comparison": "Comparing your next treatment options",
};

/** Joins words as a reader would: "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
