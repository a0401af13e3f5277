// Properties of the post-dose observation review: discharge only when nothing is unmet, never before the minimum.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reviewObservation } from "./observation.ts";
import { modalities } from "./protocols/protocol.ts";
import { postDoseObservationSchema, sedationLevels } from "./record.ts";
import { defaultSettings } from "./settings.ts";

const propertyTimeout = 60_000;

const checkArb = fc.record(
  {
    minutesAfterDose: fc.integer({ min: 0, max: 240 }),
    bloodPressure: fc.record({
      systolic: fc.integer({ min: 90, max: 190 }),
      diastolic: fc.integer({ min: 50, max: 120 }),
    }),
    sedation: fc.constantFrom(...sedationLevels),
    dissociation: fc.boolean(),
  },
  { requiredKeys: ["minutesAfterDose"] },
);

const observationArb = fc
  .record({
    checks: fc.array(checkArb, { maxLength: 8 }),
    respiratoryDepression: fc.boolean(),
    dischargeCriteriaMet: fc.boolean(),
    escortConfirmed: fc.boolean(),
  })
  .map((o) => postDoseObservationSchema.parse({ doseTime: "09:00", ...o }));

const inputArb = fc.record({
  observation: observationArb,
  modality: fc.constantFrom(...modalities),
  minutesSinceDose: fc.integer({ min: -60, max: 400 }),
  infusionMinutes: fc.integer({ min: 1, max: 120 }),
});

type Input = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

const review = (i: Input, minutesSinceDose = i.minutesSinceDose) =>
  reviewObservation({ ...i, minutesSinceDose, settings: defaultSettings });

describe("post-dose observation, whatever was recorded", { timeout: propertyTimeout }, () => {
  it("lets the patient leave exactly when no criterion is unmet", () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const r = review(i);
        expect(r.mayLeave).toBe(r.unmet.length === 0);
      }),
    );
  });

  it("never lets an esketamine patient leave before two hours", () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 119 }), (i, minutes) => {
        const r = review({ ...i, modality: "esketamine" }, minutes);
        expect(r.mayLeave).toBe(false);
        expect(r.unmet.map((f) => f.code)).toContain("discharge-time-not-reached");
      }),
    );
  });

  it("once the patient may leave, waiting longer never changes that", () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 300 }), (i, more) => {
        if (review(i).mayLeave) expect(review(i, i.minutesSinceDose + more).mayLeave).toBe(true);
      }),
    );
  });

  it("moves each expected check only forward: upcoming, due, overdue; done stays done", () => {
    const order = { upcoming: 0, due: 1, overdue: 2, done: 3 };
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 300 }), (i, more) => {
        const now = review(i).checks;
        const later = review(i, i.minutesSinceDose + more).checks;
        expect(later.map((c) => c.code)).toEqual(now.map((c) => c.code));
        now.forEach((c, k) => {
          const next = later[k];
          if (c.state === "done") expect(next?.state).toBe("done");
          else if (next?.state !== "done")
            expect(order[next?.state ?? "upcoming"]).toBeGreaterThanOrEqual(order[c.state]);
        });
      }),
    );
  });

  it("gives every finding a code, evidence and a source", () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const r = review(i);
        for (const f of [...r.findings, ...r.unmet]) {
          expect(f.code).toMatch(/^[a-z0-9-]+$/);
          expect(f.evidence.length).toBeGreaterThan(0);
          expect(f.source.id).not.toBe("");
        }
      }),
    );
  });

  it("raises respiratory depression whenever it is recorded on an observed modality", () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const r = review(i);
        const raised = r.findings.some((f) => f.code === "post-dose-respiratory-depression");
        expect(raised).toBe(i.modality !== "tms" && i.observation.respiratoryDepression === true);
      }),
    );
  });
});
