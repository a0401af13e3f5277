// The cases the engine's properties run on: a record, the date to assess it on and the clinic settings.

import fc from "fast-check";
import {
  doseArb,
  historyArb,
  medicationsArb,
  recordArb,
  recordPatientArb,
  sessionExtrasArb,
  settingsArb,
  valid,
} from "./assess.arbitraries.ts";
import { daysBetween } from "./dates.ts";
import { day, day0, lastDate } from "./test-records.ts";

const asOfArb = fc.integer({ min: -3, max: 80 }).map(day);

/** A record and a date to assess it on: usually the day of its last session, sometimes any day. */
const caseArb = recordArb.chain((record) => {
  const last = lastDate(record.sessions);
  return fc.tuple(
    fc.constant(record),
    fc.oneof({ weight: 3, arbitrary: fc.constant(last) }, asOfArb),
    settingsArb,
  );
});

/** A course at its review point: one route, twice weekly, not responding, with everything else random. */
const reviewArb = fc
  .constantFrom(
    "iv-ketamine" as const,
    "iv-ketamine" as const,
    "im-ketamine" as const,
    "esketamine" as const,
    "sublingual-ketamine" as const,
  )
  .chain((modality) =>
    fc.record({
      patient: recordPatientArb,
      history: historyArb,
      medications: medicationsArb,
      events: fc.array(
        fc.record({
          date: fc.integer({ min: 0, max: 30 }).map(day),
          type: fc.constantFrom(
            "prefers-non-iv-route" as const,
            "prefers-home-treatment" as const,
            "cost-barrier" as const,
            "insurance-covers-esketamine" as const,
            "optimization" as const,
          ),
          strategy: fc.constantFrom("escalate-dose", "augment-lithium"),
        }),
        { maxLength: 2 },
      ),
      sessions: fc
        .array(fc.tuple(doseArb[modality], sessionExtrasArb), { minLength: 6, maxLength: 12 })
        .map((list) =>
          list.map(([dose, extras], i) => ({
            date: day(Math.floor(i / 2) * 7 + (i % 2) * 3),
            modality,
            ...dose,
            ...extras,
            completed: true,
          })),
        ),
      latest: fc.array(fc.integer({ min: 18, max: 38 }), { minLength: 3, maxLength: 3 }),
    }),
  )
  .chain(({ latest, sessions, ...rest }) => {
    const last = lastDate(sessions);
    const lastDay = daysBetween(day0, last);
    const measurements = [0, lastDay - 7, lastDay - 3, lastDay].map((d, i) => ({
      date: day(d),
      instrument: "MADRS" as const,
      total: i === 0 ? 36 : (latest[i - 1] ?? 36),
    }));
    return fc.tuple(fc.constant(valid({ ...rest, sessions, measurements })), fc.constant(last), settingsArb);
  });

/** A record, the date to assess it on and the clinic settings: a course in progress or at a review point. */
export const anyCase = fc.oneof(caseArb, reviewArb);
