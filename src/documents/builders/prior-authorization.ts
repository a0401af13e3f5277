// Prior-authorization packet for esketamine or TMS, with the benefits-check worksheet and out-of-pocket estimate.
//
// Input: the common DocumentInput plus
// - `pathway`: "esketamine" or "tms" (which treatment the packet asks the plan to cover);
// - `intake` (optional): the patient's latest intake re-evaluation; when present its treatment list is judged
//   (it knows this-episode and adherence) and its staging (TRD call, Maudsley score) is quoted;
// - `coverage` (optional): the coordinator's benefits check for that pathway;
// - `priceList` (optional): the clinic's price list;
// - `sessions` (optional): sessions the estimate covers; the pathway's induction course when absent.
// Missing inputs leave their section in place, saying what is missing. Judgements come from the engine
// (judgeTrial, stageIntake, estimateOutOfPocket, the Assessment); this file only lays them out.

import {
  type Coverage,
  type IntakeRecord,
  type PriceList,
  protocols,
  stageIntake,
} from "../../clinical/index.ts";
import type { Block, ClinicalDocument, DocumentInput, DocumentSection, FactRow } from "../document-model.ts";
import { day, meta } from "./document-words.ts";
import { coverageFacts, outOfPocket } from "./prior-authorization-benefits.ts";
import {
  antidepressantTrials,
  judgedTreatments,
  otherTreatments,
  psychotherapy,
  safety,
  severity,
} from "./prior-authorization-history.ts";
import { type RequestedPathway, rationale } from "./prior-authorization-rationale.ts";

export type { RequestedPathway } from "./prior-authorization-rationale.ts";
export const requestedPathways: readonly RequestedPathway[] = ["esketamine", "tms"];

export interface PriorAuthorizationInput extends DocumentInput {
  readonly pathway: RequestedPathway;
  readonly intake?: IntakeRecord;
  readonly coverage?: Coverage;
  readonly priceList?: PriceList;
  readonly sessions?: number;
}

const treatmentName: Record<RequestedPathway, string> = {
  esketamine: "Esketamine nasal spray (Spravato), induction course",
  tms: "Transcranial magnetic stimulation (TMS), acute course",
};

function requestSection(input: PriorAuthorizationInput, sessions: number): DocumentSection {
  const rows: FactRow[] = [
    { label: "Treatment requested", value: treatmentName[input.pathway] },
    { label: "Sessions requested", value: String(sessions) },
    { label: "Plan", value: input.coverage?.planName ?? "not entered" },
    { label: "Requesting clinic", value: input.clinic.name },
  ];
  return { heading: "Request", blocks: [{ kind: "facts", rows }] };
}

function diagnosisSection(input: PriorAuthorizationInput): DocumentSection {
  const { diagnoses } = input.record;
  const blocks: Block[] =
    diagnoses.length === 0
      ? [{ kind: "empty", text: "No diagnosis is recorded: add one before sending." }]
      : [
          {
            kind: "table",
            columns: ["Code", "Diagnosis"],
            rows: diagnoses.map((d) => [d.code, d.display ?? "description not recorded"]),
          },
        ];
  const dx = input.intake?.diagnosis;
  if (dx !== undefined) {
    blocks.push({
      kind: "facts",
      rows: [
        { label: "Confidence at intake", value: dx.confidence },
        { label: "This episode began", value: day(dx.episodeStart) },
        { label: "Severity at intake", value: dx.severity.replace("-", " with ") },
      ],
    });
  }
  return { heading: "Diagnosis", blocks };
}

function currentMedications(input: PriorAuthorizationInput): string[] {
  return input.record.medications
    .filter(
      (m) => (m.start === undefined || m.start <= input.date) && (m.end === undefined || m.end >= input.date),
    )
    .map((m) => (m.dose === undefined ? m.name : `${m.name} ${m.dose}`));
}

/** The packet: request, diagnosis, history judged trial by trial, severity, safety, rationale, benefits, estimate. */
export function buildPriorAuthorization(input: PriorAuthorizationInput): ClinicalDocument {
  const settings = input.assessment.settings;
  const sessions = input.sessions ?? protocols[input.pathway].inductionSessions;
  const treatments = judgedTreatments(input.record, input.intake, settings);
  const staging = input.intake === undefined ? undefined : stageIntake(input.intake, settings);
  const coverage = input.coverage?.pathway === input.pathway ? input.coverage : undefined;
  return {
    kind: "prior-authorization",
    meta: meta(
      input,
      `Prior authorization request: ${input.pathway === "tms" ? "TMS" : "esketamine"}`,
      "payer",
    ),
    sections: [
      requestSection(input, sessions),
      diagnosisSection(input),
      antidepressantTrials(treatments, settings),
      otherTreatments(treatments),
      psychotherapy(treatments, input.record),
      severity(input.assessment),
      safety(input.assessment),
      rationale({
        patientName: input.patient.name,
        assessment: input.assessment,
        diagnoses: input.record.diagnoses,
        treatments,
        staging,
        currentMedications: currentMedications(input),
        pathway: input.pathway,
        sessions,
      }),
      coverageFacts(coverage),
      outOfPocket(coverage, input.priceList, input.pathway, sessions),
      {
        heading: "Sign-off",
        blocks: [
          {
            kind: "paragraph",
            text: "Every fact above comes from the patient's record in Titrate and the clinic's benefits check; the trial judgements use the dose and duration rules cited in the knowledge version shown.",
          },
          { kind: "signature", lines: ["Prescriber", "Coordinator who checked benefits"] },
        ],
      },
    ],
  };
}
