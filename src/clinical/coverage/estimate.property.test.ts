// Properties of the out-of-pocket estimate for any coverage and price list: bounds, monotony, arithmetic.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Coverage, coverageAnswers, priceListSchema, priorAuthStatuses } from "./coverage-schema.ts";
import { estimateOutOfPocket } from "./estimate.ts";

const cents = fc.integer({ min: 0, max: 2_000_000 });

const priceList = fc
  .record(
    {
      selfPayPerSessionCents: fc.integer({ min: 0, max: 200_000 }),
      allowedPerSessionCents: fc.integer({ min: 0, max: 200_000 }),
      course: fc.record({ selfPayCourseCents: cents, courseSessions: fc.integer({ min: 1, max: 40 }) }),
      extras: fc.array(
        fc.record(
          {
            label: fc.constant("Drug"),
            selfPayCents: fc.integer({ min: 0, max: 100_000 }),
            allowedCents: fc.integer({ min: 0, max: 100_000 }),
          },
          { requiredKeys: ["label", "selfPayCents"] },
        ),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: ["selfPayPerSessionCents", "extras"] },
  )
  .map(({ course, ...rest }) =>
    priceListSchema.parse({
      effectiveFrom: "2026-01-01",
      pathways: [{ pathway: "tms", ...rest, ...(course ?? {}) }],
    }),
  );

const coverage: fc.Arbitrary<Coverage> = fc.record(
  {
    pathway: fc.constant("tms" as const),
    covered: fc.constantFrom(...coverageAnswers),
    priorAuthRequired: fc.constantFrom(...coverageAnswers),
    priorAuthStatus: fc.constantFrom(...priorAuthStatuses),
    deductibleRemainingCents: cents,
    coinsurancePercent: fc.integer({ min: 0, max: 100 }),
    copayPerVisitCents: fc.integer({ min: 0, max: 50_000 }),
    outOfPocketMaxRemainingCents: cents,
    sessionsCovered: fc.integer({ min: 0, max: 60 }),
    checkedOn: fc.constant("2026-11-01"),
  },
  { requiredKeys: ["pathway", "covered", "priorAuthRequired", "priorAuthStatus", "checkedOn"] },
);

const maybeCoverage = fc.option(coverage, { nil: undefined });
const sessions = fc.integer({ min: 0, max: 60 });

function bounds(e: ReturnType<typeof estimateOutOfPocket>): { low: number; high: number; uncovered: number } {
  if (e.status === "no-price") throw new Error("the price list always prices tms here");
  return { low: e.lowCents, high: e.highCents, uncovered: e.uncoveredCents };
}

describe("estimateOutOfPocket, for any coverage and price list", () => {
  it("is never negative, never above the uncovered price, and low ≤ high, in whole cents", () => {
    fc.assert(
      fc.property(maybeCoverage, priceList, sessions, (cov, list, n) => {
        const { low, high, uncovered } = bounds(
          estimateOutOfPocket(cov, list, { pathway: "tms", sessions: n }),
        );
        expect(low).toBeGreaterThanOrEqual(0);
        expect(low).toBeLessThanOrEqual(high);
        expect(high).toBeLessThanOrEqual(uncovered);
        expect(Number.isInteger(low) && Number.isInteger(high)).toBe(true);
      }),
    );
  });

  it("never falls when a session is added", () => {
    fc.assert(
      fc.property(maybeCoverage, priceList, sessions, (cov, list, n) => {
        const fewer = bounds(estimateOutOfPocket(cov, list, { pathway: "tms", sessions: n }));
        const more = bounds(estimateOutOfPocket(cov, list, { pathway: "tms", sessions: n + 1 }));
        expect(more.low).toBeGreaterThanOrEqual(fewer.low);
        expect(more.high).toBeGreaterThanOrEqual(fewer.high);
      }),
    );
  });

  it("stays within the out-of-pocket maximum while every session is covered", () => {
    fc.assert(
      fc.property(coverage, priceList, sessions, (cov, list, n) => {
        const covered: Coverage = {
          ...cov,
          covered: "yes",
          priorAuthStatus: "approved",
          sessionsCovered: 60,
        };
        const { high } = bounds(estimateOutOfPocket(covered, list, { pathway: "tms", sessions: n }));
        expect(high).toBeLessThanOrEqual(covered.outOfPocketMaxRemainingCents ?? Number.POSITIVE_INFINITY);
      }),
    );
  });

  it("adds up: the steps of each bound sum to its figure", () => {
    fc.assert(
      fc.property(maybeCoverage, priceList, sessions, (cov, list, n) => {
        const e = estimateOutOfPocket(cov, list, { pathway: "tms", sessions: n });
        if (e.status === "no-price") return;
        const last = e.low.steps.at(-1);
        const sum =
          last?.label === "Self-pay is lower"
            ? last.amountCents
            : e.low.steps.reduce((s, x) => s + x.amountCents, 0);
        expect(sum).toBe(e.lowCents);
      }),
    );
  });

  it("equals the uncovered price when the plan does not cover the pathway", () => {
    fc.assert(
      fc.property(coverage, priceList, sessions, (cov, list, n) => {
        const { low, high, uncovered } = bounds(
          estimateOutOfPocket({ ...cov, covered: "no" }, list, { pathway: "tms", sessions: n }),
        );
        expect(low).toBe(uncovered);
        expect(high).toBe(uncovered);
      }),
    );
  });
});
