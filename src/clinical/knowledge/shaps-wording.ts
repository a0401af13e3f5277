// SHAPS as the patient reads it: Snaith 1995's instruction, fourteen statements and each item's printed answer order.

import { shapsAnswers, snaith1995 } from "../instruments/shaps.ts";
import type { ChoiceWording, ItemWording, ScaleWording } from "./scale-wording.ts";

// The published scale states it may be reproduced under its proper title for personal use and research;
// other reproduction is negotiated with the British Journal of Psychiatry (docs/self-report.md).

// The printed form alternates the order of the answers so that a patient cannot tick one column throughout:
// these items list agreement first, the rest disagreement first. Answers are stored by meaning
// (1 definitely agree ... 4 definitely disagree), so the order on screen never changes the score.
const agreementFirst: ReadonlySet<number> = new Set([2, 4, 5, 7, 9, 12, 14]);

const disagreementFirstChoices: readonly ChoiceWording[] = [
  { value: shapsAnswers.definitelyDisagree, label: { en: "Strongly disagree" } },
  { value: shapsAnswers.disagree, label: { en: "Disagree" } },
  { value: shapsAnswers.agree, label: { en: "Agree" } },
  { value: shapsAnswers.definitelyAgree, label: { en: "Strongly agree" } },
];
const agreementFirstChoices: readonly ChoiceWording[] = [
  { value: shapsAnswers.definitelyAgree, label: { en: "Definitely agree" } },
  { value: shapsAnswers.agree, label: { en: "Agree" } },
  { value: shapsAnswers.disagree, label: { en: "Disagree" } },
  { value: shapsAnswers.definitelyDisagree, label: { en: "Strongly disagree" } },
];

const statements = [
  "I would enjoy my favourite television or radio programme.",
  "I would enjoy being with my family or close friends.",
  "I would find pleasure in my hobbies and pastimes.",
  "I would be able to enjoy my favourite meal.",
  "I would enjoy a warm bath or refreshing shower.",
  "I would find pleasure in the scent of flowers or the smell of a fresh sea breeze or freshly baked bread.",
  "I would enjoy seeing other people's smiling faces.",
  "I would enjoy looking smart when I have made an effort with my appearance.",
  "I would enjoy reading a book, magazine or newspaper.",
  "I would enjoy a cup of tea or coffee or my favourite drink.",
  "I would find pleasure in small things, e.g. bright sunny day, a telephone call from a friend.",
  "I would be able to enjoy a beautiful landscape or view.",
  "I would get pleasure from helping others.",
  "I would feel pleasure when I receive praise from other people.",
] as const;

const items: ItemWording[] = statements.map((en, i) => ({
  text: { en },
  choices: agreementFirst.has(i + 1) ? agreementFirstChoices : disagreementFirstChoices,
}));

export const shapsWording: ScaleWording = {
  languages: ["en"],
  stem: {
    en: "This questionnaire is designed to measure your ability to experience pleasure in the last few days. It is important to read each statement very carefully. Tick one of the boxes to indicate how much you agree or disagree with each statement.",
  },
  items,
  provenance: [snaith1995],
};
