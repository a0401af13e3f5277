// Work-up step 1: was the treatment delivered as intended (sessions, infusion time, pre-session checks, dose).

import type { BodyWeights, Evidence, Finding, WorkupStep } from "./assessment.ts";
import { ev, finding } from "./finding.ts";
import { seed } from "./knowledge/source.ts";
import { protocols } from "./protocols/index.ts";
import type { Modality } from "./protocols/protocol.ts";
import type { Session } from "./record.ts";

export const deliverySource = seed("003", "Step 1: Verify Treatment Delivery");

/** A session with its position in record.sessions, for evidence paths. */
export interface IndexedSession {
  readonly session: Session;
  readonly index: number;
}

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

/** Share by which a stated mg dose may differ from mg/kg × weight before it counts as a mismatch. */
const doseTolerance = 0.05;
const obeseBmi = 30;
const shortSleepHours = 6;
/** Routes where food in the stomach matters: swallowed or sprayed doses (seed 003 step 1). */
const fastingRoutes: readonly Modality[] = ["oral-ketamine", "sublingual-ketamine", "esketamine"];

const path = (s: IndexedSession, field: string) => `sessions[${s.index}].${field}`;
const dates = (list: readonly IndexedSession[]) => list.map((s) => s.session.date).join(", ");

interface Check {
  readonly code: string;
  readonly severity: Finding["severity"];
  readonly title: string;
  readonly detail: string;
  readonly question: string;
  /** Sessions where the problem shows, with the evidence each gives. */
  readonly hits: readonly IndexedSession[];
  readonly evidence: (s: IndexedSession) => Evidence[];
  /** False for notes that describe the course without suggesting it went wrong. */
  readonly concern: boolean;
  /** Whether the record says anything this check could read; without it the answer is "not recorded". */
  readonly recorded: boolean;
  /** Evidence that belongs to the whole finding rather than one session. */
  readonly shared?: readonly Evidence[];
}

function checks(sessions: readonly IndexedSession[], modality: Modality): Check[] {
  const protocol = protocols[modality];
  const list: Check[] = [
    {
      code: "incomplete-sessions",
      severity: "warning",
      title: "Sessions not completed or interrupted",
      detail:
        "Part of the course was not delivered as planned, so the trial may have been smaller than it looks.",
      question: "Were all sessions completed without interruption?",
      hits: sessions.filter((s) => !s.session.completed || s.session.interrupted === true),
      evidence: (s) => [
        ...(s.session.completed ? [] : [ev(path(s, "completed"), false, s.session.date)]),
        ...(s.session.interrupted === true ? [ev(path(s, "interrupted"), true, s.session.date)] : []),
        ...(s.session.interruptionReason === undefined
          ? []
          : [ev(path(s, "interruptionReason"), s.session.interruptionReason, s.session.date)]),
      ],
      concern: true,
      recorded: true,
    },
  ];
  if (protocol.infusion) {
    const { standardMinutes, minMinutes } = protocol.infusion;
    const timed = sessions.flatMap((s) =>
      s.session.infusionMinutes === undefined ? [] : [{ s, minutes: s.session.infusionMinutes }],
    );
    const offStandard = timed.filter((t) => t.minutes !== standardMinutes);
    const tooFast = offStandard.some((t) => t.minutes < minMinutes);
    list.push({
      code: "infusion-time-off-standard",
      severity: tooFast ? "warning" : "info",
      title: `Infusions not given over the standard ${standardMinutes} minutes`,
      detail: tooFast
        ? `At least one infusion ran faster than ${minMinutes} minutes, the quickest rate the protocol allows.`
        : "A different infusion time may be a deliberate rate change; confirm it was intended.",
      question: `Were infusions given over ${standardMinutes} minutes?`,
      hits: offStandard.map((t) => t.s),
      evidence: (s) => [ev(path(s, "infusionMinutes"), s.session.infusionMinutes ?? null, s.session.date)],
      // A longer or shorter infusion can be a chosen strategy; only one faster than the protocol allows is a concern.
      concern: tooFast,
      recorded: timed.length > 0,
    });
  }
  if (protocol.family === "tms") return list;

  type PreSession = NonNullable<Session["preSession"]>;
  const preCheck = <K extends keyof PreSession>(
    field: K,
    problem: (value: NonNullable<PreSession[K]>) => boolean,
    text: Pick<Check, "code" | "severity" | "title" | "detail" | "question">,
  ): Check => {
    const hits = sessions.filter((s) => {
      const value = s.session.preSession?.[field];
      return value !== undefined && problem(value);
    });
    return {
      ...text,
      hits,
      evidence: (s) => [
        ev(path(s, `preSession.${field}`), s.session.preSession?.[field] ?? null, s.session.date),
      ],
      concern: true,
      recorded: sessions.some((s) => s.session.preSession?.[field] !== undefined),
    };
  };
  if (fastingRoutes.includes(modality)) {
    list.push(
      preCheck("fasted", (v) => v === false, {
        code: "not-fasted-before-dose",
        severity: "warning",
        title: "Not fasted before dosing",
        detail:
          "Food shortly before an oral or nasal dose can change how much is absorbed, and makes nausea likelier.",
        question: "Fasted before each dose?",
      }),
    );
  }
  list.push(
    preCheck("caffeine", (v) => v === true, {
      code: "caffeine-before-session",
      severity: "info",
      title: "Caffeine before sessions",
      detail:
        "Caffeine before treatment is one of the patient factors to rule out when a course is not working.",
      question: "Caffeine avoided before sessions?",
    }),
    preCheck("sleepHours", (v) => v < shortSleepHours, {
      code: "short-sleep-before-session",
      severity: "info",
      title: `Under ${shortSleepHours} hours of sleep before sessions`,
      detail: "A poor night before treatment is a patient factor that may weaken the session's effect.",
      question: `At least ${shortSleepHours} hours of sleep before sessions?`,
    }),
    preCheck("benzodiazepineTaken", (v) => v === true, {
      code: "benzodiazepine-before-session",
      severity: "warning",
      title: "Benzodiazepine taken before sessions",
      detail: "A benzodiazepine on the day of treatment may blunt the antidepressant effect.",
      question: "Benzodiazepine avoided before sessions?",
    }),
    preCheck("naltrexoneTaken", (v) => v === true, {
      code: "naltrexone-before-session",
      severity: "warning",
      title: "Naltrexone taken before sessions",
      detail: "Naltrexone within 72 hours of treatment may block part of the effect.",
      question: "Naltrexone avoided before sessions?",
    }),
  );
  return list;
}

/** The body weights a session's mg dose could have been worked out on, given its stated basis. */
function candidateWeights(s: IndexedSession, weights: BodyWeights): { field: string; kg: number }[] {
  const actual =
    s.session.weightKg === undefined
      ? { field: "patient.weightKg", kg: weights.actualKg }
      : { field: path(s, "weightKg"), kg: s.session.weightKg };
  const ideal = weights.idealKg === null ? [] : [{ field: "weights.idealKg", kg: weights.idealKg }];
  const adjusted =
    weights.adjustedKg === null ? [] : [{ field: "weights.adjustedKg", kg: weights.adjustedKg }];
  switch (s.session.doseBasis) {
    case "actual":
      return [actual];
    case "ideal":
      return ideal;
    case "adjusted":
      return adjusted;
    case undefined:
      // With no basis stated, a dose matching any of the three weights is taken as correct.
      return [actual, ...ideal, ...adjusted];
  }
}

function doseMismatches(sessions: readonly IndexedSession[], weights: BodyWeights): Check {
  const expected = (s: IndexedSession) => candidateWeights(s, weights);
  const mismatch = (s: IndexedSession) => {
    const { doseMg, doseMgPerKg } = s.session;
    if (doseMg === undefined || doseMgPerKg === undefined) return false;
    const candidates = expected(s);
    return (
      candidates.length > 0 &&
      candidates.every(({ kg }) => Math.abs(doseMg - doseMgPerKg * kg) > doseTolerance * doseMgPerKg * kg)
    );
  };
  return {
    code: "dose-calculation-mismatch",
    severity: "warning",
    title: "Dose in mg does not match mg/kg × weight",
    detail: `The mg given differs by more than ${doseTolerance * 100}% from the mg/kg dose times the dosing weight; check the calculation.`,
    question: "Does each mg dose match mg/kg × weight?",
    hits: sessions.filter(mismatch),
    recorded: sessions.some((s) => s.session.doseMg !== undefined && s.session.doseMgPerKg !== undefined),
    evidence: (s) => [
      ev(path(s, "doseMg"), s.session.doseMg ?? null, s.session.date),
      ev(path(s, "doseMgPerKg"), s.session.doseMgPerKg ?? null, s.session.date),
      ev(path(s, "doseBasis"), s.session.doseBasis ?? null, s.session.date),
      ...expected(s).map(({ field, kg }) => ev(field, kg)),
    ],
    concern: true,
  };
}

function weightBasis(sessions: readonly IndexedSession[], weights: BodyWeights): Check {
  const dosed = sessions.filter((s) => s.session.doseMgPerKg !== undefined);
  const onActual = dosed.filter((s) => s.session.doseBasis === undefined || s.session.doseBasis === "actual");
  const obese = weights.bmi !== null && weights.bmi >= obeseBmi;
  const hits = obese ? onActual : [];
  return {
    code: "review-dose-weight-basis",
    severity: "warning",
    title: "Review which body weight the dose is based on",
    detail: `At a BMI of ${weights.bmi}, mg/kg doses on actual weight (${weights.actualKg} kg) give more drug than on ideal (${weights.idealKg} kg) or adjusted (${weights.adjustedKg} kg) weight; confirm the basis was chosen on purpose.`,
    question:
      weights.bmi === null
        ? "Dose weight basis suitable? (no height, so no BMI)"
        : `Dose weight basis suitable at BMI ${weights.bmi}?`,
    hits,
    recorded: weights.bmi !== null && dosed.length > 0,
    evidence: (s) => [ev(path(s, "doseBasis"), s.session.doseBasis ?? null, s.session.date)],
    concern: true,
    shared: [
      ev("weights.bmi", weights.bmi),
      ev("patient.weightKg", weights.actualKg),
      ev("weights.idealKg", weights.idealKg),
      ev("weights.adjustedKg", weights.adjustedKg),
    ],
  };
}

function answerFor({ question, hits, title, concern, recorded }: Check): Answer {
  if (hits.length > 0) return { question, answer: `${title}: ${dates(hits)}`, concern };
  return { question, answer: recorded ? "No problem recorded" : "Not recorded", concern: false };
}

/** Step 1 over the current modality's sessions on or before asOf. */
export function assessDelivery(
  sessions: readonly IndexedSession[],
  modality: Modality | null,
  weights: BodyWeights,
  trialAdequate: boolean,
): DeliveryResult {
  const step = { step: "delivery", title: "Verify treatment delivery" } as const;
  if (modality === null || sessions.length === 0) {
    const answers = [
      { question: "Sessions of the current course", answer: "No sessions recorded", concern: false },
    ];
    return {
      step: { ...step, status: "not-recorded", answers },
      findings: [],
      concerns: [],
      concernEvidence: [],
    };
  }
  const all = checks(sessions, modality);
  if (protocols[modality].dose.unit === "mg/kg") {
    all.push(weightBasis(sessions, weights), doseMismatches(sessions, weights));
  }
  const findings: Finding[] = [];
  const concerns: string[] = [];
  const concernEvidence: Evidence[] = [];
  for (const c of all) {
    if (c.hits.length === 0) continue;
    const evidence = [...(c.shared ?? []), ...c.hits.flatMap(c.evidence)];
    const { code, severity, title, detail } = c;
    findings.push(finding({ code, severity, title, detail, evidence, source: deliverySource }));
    if (c.concern) {
      concerns.push(title.toLowerCase());
      concernEvidence.push(...evidence);
    }
  }
  const answers: Answer[] = [
    {
      question: "Sessions of the current course",
      answer: `${sessions.length} on or before this date`,
      concern: false,
    },
    { question: "Adequate trial so far?", answer: trialAdequate ? "Yes" : "Not yet", concern: false },
    ...all.map(answerFor),
  ];
  const status = answers.some((a) => a.concern) ? "concern" : "clear";
  return { step: { ...step, status, answers }, findings, concerns, concernEvidence };
}
