// A sent link's answers in a clinician's words: each scale's total, and the checklist as the session will read it.

import {
  instrumentShortNames,
  type PreSession,
  preSessionQuestions,
  preSessionValues,
} from "../../../src/clinical/index.ts";
import type { SelfReportLinkSummary } from "../api/types.ts";

const shortNames: Readonly<Record<string, string>> = instrumentShortNames;

/** A form's name for staff: a scale by the abbreviation clinicians know it by. */
export function formName(form: string): string {
  return form === "PRESESSION" ? "pre-session checklist" : (shortNames[form] ?? form);
}

/** The patient's own answer about sleep, in the words the checklist offered. */
function sleepWords(hours: number): string {
  const ranges: readonly number[] = preSessionValues.sleepHours;
  const index = ranges.indexOf(hours);
  const choice = preSessionQuestions.find((q) => q.key === "sleep")?.choices[index];
  return choice === undefined ? `${hours} h` : choice.label.en.toLowerCase();
}

export function checklistWords(p: PreSession): string[] {
  const out: string[] = [];
  if (p.fasted !== undefined) out.push(p.fasted ? "fasted as asked" : "ate, or not sure");
  if (p.caffeine !== undefined) out.push(p.caffeine ? "caffeine today" : "no caffeine");
  if (p.sleepHours !== undefined) out.push(`slept ${sleepWords(p.sleepHours)}`);
  if (p.benzodiazepineTaken !== undefined) {
    out.push(
      p.benzodiazepineTaken ? "benzodiazepine today or last night" : "no benzodiazepine since yesterday",
    );
  }
  if (p.naltrexoneTaken !== undefined) {
    out.push(p.naltrexoneTaken ? "naltrexone in the last 3 days" : "no naltrexone in the last 3 days");
  }
  return out;
}

export function answersOf(answered: SelfReportLinkSummary["answered"]): string {
  if (answered === null) return "—";
  const scores = answered.scores.map((s) => {
    return `${formName(s.instrument)} ${s.total}`;
  });
  const checklist = answered.preSession === null ? [] : checklistWords(answered.preSession);
  return [...scores, ...checklist].join("; ") || "—";
}
