// What a self-report link asks: its questions in order, the answers they accept, and what the answers become.

import { instruments } from "./instruments/index.ts";
import type { InstrumentId } from "./instruments/instrument.ts";
import {
  type Language,
  type LinkScale,
  languages,
  type OfficialText,
  scaleWordings,
} from "./knowledge/self-report-wording.ts";
import type { Measurement } from "./record.ts";
import { type PreSession, preSessionQuestions, toPreSession } from "./self-report-presession.ts";

export const selfReportForms = ["PHQ9", "QIDSSR16", "GAD7", "SHAPS", "PRESESSION"] as const;
export type SelfReportForm = (typeof selfReportForms)[number];

export interface SelfReportChoice {
  readonly value: number;
  readonly label: OfficialText;
}

export interface SelfReportQuestion {
  /** `PHQ9.9`, `PRESESSION.fasted`: stable, and what answers are keyed by. */
  readonly id: string;
  readonly form: SelfReportForm;
  /** 1-based item number for scales; null for checklist questions. */
  readonly item: number | null;
  readonly stem: OfficialText | null;
  readonly text: OfficialText;
  /** In the order the patient sees them. */
  readonly choices: readonly SelfReportChoice[];
  /** Languages the question's wording is held in; elsewhere it is shown in English. */
  readonly languages: readonly Language[];
}

/** Answers keyed by question id; a missing key is a question not yet answered. */
export type SelfReportAnswers = Readonly<Record<string, number>>;

function scaleQuestions(form: LinkScale): SelfReportQuestion[] {
  const wording = scaleWordings[form];
  return wording.items.map(({ text, choices }, i) => ({
    id: `${form}.${i + 1}`,
    form,
    item: i + 1,
    stem: wording.stem,
    text,
    choices,
    languages: wording.languages,
  }));
}

const checklist: readonly SelfReportQuestion[] = preSessionQuestions.map((q) => ({
  id: `PRESESSION.${q.key}`,
  form: "PRESESSION",
  item: null,
  stem: null,
  text: q.text,
  choices: q.choices,
  languages,
}));

const byForm: Readonly<Record<SelfReportForm, readonly SelfReportQuestion[]>> = {
  PHQ9: scaleQuestions("PHQ9"),
  QIDSSR16: scaleQuestions("QIDSSR16"),
  GAD7: scaleQuestions("GAD7"),
  SHAPS: scaleQuestions("SHAPS"),
  PRESESSION: checklist,
};

/** The forms a stored link names that this version knows, in the link's order. */
export function knownForms(names: readonly string[]): SelfReportForm[] {
  return names.filter((name): name is SelfReportForm => selfReportForms.some((f) => f === name));
}

/** Every question of the forms, in the order given, each form's questions in printed order. */
export function questionsFor(forms: readonly SelfReportForm[]): SelfReportQuestion[] {
  return forms.flatMap((form) => byForm[form]);
}

/** Null when the value is one of the question's choices; otherwise the rule it breaks. */
export function answerProblem(
  forms: readonly SelfReportForm[],
  questionId: string,
  value: number,
): string | null {
  const question = questionsFor(forms).find((q) => q.id === questionId);
  if (question === undefined) return "is not a question on this link";
  return question.choices.some((c) => c.value === value) ? null : "is not one of the question's choices";
}

/** Question ids of the forms that have no answer yet, in order. */
export function unanswered(forms: readonly SelfReportForm[], answers: SelfReportAnswers): string[] {
  return questionsFor(forms)
    .filter((q) => answers[q.id] === undefined)
    .map((q) => q.id);
}

/** The scales' item scores, complete and in item order, or null when an item is missing. */
export function scaleItems(form: LinkScale, answers: SelfReportAnswers): number[] | null {
  const items: number[] = [];
  for (const q of byForm[form]) {
    const value = answers[q.id];
    if (value === undefined) return null;
    items.push(value);
  }
  return items;
}

/** Each fully answered scale as a dated measurement for the record, scored by the instrument's own rule. */
export function toMeasurements(
  forms: readonly SelfReportForm[],
  answers: SelfReportAnswers,
  date: string,
): Measurement[] {
  const out: Measurement[] = [];
  for (const form of forms) {
    if (form === "PRESESSION") continue;
    const items = scaleItems(form, answers);
    if (items === null) continue;
    const instrument: InstrumentId = form;
    out.push({ date, instrument, items, total: instruments[instrument].score(items) });
  }
  return out;
}

/** The checklist's answers in the engine's pre-session shape, or null when the link has no checklist. */
export function preSessionOf(
  forms: readonly SelfReportForm[],
  answers: SelfReportAnswers,
): PreSession | null {
  if (!forms.includes("PRESESSION")) return null;
  const get = (key: string) => answers[`PRESESSION.${key}`];
  const picked: Record<string, number> = {};
  for (const q of preSessionQuestions) {
    const value = get(q.key);
    if (value !== undefined) picked[q.key] = value;
  }
  return toPreSession(picked);
}

/** Forms on the list whose official wording does not exist in `language`: a link in it asks them in English. */
export function formsNotIn(forms: readonly SelfReportForm[], language: Language): SelfReportForm[] {
  return forms.filter((form) => byForm[form].some((q) => !q.languages.includes(language)));
}
