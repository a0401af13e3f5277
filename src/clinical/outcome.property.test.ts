import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.ts";
import type { Classification } from "./assessment.ts";
import { instruments } from "./instruments/index.ts";
import { classify, primaryOrder } from "./outcome.ts";
import { eventTypes } from "./record.ts";
import { clinicSettingsSchema } from "./settings.ts";
import { build, day, ivCourse, twiceWeekly } from "./test-records.ts";

/** Property runs take seconds; under a loaded parallel run the 5 s default would make them flaky. */
const propertyTimeout = 60_000;

const rank: Record<Classification, number> = {
  "insufficient-data": -1,
  "non-response": 0,
  "partial-response": 1,
  response: 2,
  remission: 3,
};

const settingsArb = fc
  .record({
    madrsRemissionMax: fc.integer({ min: 7, max: 12 }),
    phq9Response: fc.constantFrom("fifty-percent" as const, "fifty-percent-or-below-10" as const),
  })
  .map((s) => clinicSettingsSchema.parse(s));

/** An instrument with a baseline and two later scores in its range, the second no higher than the first. */
const pairArb = fc.constantFrom(...primaryOrder).chain((id) => {
  const max = instruments[id].totalRange.max;
  return fc
    .tuple(fc.integer({ min: 1, max }), fc.integer({ min: 0, max }), fc.integer({ min: 0, max }))
    .map(([baseline, a, b]) => ({ id, baseline, higher: Math.max(a, b), lower: Math.min(a, b) }));
});

function course(id: (typeof primaryOrder)[number], baseline: number, latest: number) {
  return build({
    sessions: ivCourse(6),
    measurements: [
      { date: day(0), instrument: id, total: baseline },
      { date: day(17), instrument: id, total: latest },
    ],
  });
}

describe("classification is monotone in the latest score", { timeout: propertyTimeout }, () => {
  it(
    "never gives a worse class for a lower latest score (classify)",
    () => {
      fc.assert(
        fc.property(pairArb, settingsArb, ({ id, baseline, higher, lower }, settings) => {
          const worse = classify(id, baseline, higher, settings);
          const better = classify(id, baseline, lower, settings);
          expect(rank[better]).toBeGreaterThanOrEqual(rank[worse]);
        }),
        { numRuns: 2000 },
      );
    },
    propertyTimeout,
  );

  it(
    "never gives a worse class for a lower latest score (assess)",
    () => {
      fc.assert(
        fc.property(pairArb, settingsArb, ({ id, baseline, higher, lower }, settings) => {
          const worse = assess(course(id, baseline, higher), day(20), settings).outcome.classification;
          const better = assess(course(id, baseline, lower), day(20), settings).outcome.classification;
          expect(rank[better]).toBeGreaterThanOrEqual(rank[worse]);
        }),
        { numRuns: 300 },
      );
    },
    propertyTimeout,
  );
});

describe("percent change", { timeout: propertyTimeout }, () => {
  it(
    "equals (baseline − latest) / baseline × 100 exactly",
    () => {
      fc.assert(
        fc.property(pairArb, settingsArb, ({ id, baseline, higher }, settings) => {
          const o = assess(course(id, baseline, higher), day(20), settings).outcome;
          expect(o.improvementPercent).toBe(((baseline - higher) / baseline) * 100);
          expect(o.baseline?.total).toBe(baseline);
          expect(o.latest?.total).toBe(higher);
        }),
        { numRuns: 300 },
      );
    },
    propertyTimeout,
  );
});

const recordArb = fc
  .record({
    n: fc.integer({ min: 0, max: 12 }),
    doses: fc.array(fc.constantFrom(0.3, 0.5, 0.6, 0.75, 1.0), { minLength: 12, maxLength: 12 }),
    cadss: fc.array(fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }), {
      minLength: 12,
      maxLength: 12,
    }),
    scores: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 0, maxLength: 8 }),
    events: fc.array(
      fc.record({ d: fc.integer({ min: 0, max: 40 }), type: fc.constantFrom(...eventTypes) }),
      { maxLength: 3 },
    ),
    anxious: fc.boolean(),
  })
  .map(({ n, doses, cadss, scores, events, anxious }) =>
    build({
      history: { anxiousDistress: anxious },
      sessions: ivCourse(n, (i) => {
        const total = cadss[i];
        return {
          doseMgPerKg: doses[i] ?? 0.5,
          ...(total === undefined ? {} : { dissociation: { instrument: "CADSS" as const, total } }),
        };
      }),
      measurements: scores.map((total, i) => ({
        date: day(twiceWeekly(i) - 1),
        instrument: "MADRS" as const,
        total,
      })),
      events: events.map(({ d, type }) => ({ date: day(d), type })),
    }),
  );

describe("assess is deterministic", { timeout: propertyTimeout }, () => {
  it(
    "gives deep-equal assessments on two calls and on a structured clone of the record",
    () => {
      fc.assert(
        fc.property(recordArb, fc.integer({ min: 0, max: 45 }), settingsArb, (record, d, settings) => {
          const copy = structuredClone(record);
          const first = assess(record, day(d), settings);
          expect(assess(record, day(d), settings)).toEqual(first);
          expect(assess(copy, day(d), settings)).toEqual(first);
          // and the record was not changed by being assessed
          expect(record).toEqual(copy);
        }),
        { numRuns: 300 },
      );
    },
    propertyTimeout,
  );
});
