// The systematic non-response work-up of seed 003: delivery, diagnosis, medications, engagement.

import type {
  BodyWeights,
  Classification,
  Finding,
  Recommendation,
  Severity,
  Workup,
  WorkupStep,
} from "./assessment.ts";
import { bySeverity, ev, recommendation, sessionField } from "./finding.ts";
import {
  type ActiveInterferingMedication,
  type InterferingClassId,
  interferingClasses,
  interferingMedications,
  type MedicationKind,
} from "./knowledge/interfering-medications.ts";
import { seed } from "./knowledge/source.ts";
import { protocols } from "./protocols/index.ts";
import type { Modality } from "./protocols/protocol.ts";
import type { History, PatientRecord } from "./record.ts";
import { assessDelivery, deliverySource, type IndexedSession } from "./workup-delivery.ts";
import { assessDiagnosis } from "./workup-diagnosis.ts";

export interface WorkupContext {
  readonly asOf: string;
  readonly classification: Classification;
  readonly trialAdequate: boolean;
  readonly modality: Modality | null;
  readonly weights: BodyWeights;
  /** The current modality's sessions on or before asOf in record order, when already picked out. */
  readonly sessions?: readonly IndexedSession[] | undefined;
  /** medicationKinds(record.medications), when already worked out. */
  readonly medicationKinds?: readonly MedicationKind[];
}

export interface WorkupResult {
  readonly workup: Workup;
  readonly findings: Finding[];
  readonly recommendations: Recommendation[];
}

type Answer = WorkupStep["answers"][number];
type Status = WorkupStep["status"];

const engagementSource = seed("003", "Step 4: Assess Treatment Engagement");

function statusOf(answers: readonly Answer[], recorded: boolean): Status {
  if (answers.some((a) => a.concern)) return "concern";
  return recorded ? "clear" : "not-recorded";
}

const expectationWords = new Map(
  ["realistic", "unrealistic", "pessimistic"].map((w) => [w, `${w.charAt(0).toUpperCase()}${w.slice(1)}`]),
);
const capitalised = (value: string): string =>
  expectationWords.get(value) ?? `${value.charAt(0).toUpperCase()}${value.slice(1)}`;

const yesNo = (value: boolean | undefined) => (value === undefined ? "Not recorded" : value ? "Yes" : "No");

/** Benzodiazepines matter most when the course is failing; for a responder they are a reminder to hold the dose. */
const medicationSeverity: Record<InterferingClassId, (indicated: boolean) => Severity> = {
  benzodiazepine: (indicated) => (indicated ? "warning" : "info"),
  lamotrigine: () => "info",
  memantine: () => "warning",
  naltrexone: () => "warning",
  opioid: () => "info",
};
const takenBeforeField: Partial<Record<InterferingClassId, "benzodiazepineTaken" | "naltrexoneTaken">> = {
  benzodiazepine: "benzodiazepineTaken",
  naltrexone: "naltrexoneTaken",
};

const classQuestions = new Map(interferingClasses.map((cls) => [cls.id, `${cls.label}?`]));

function medications(record: PatientRecord, sessions: readonly IndexedSession[], context: WorkupContext) {
  const indicated = isIndicated(context.classification);
  const active = interferingMedications(record.medications, context.asOf, context.medicationKinds);
  const tmsCourse = context.modality !== null && protocols[context.modality].family === "tms";
  const answers: Answer[] = [];
  const recommendations: Recommendation[] = [];
  let recorded = record.medications.length > 0;
  const takenBefore: Record<"benzodiazepineTaken" | "naltrexoneTaken", IndexedSession[]> = {
    benzodiazepineTaken: [],
    naltrexoneTaken: [],
  };
  for (const s of sessions) {
    const p = s.item.preSession;
    if (p === undefined) continue;
    recorded = true;
    if (p.benzodiazepineTaken === true) takenBefore.benzodiazepineTaken.push(s);
    if (p.naltrexoneTaken === true) takenBefore.naltrexoneTaken.push(s);
  }
  for (const cls of interferingClasses) {
    const listed: ActiveInterferingMedication[] = [];
    const parts: string[] = [];
    for (const a of active) {
      if (a.interferingClass.id !== cls.id) continue;
      listed.push(a);
      parts.push(a.medication.name);
    }
    const field = takenBeforeField[cls.id];
    const before = field === undefined ? [] : takenBefore[field];
    if (before.length > 0)
      parts.push(`taken before the session of ${before.map((s) => s.item.date).join(", ")}`);
    const present = parts.length > 0;
    const found = present ? parts.join("; ") : "None recorded";
    answers.push({
      question: classQuestions.get(cls.id) ?? `${cls.label}?`,
      answer: found,
      concern: present && !tmsCourse,
    });
    // The interference table is about ketamine and esketamine; it says nothing of TMS.
    if (!present || tmsCourse) continue;
    const responderNote =
      cls.id === "benzodiazepine" && !indicated ? " This applies even while the course is working." : "";
    recommendations.push(
      recommendation({
        code: cls.code,
        category: "medication",
        severity: medicationSeverity[cls.id](indicated),
        title: cls.title,
        detail: `${found}. ${cls.concern} ${cls.action}${responderNote}`,
        evidence: [
          ...listed.map((a) => ev(`medications[${a.index}].name`, a.medication.name)),
          ...before.map((s) => ev(sessionField(s.index, `preSession.${field}`), true, s.item.date)),
        ],
        source: cls.source,
      }),
    );
  }
  const step: WorkupStep = {
    step: "medications",
    title: "Review concurrent medications",
    status: statusOf(answers, recorded),
    answers,
  };
  return { step, recommendations };
}

interface EngagementRule {
  readonly code: string;
  readonly question: string;
  readonly field: string;
  readonly value: (h: History) => boolean | string | undefined;
  readonly concern: (h: History) => boolean;
  readonly title: string;
  readonly detail: (h: History) => string;
}

// Fixed rules read against the history, rather than rebuilt with it on every assessment.
const engagementRules: readonly EngagementRule[] = [
  {
    code: "add-psychotherapy",
    question: "In psychotherapy?",
    field: "history.psychotherapy",
    value: (h) => h.psychotherapy,
    concern: (h) => h.psychotherapy === false,
    title: "Add psychotherapy",
    detail: () => "Ketamine-family treatment does best alongside therapy; refer or re-engage the patient.",
  },
  {
    code: "support-self-care",
    question: "Keeping up sleep, exercise and nutrition?",
    field: "history.selfCare",
    value: (h) => h.selfCare,
    concern: (h) => h.selfCare === false,
    title: "Support basic self-care",
    detail: () => "Help the patient rebuild routines of sleep, movement and regular meals.",
  },
  {
    code: "strengthen-social-support",
    question: "Family or social support?",
    field: "history.socialSupport",
    value: (h) => h.socialSupport,
    concern: (h) => h.socialSupport === false,
    title: "Strengthen social support",
    detail: () =>
      "Involve family or friends where the patient agrees, or link to peer and community support.",
  },
  {
    code: "review-adherence",
    question: "Taking other medications as prescribed?",
    field: "history.medicationAdherence",
    value: (h) => h.medicationAdherence,
    concern: (h) => h.medicationAdherence === false,
    title: "Review adherence to other medications",
    detail: () => "Find out which doses are missed and why before judging the response.",
  },
  {
    code: "discuss-expectations",
    question: "Expectations of treatment?",
    field: "history.expectations",
    value: (h) => h.expectations,
    concern: (h) => h.expectations === "unrealistic" || h.expectations === "pessimistic",
    title: "Talk through expectations",
    detail: (h) =>
      h.expectations === "pessimistic"
        ? "The patient expects little from treatment; discuss what change is realistic and how it is measured."
        : "The patient's hopes may be set too high; discuss the usual pace and size of improvement.",
  },
];

function engagement(record: PatientRecord, indicated: boolean) {
  const h = record.history;
  const answers: Answer[] = [];
  const recommendations: Recommendation[] = [];
  let recorded = false;
  for (const rule of engagementRules) {
    const value = rule.value(h);
    const concern = rule.concern(h);
    if (value !== undefined) recorded = true;
    answers.push({
      question: rule.question,
      answer: typeof value === "string" ? capitalised(value) : yesNo(value),
      concern,
    });
    if (!indicated || !concern) continue;
    recommendations.push(
      recommendation({
        code: rule.code,
        category: "engagement",
        severity: "info",
        title: rule.title,
        detail: rule.detail(h),
        evidence: [ev(rule.field, value ?? null)],
        source: engagementSource,
      }),
    );
  }
  const step: WorkupStep = {
    step: "engagement",
    title: "Assess engagement",
    status: statusOf(answers, recorded),
    answers,
  };
  return { step, recommendations };
}

function isIndicated(classification: Classification): boolean {
  return classification === "non-response" || classification === "partial-response";
}

/** The current modality's sessions on or before asOf, in record order. */
function currentSessions(record: PatientRecord, context: WorkupContext): IndexedSession[] {
  const out: IndexedSession[] = [];
  record.sessions.forEach((item, index) => {
    if (item.modality === context.modality && item.date <= context.asOf) out.push({ item, index });
  });
  return out;
}

/** The four steps, with findings always and work-up recommendations only when the work-up applies. */
export function assessWorkup(record: PatientRecord, context: WorkupContext): WorkupResult {
  const indicated = isIndicated(context.classification);
  const sessions = context.sessions ?? currentSessions(record, context);
  const delivery = assessDelivery(sessions, context.modality, context.weights, context.trialAdequate);
  const verify =
    indicated && delivery.concernEvidence.length > 0
      ? [
          recommendation({
            code: "verify-treatment-delivery",
            category: "workup",
            severity: "warning",
            title: "Verify the treatment was delivered as intended",
            detail: `Before calling this non-response, resolve the delivery problems found: ${delivery.concerns.join("; ")}.${context.trialAdequate ? "" : " The trial is not yet adequate either."}`,
            evidence: delivery.concernEvidence,
            source: deliverySource,
          }),
        ]
      : [];
  const dx = assessDiagnosis(record, indicated);
  const meds = medications(record, sessions, context);
  const engaged = engagement(record, indicated);
  return {
    workup: { indicated, steps: [delivery.step, dx.step, meds.step, engaged.step] },
    findings: bySeverity(delivery.findings),
    recommendations: bySeverity(verify, dx.recommendations, meds.recommendations, engaged.recommendations),
  };
}
