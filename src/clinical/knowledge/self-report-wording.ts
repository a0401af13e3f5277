// Patient-facing wording of the rating scales sent by link: PHQ-9 and GAD-7 here, the others beside; where each came from.

import { qidsSr16Wording } from "./qids-sr16-wording.ts";
import type { ItemWording, ScaleWording, Wording } from "./scale-wording.ts";
import { shapsWording } from "./shaps-wording.ts";
import { reference } from "./source.ts";

export * from "./scale-wording.ts";

// The PHQ screeners were developed by Drs Spitzer, Williams, Kroenke and colleagues with an educational
// grant from Pfizer; the forms state that no permission is needed to reproduce, translate or display them.
// Official translations are published on the PHQ screeners site; these are the "Spanish for the USA" forms.
const phqScreenersEnglish = reference(
  "phq-screeners-english",
  "Pfizer Inc. PHQ-9 and GAD-7, English for the USA (phqscreeners.com), 2010",
);
const phqScreenersSpanish = reference(
  "phq-screeners-spanish-usa",
  "Pfizer Inc. PHQ-9 and GAD-7, Spanish for the USA (phqscreeners.com)",
);

const frequency = [
  { value: 0, label: { en: "Not at all", es: "Ningún día" } },
  { value: 1, label: { en: "Several days", es: "Varios días" } },
  { value: 2, label: { en: "More than half the days", es: "Más de la mitad de los días" } },
  { value: 3, label: { en: "Nearly every day", es: "Casi todos los días" } },
] as const;

/** The PHQ screeners ask every item on the same frequency choices. */
const onFrequency = (items: readonly Wording[]): ItemWording[] =>
  items.map((text) => ({ text, choices: frequency }));

export const phq9Wording: ScaleWording = {
  languages: ["en", "es"],
  stem: {
    en: "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
    es: "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?",
  },
  items: onFrequency([
    { en: "Little interest or pleasure in doing things", es: "Poco interés o placer en hacer cosas" },
    {
      en: "Feeling down, depressed, or hopeless",
      es: "Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
    },
    {
      en: "Trouble falling or staying asleep, or sleeping too much",
      es: "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
    },
    { en: "Feeling tired or having little energy", es: "Se ha sentido cansado(a) o con poca energía" },
    { en: "Poor appetite or overeating", es: "Sin apetito o ha comido en exceso" },
    {
      en: "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
      es: "Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia",
    },
    {
      en: "Trouble concentrating on things, such as reading the newspaper or watching television",
      es: "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión",
    },
    {
      en: "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
      es: "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal",
    },
    {
      en: "Thoughts that you would be better off dead or of hurting yourself in some way",
      es: "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
    },
  ]),
  provenance: [phqScreenersEnglish, phqScreenersSpanish],
};

export const gad7Wording: ScaleWording = {
  languages: ["en", "es"],
  stem: {
    en: "Over the last 2 weeks, how often have you been bothered by the following problems?",
    es: "Durante las últimas 2 semanas, ¿con qué frecuencia ha sentido molestia por los siguientes problemas?",
  },
  items: onFrequency([
    {
      en: "Feeling nervous, anxious, or on edge",
      es: "Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta",
    },
    {
      en: "Not being able to stop or control worrying",
      es: "No ha sido capaz de parar o controlar su preocupación",
    },
    {
      en: "Worrying too much about different things",
      es: "Se ha preocupado demasiado por motivos diferentes",
    },
    { en: "Trouble relaxing", es: "Ha tenido dificultad para relajarse" },
    {
      en: "Being so restless that it is hard to sit still",
      es: "Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)",
    },
    { en: "Becoming easily annoyed or irritable", es: "Se ha molestado o irritado fácilmente" },
    {
      en: "Feeling afraid, as if something awful might happen",
      es: "Ha tenido miedo de que algo terrible fuera a pasar",
    },
  ]),
  provenance: [phqScreenersEnglish, phqScreenersSpanish],
};

/**
 * Scales the clinic may send by link. QIDS-SR16 and SHAPS are held in English only: their published
 * Spanish versions could not be checked word for word here (docs/self-report.md), so a link in Spanish
 * shows them in English, marked as such, rather than in a translation of our own.
 */
export const scaleWordings = {
  PHQ9: phq9Wording,
  GAD7: gad7Wording,
  QIDSSR16: qidsSr16Wording,
  SHAPS: shapsWording,
} as const;
export type LinkScale = keyof typeof scaleWordings;
