// The patient's own trend on one scale, in plain, blame-free words, with a band name only when the clinic allows.

import { daysBetween } from "./dates.ts";
import { bandOf, instrumentShortNames, instruments } from "./instruments/index.ts";
import type { InstrumentId } from "./instruments/instrument.ts";
import type { Language, Wording } from "./knowledge/self-report-wording.ts";

export interface PatientProgress {
  readonly instrument: InstrumentId;
  /** The abbreviation the patient's chart is labelled with. */
  readonly name: string;
  readonly points: readonly { readonly date: string; readonly total: number }[];
  readonly summary: Wording;
  /** The band of the latest total, only when the clinic lets patients see classification words. */
  readonly band: string | null;
  readonly maxTotal: number;
}

/** Share of the first total that counts as a real change, so one point either way is not called a trend. */
const meaningfulChange = 0.2;

function sentence(first: number, last: number, count: number): Wording {
  if (count < 2) {
    return {
      en: "This is your first answer on this list. Next time you will see how it compares.",
      es: "Esta es su primera respuesta en esta lista. La próxima vez podrá ver cómo se compara.",
    };
  }
  const change = first === 0 ? last - first : (last - first) / first;
  if (change <= -meaningfulChange || (first === 0 && last < first)) {
    return {
      en: `Your score went from ${first} to ${last}. Lower means fewer symptoms. Your care team will see this too.`,
      es: `Su puntaje pasó de ${first} a ${last}. Más bajo quiere decir menos síntomas. Su equipo de salud también lo verá.`,
    };
  }
  if (change >= meaningfulChange || (first === 0 && last > 0)) {
    return {
      en: `Your score went from ${first} to ${last}. Symptoms can go up and down, and that is not your fault. Your care team will look at this with you.`,
      es: `Su puntaje pasó de ${first} a ${last}. Los síntomas pueden subir y bajar, y no es su culpa. Su equipo de salud lo revisará con usted.`,
    };
  }
  return {
    en: `Your score is about the same as before (${first}, now ${last}). Your care team will look at this with you.`,
    es: `Su puntaje está más o menos igual que antes (${first}, ahora ${last}). Su equipo de salud lo revisará con usted.`,
  };
}

/** The trend of `instrument` across the patient's measurements, oldest first; null when there are none. */
export function patientProgress(
  measurements: readonly {
    readonly date: string;
    readonly instrument: InstrumentId;
    readonly total?: number | undefined;
  }[],
  instrument: InstrumentId,
  showClassification: boolean,
): PatientProgress | null {
  const points = measurements
    .filter((m) => m.instrument === instrument && m.total !== undefined)
    .map((m) => ({ date: m.date, total: m.total ?? 0 }))
    .sort((a, b) => daysBetween(b.date, a.date));
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return null;
  const scale = instruments[instrument];
  return {
    instrument,
    name: instrumentShortNames[instrument],
    points,
    summary: sentence(first.total, last.total, points.length),
    band: showClassification ? bandOf(scale, last.total).label : null,
    maxTotal: scale.totalRange.max,
  };
}

export type { Language };
