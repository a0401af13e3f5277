// Work-up step 1, the per-session checks: sessions completed, infusion time, the pre-session checklist.

import type { Evidence, Finding } from "./assessment.ts";
import { ev, sessionField } from "./finding.ts";
import { protocols } from "./protocols/index.ts";
import { type Modality, modalities, type Protocol } from "./protocols/protocol.ts";
import type { Session } from "./record.ts";
import type { Indexed } from "./timeline.ts";

/** A session with its position in record.sessions, for evidence paths. */
export type IndexedSession = Indexed<Session>;

export interface CheckText {
  readonly code: string;
  readonly severity: Finding["severity"];
  readonly title: string;
  readonly detail: string;
  readonly question: string;
  /** The title in lower case, as the list of concerns names it. */
  readonly concern: string;
}

/** A check's words, with the lower-case title worked out once rather than on every assessment. */
export function checkText(text: Omit<CheckText, "concern">): CheckText {
  return { ...text, concern: text.title.toLowerCase() };
}

/** One check's outcome: where the problem shows, and the words for it. */
export interface Check {
  readonly text: CheckText;
  /** Sessions where the problem shows. */
  readonly hits: readonly IndexedSession[];
  /** Appends the evidence one hit gives; only called for hits, so a clean course builds none. */
  readonly evidence: (s: IndexedSession, out: Evidence[]) => void;
  /** False for notes that describe the course without suggesting it went wrong. */
  readonly concern: boolean;
  /** Whether the record says anything this check could read; without it the answer is "not recorded". */
  readonly recorded: boolean;
  /** Evidence that belongs to the whole finding rather than one session. */
  readonly shared?: (() => Evidence[]) | undefined;
}

export const path = (s: IndexedSession, field: string) => sessionField(s.index, field);

const shortSleepHours = 6;
/** Routes where food in the stomach matters: swallowed or sprayed doses (seed 003 step 1). */
export const fastingRoutes: readonly Modality[] = ["oral-ketamine", "sublingual-ketamine", "esketamine"];

const incompleteText = checkText({
  code: "incomplete-sessions",
  severity: "warning",
  title: "Sessions not completed or interrupted",
  detail:
    "Part of the course was not delivered as planned, so the trial may have been smaller than it looks.",
  question: "Were all sessions completed without interruption?",
});

/** The infusion check's words for each protocol with an infusion: [one ran too fast, only off the standard]. */
const infusionTexts = new Map<Modality, readonly [CheckText, CheckText]>();
for (const m of modalities) {
  const infusion = protocols[m].infusion;
  if (!infusion) continue;
  const { standardMinutes, minMinutes } = infusion;
  const common = {
    code: "infusion-time-off-standard",
    title: `Infusions not given over the standard ${standardMinutes} minutes`,
    question: `Were infusions given over ${standardMinutes} minutes?`,
  };
  infusionTexts.set(m, [
    checkText({
      ...common,
      severity: "warning",
      detail: `At least one infusion ran faster than ${minMinutes} minutes, the quickest rate the protocol allows.`,
    }),
    checkText({
      ...common,
      severity: "info",
      detail: "A different infusion time may be a deliberate rate change; confirm it was intended.",
    }),
  ]);
}

const fastedText = checkText({
  code: "not-fasted-before-dose",
  severity: "warning",
  title: "Not fasted before dosing",
  detail:
    "Food shortly before an oral or nasal dose can change how much is absorbed, and makes nausea likelier.",
  question: "Fasted before each dose?",
});
const caffeineText = checkText({
  code: "caffeine-before-session",
  severity: "info",
  title: "Caffeine before sessions",
  detail: "Caffeine before treatment is one of the patient factors to rule out when a course is not working.",
  question: "Caffeine avoided before sessions?",
});
const sleepText = checkText({
  code: "short-sleep-before-session",
  severity: "info",
  title: `Under ${shortSleepHours} hours of sleep before sessions`,
  detail: "A poor night before treatment is a patient factor that may weaken the session's effect.",
  question: `At least ${shortSleepHours} hours of sleep before sessions?`,
});
const benzodiazepineText = checkText({
  code: "benzodiazepine-before-session",
  severity: "warning",
  title: "Benzodiazepine taken before sessions",
  detail: "A benzodiazepine on the day of treatment may blunt the antidepressant effect.",
  question: "Benzodiazepine avoided before sessions?",
});
const naltrexoneText = checkText({
  code: "naltrexone-before-session",
  severity: "warning",
  title: "Naltrexone taken before sessions",
  detail: "Naltrexone within 72 hours of treatment may block part of the effect.",
  question: "Naltrexone avoided before sessions?",
});

// One function per field, so the hot loop reads fixed property names rather than computed ones.
const preEvidence = {
  fasted: (s: IndexedSession, out: Evidence[]) =>
    out.push(ev(path(s, "preSession.fasted"), s.item.preSession?.fasted ?? null, s.item.date)),
  caffeine: (s: IndexedSession, out: Evidence[]) =>
    out.push(ev(path(s, "preSession.caffeine"), s.item.preSession?.caffeine ?? null, s.item.date)),
  sleepHours: (s: IndexedSession, out: Evidence[]) =>
    out.push(ev(path(s, "preSession.sleepHours"), s.item.preSession?.sleepHours ?? null, s.item.date)),
  benzodiazepineTaken: (s: IndexedSession, out: Evidence[]) =>
    out.push(
      ev(
        path(s, "preSession.benzodiazepineTaken"),
        s.item.preSession?.benzodiazepineTaken ?? null,
        s.item.date,
      ),
    ),
  naltrexoneTaken: (s: IndexedSession, out: Evidence[]) =>
    out.push(
      ev(path(s, "preSession.naltrexoneTaken"), s.item.preSession?.naltrexoneTaken ?? null, s.item.date),
    ),
};

/** Sessions where a pre-session answer shows a problem, and whether any session gave that answer. */
class PreSessionHits {
  readonly hits: IndexedSession[] = [];
  recorded = false;
  check(text: CheckText, evidence: Check["evidence"]): Check {
    return { text, hits: this.hits, evidence, concern: true, recorded: this.recorded };
  }
}

function incompleteEvidence(s: IndexedSession, out: Evidence[]): void {
  const { completed, interrupted, interruptionReason, date } = s.item;
  if (!completed) out.push(ev(path(s, "completed"), false, date));
  if (interrupted === true) out.push(ev(path(s, "interrupted"), true, date));
  if (interruptionReason !== undefined) out.push(ev(path(s, "interruptionReason"), interruptionReason, date));
}

function infusionEvidence(s: IndexedSession, out: Evidence[]): void {
  out.push(ev(path(s, "infusionMinutes"), s.item.infusionMinutes ?? null, s.item.date));
}

/** The checks read session by session, in one pass over the sessions, in the order they are reported. */
export function sessionChecks(
  sessions: readonly IndexedSession[],
  protocol: Protocol,
  modality: Modality,
): Check[] {
  const incomplete: IndexedSession[] = [];
  const offStandard: IndexedSession[] = [];
  const infusion = protocol.infusion;
  let timed = false;
  let tooFast = false;
  const fasted = new PreSessionHits();
  const caffeine = new PreSessionHits();
  const sleep = new PreSessionHits();
  const benzodiazepine = new PreSessionHits();
  const naltrexone = new PreSessionHits();
  for (const s of sessions) {
    const session = s.item;
    if (!session.completed || session.interrupted === true) incomplete.push(s);
    const minutes = session.infusionMinutes;
    if (infusion && minutes !== undefined) {
      timed = true;
      if (minutes !== infusion.standardMinutes) {
        offStandard.push(s);
        if (minutes < infusion.minMinutes) tooFast = true;
      }
    }
    const p = session.preSession;
    if (p === undefined) continue;
    if (p.fasted !== undefined) {
      fasted.recorded = true;
      if (p.fasted === false) fasted.hits.push(s);
    }
    if (p.caffeine !== undefined) {
      caffeine.recorded = true;
      if (p.caffeine === true) caffeine.hits.push(s);
    }
    if (p.sleepHours !== undefined) {
      sleep.recorded = true;
      if (p.sleepHours < shortSleepHours) sleep.hits.push(s);
    }
    if (p.benzodiazepineTaken !== undefined) {
      benzodiazepine.recorded = true;
      if (p.benzodiazepineTaken === true) benzodiazepine.hits.push(s);
    }
    if (p.naltrexoneTaken !== undefined) {
      naltrexone.recorded = true;
      if (p.naltrexoneTaken === true) naltrexone.hits.push(s);
    }
  }
  const list: Check[] = [
    { text: incompleteText, hits: incomplete, evidence: incompleteEvidence, concern: true, recorded: true },
  ];
  const texts = infusionTexts.get(modality);
  if (infusion && texts) {
    // A longer or shorter infusion can be a chosen strategy; only one faster than the protocol allows is a concern.
    const text = tooFast ? texts[0] : texts[1];
    list.push({ text, hits: offStandard, evidence: infusionEvidence, concern: tooFast, recorded: timed });
  }
  if (protocol.family === "tms") return list;
  if (fastingRoutes.includes(modality)) list.push(fasted.check(fastedText, preEvidence.fasted));
  list.push(
    caffeine.check(caffeineText, preEvidence.caffeine),
    sleep.check(sleepText, preEvidence.sleepHours),
    benzodiazepine.check(benzodiazepineText, preEvidence.benzodiazepineTaken),
    naltrexone.check(naltrexoneText, preEvidence.naltrexoneTaken),
  );
  return list;
}
