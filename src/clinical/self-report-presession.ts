// The pre-session checklist a patient answers by link before a dose: our own plain words, in English and Spanish.

import type { Wording } from "./knowledge/self-report-wording.ts";
import type { Session } from "./record.ts";

export type PreSession = NonNullable<Session["preSession"]>;

export interface PreSessionChoice {
  readonly value: number;
  readonly label: Wording;
}

export interface PreSessionQuestion {
  readonly key: "fasted" | "caffeine" | "sleep" | "benzodiazepine" | "naltrexone" | "anythingNew";
  readonly text: Wording;
  readonly choices: readonly PreSessionChoice[];
}

const yesNo = (yes: Wording, no: Wording): readonly PreSessionChoice[] => [
  { value: 0, label: no },
  { value: 1, label: yes },
];

/** Answer values with a meaning the rules read. */
export const preSessionValues = {
  fasted: { yes: 0, no: 1, unsure: 2 },
  benzodiazepine: { no: 0, today: 1, earlier: 2 },
  naltrexone: { no: 0, withinThreeDays: 1, earlier: 2 },
  /** Hours of sleep each choice stands for: the low end of its range. */
  sleepHours: [3, 4, 6, 8] as const,
} as const;

// Written at about a sixth-grade reading level: short words, one idea per question, no medical terms.
export const preSessionQuestions: readonly PreSessionQuestion[] = [
  {
    key: "fasted",
    text: {
      en: "Did you follow the clinic's rules about not eating before your visit today?",
      es: "¿Siguió hoy las reglas de la clínica sobre no comer antes de su cita?",
    },
    choices: [
      { value: 0, label: { en: "Yes", es: "Sí" } },
      { value: 1, label: { en: "No, I ate", es: "No, comí" } },
      { value: 2, label: { en: "I am not sure", es: "No estoy seguro(a)" } },
    ],
  },
  {
    key: "caffeine",
    text: {
      en: "Have you had coffee, tea, soda or energy drinks today?",
      es: "¿Tomó hoy café, té, refresco o bebidas energéticas?",
    },
    choices: yesNo({ en: "Yes", es: "Sí" }, { en: "No", es: "No" }),
  },
  {
    key: "sleep",
    text: { en: "How long did you sleep last night?", es: "¿Cuánto durmió anoche?" },
    choices: [
      { value: 0, label: { en: "Less than 4 hours", es: "Menos de 4 horas" } },
      { value: 1, label: { en: "4 to 5 hours", es: "De 4 a 5 horas" } },
      { value: 2, label: { en: "6 to 7 hours", es: "De 6 a 7 horas" } },
      { value: 3, label: { en: "8 hours or more", es: "8 horas o más" } },
    ],
  },
  {
    key: "benzodiazepine",
    text: {
      en: "Have you taken a medicine for nerves or sleep, like Xanax, Ativan, Klonopin or Valium?",
      es: "¿Ha tomado alguna medicina para los nervios o para dormir, como Xanax, Ativan, Klonopin o Valium?",
    },
    choices: [
      { value: 0, label: { en: "No", es: "No" } },
      { value: 1, label: { en: "Yes, today or last night", es: "Sí, hoy o anoche" } },
      { value: 2, label: { en: "Yes, but before yesterday", es: "Sí, pero antes de ayer" } },
    ],
  },
  {
    key: "naltrexone",
    text: {
      en: "Have you taken naltrexone (Vivitrol, Revia, or Contrave)?",
      es: "¿Ha tomado naltrexona (Vivitrol, Revia o Contrave)?",
    },
    choices: [
      { value: 0, label: { en: "No", es: "No" } },
      { value: 1, label: { en: "Yes, in the last 3 days", es: "Sí, en los últimos 3 días" } },
      { value: 2, label: { en: "Yes, but more than 3 days ago", es: "Sí, pero hace más de 3 días" } },
    ],
  },
  {
    key: "anythingNew",
    text: {
      en: "Is anything new since your last visit, like a new medicine, illness or injury?",
      es: "¿Hay algo nuevo desde su última cita, como una medicina nueva, una enfermedad o una lesión?",
    },
    choices: yesNo({ en: "Yes", es: "Sí" }, { en: "No", es: "No" }),
  },
];

/**
 * The answers in the engine's pre-session shape (what a charted session holds). "Not sure" about fasting
 * counts as not fasted, and a benzodiazepine or naltrexone taken outside the hold window as not taken.
 */
export function toPreSession(
  answers: Readonly<Partial<Record<PreSessionQuestion["key"], number>>>,
): PreSession {
  const out: { -readonly [K in keyof PreSession]: PreSession[K] } = {};
  if (answers.fasted !== undefined) out.fasted = answers.fasted === preSessionValues.fasted.yes;
  if (answers.caffeine !== undefined) out.caffeine = answers.caffeine === 1;
  if (answers.sleep !== undefined) out.sleepHours = preSessionValues.sleepHours[answers.sleep] ?? 0;
  if (answers.benzodiazepine !== undefined) {
    out.benzodiazepineTaken = answers.benzodiazepine === preSessionValues.benzodiazepine.today;
  }
  if (answers.naltrexone !== undefined) {
    out.naltrexoneTaken = answers.naltrexone === preSessionValues.naltrexone.withinThreeDays;
  }
  return out;
}
