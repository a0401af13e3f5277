// The shape of a rating scale's patient-facing wording: its languages, instructions, items and answer choices.

import type { Source } from "./source.ts";

export const languages = ["en", "es"] as const;
export type Language = (typeof languages)[number];

/** Text Titrate writes itself, so it exists in every language the patient page offers. */
export type Wording = Readonly<Record<Language, string>>;

/**
 * A published instrument's text. English is always held; another language only when its official
 * translation is, because a translation of our own would not be the validated instrument.
 */
export interface OfficialText {
  readonly en: string;
  readonly es?: string;
}

export interface ChoiceWording {
  /** What the answer is stored as: the instrument's own item score or answer code. */
  readonly value: number;
  readonly label: OfficialText;
}

export interface ItemWording {
  readonly text: OfficialText;
  /** In the order the published form prints them, which is not always lowest score first. */
  readonly choices: readonly ChoiceWording[];
}

/** The exact wording of one scale as patients read it, and the published forms it was taken from. */
export interface ScaleWording {
  /** Languages in which every text of the scale is the official wording. */
  readonly languages: readonly Language[];
  readonly stem: OfficialText;
  readonly items: readonly ItemWording[];
  readonly provenance: readonly Source[];
}

/** The text in `language` when the official wording exists in it, else in English; and which one it is. */
export function officialIn(text: OfficialText, language: Language): { text: string; language: Language } {
  const translated = language === "en" ? text.en : text[language];
  return translated === undefined ? { text: text.en, language: "en" } : { text: translated, language };
}
