// Work-up step 1: was the treatment delivered as intended (sessions, infusion time, pre-session checks, dose).

import type { BodyWeights, Evidence, Finding, WorkupStep } from "./assessment.ts";
import { seed } from "./knowledge/source.ts";
import { protocols } from "./protocols/index.ts";
import type { Modality } from "./protocols/protocol.ts";
import { weightChecks } from "./workup-delivery-dose.ts";
import { type Check, type IndexedSession, sessionChecks } from "./workup-delivery-sessions.ts";

export type { IndexedSession } from "./workup-delivery-sessions.ts";

export const deliverySource = seed("003", "Step 1: Verify Treatment Delivery");

type Answer = WorkupStep["answers"][number];

export interface DeliveryResult {
  readonly step: WorkupStep;
  /** Everything found, including notes that are not concerns. */
  readonly findings: Finding[];
  /** Titles, in lower case, of the findings that are concerns. */
  readonly concerns: string[];
  /** Evidence of the findings that are concerns. */
  readonly concernEvidence: Evidence[];
}

function answerFor({ text, hits, concern, recorded }: Check): Answer {
  if (hits.length === 0) {
    return {
      question: text.question,
      answer: recorded ? "No problem recorded" : "Not recorded",
      concern: false,
    };
  }
  const dates: string[] = [];
  for (const s of hits) dates.push(s.item.date);
  return { question: text.question, answer: `${text.title}: ${dates.join(", ")}`, concern };
}

/** Step 1 over the current modality's sessions on or before asOf. */
export function assessDelivery(
  sessions: readonly IndexedSession[],
  modality: Modality | null,
  weights: BodyWeights,
  trialAdequate: boolean,
): DeliveryResult {
  if (modality === null || sessions.length === 0) {
    const answers = [
      { question: "Sessions of the current course", answer: "No sessions recorded", concern: false },
    ];
    return {
      step: { step: "delivery", title: "Verify treatment delivery", status: "not-recorded", answers },
      findings: [],
      concerns: [],
      concernEvidence: [],
    };
  }
  const protocol = protocols[modality];
  const all = sessionChecks(sessions, protocol, modality);
  if (protocol.dose.unit === "mg/kg") all.push(...weightChecks(sessions, weights));
  const findings: Finding[] = [];
  const concerns: string[] = [];
  const concernEvidence: Evidence[] = [];
  const answers: Answer[] = [
    {
      question: "Sessions of the current course",
      answer: `${sessions.length} on or before this date`,
      concern: false,
    },
    { question: "Adequate trial so far?", answer: trialAdequate ? "Yes" : "Not yet", concern: false },
  ];
  let status: WorkupStep["status"] = "clear";
  for (const c of all) {
    answers.push(answerFor(c));
    if (c.hits.length === 0) continue;
    const evidence = c.shared ? c.shared() : [];
    for (const s of c.hits) c.evidence(s, evidence);
    const { code, severity, title, detail } = c.text;
    findings.push({ code, severity, title, detail, evidence, source: deliverySource });
    if (c.concern) {
      status = "concern";
      concerns.push(c.text.concern);
      for (const e of evidence) concernEvidence.push(e);
    }
  }
  return {
    step: { step: "delivery", title: "Verify treatment delivery", status, answers },
    findings,
    concerns,
    concernEvidence,
  };
}
