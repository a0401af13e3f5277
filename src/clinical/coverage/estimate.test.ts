// The out-of-pocket estimate on worked examples: covered, not covered, unknown, caps and limits.

import { describe, expect, it } from "vitest";
import {
  type Coverage,
  type CoverageInput,
  coverageSchema,
  type PriceList,
  priceListSchema,
} from "./coverage-schema.ts";
import { estimateOutOfPocket } from "./estimate.ts";
import { formatCents } from "./money.ts";
import { samplePriceList } from "./sample-price-list.ts";

const prices: PriceList = priceListSchema.parse(samplePriceList);

function coverage(input: Partial<CoverageInput>): Coverage {
  return coverageSchema.parse({ pathway: "tms", covered: "yes", checkedOn: "2026-11-01", ...input });
}

describe("estimateOutOfPocket", () => {
  it("charges the full self-pay price when the pathway is not covered", () => {
    const e = estimateOutOfPocket(coverage({ pathway: "iv-ketamine", covered: "no" }), prices, {
      pathway: "iv-ketamine",
      sessions: 6,
    });
    expect(e.status).toBe("estimate");
    if (e.status === "no-price") throw new Error("expected a price");
    expect(e.lowCents).toBe(300000);
    expect(e.highCents).toBe(300000);
    expect(e.coverageStatus).toBe("not-covered");
    expect(e.low.steps[0]?.detail).toBe("6 × $500.00 = $3,000.00");
  });

  it("uses the course package when it is cheaper than paying per session", () => {
    const e = estimateOutOfPocket(coverage({ covered: "no" }), prices, { pathway: "tms", sessions: 36 });
    if (e.status === "no-price") throw new Error("expected a price");
    expect(e.lowCents).toBe(750000);
    expect(e.low.steps[0]?.label).toBe("Self-pay, course package");
  });

  it("applies the deductible first, then coinsurance, then stops at the out-of-pocket maximum", () => {
    const e = estimateOutOfPocket(
      coverage({
        deductibleRemainingCents: 50000,
        coinsurancePercent: 20,
        copayPerVisitCents: 0,
        outOfPocketMaxRemainingCents: 150000,
        sessionsCovered: 36,
      }),
      prices,
      { pathway: "tms", sessions: 36 },
    );
    if (e.status === "no-price") throw new Error("expected a price");
    // Sessions 1–2: 20000 each to the deductible; session 3: 10000 deductible + 20% of 10000; then 4000 each.
    expect(e.low.steps.map((s) => s.label)).toEqual([
      "Sessions 1–2",
      "Session 3",
      "Sessions 4–27",
      "Session 28",
      "Sessions 29–36",
    ]);
    expect(e.lowCents).toBe(150000);
    expect(e.status).toBe("estimate");
    expect(e.low.steps[1]?.detail).toContain("deductible $100.00");
    expect(e.low.steps[1]?.detail).toContain("20% coinsurance on $100.00 = $20.00");
  });

  it("adds the drug and monitoring extras to each esketamine session", () => {
    const e = estimateOutOfPocket(
      coverage({
        pathway: "esketamine",
        deductibleRemainingCents: 0,
        coinsurancePercent: 10,
        copayPerVisitCents: 0,
        outOfPocketMaxRemainingCents: 500000,
        sessionsCovered: 8,
      }),
      prices,
      { pathway: "esketamine", sessions: 8 },
    );
    if (e.status === "no-price") throw new Error("expected a price");
    expect(e.lowCents).toBe(8 * 8000);
    expect(e.uncoveredCents).toBe(8 * 100000);
  });

  it("charges self-pay for sessions past the number the plan covers", () => {
    const e = estimateOutOfPocket(
      coverage({
        deductibleRemainingCents: 0,
        coinsurancePercent: 0,
        copayPerVisitCents: 2500,
        outOfPocketMaxRemainingCents: 900000,
        sessionsCovered: 30,
      }),
      prices,
      { pathway: "tms", sessions: 32 },
    );
    if (e.status === "no-price") throw new Error("expected a price");
    expect(e.lowCents).toBe(30 * 2500 + 2 * 30000);
    expect(e.low.steps.at(-1)?.detail).toContain("past the 30 sessions the plan covers");
  });

  it("gives a range, flagged, when coverage is unknown or was never checked", () => {
    for (const cov of [coverage({ covered: "unknown", coinsurancePercent: 20 }), undefined]) {
      const e = estimateOutOfPocket(cov, prices, { pathway: "tms", sessions: 10 });
      if (e.status === "no-price") throw new Error("expected a price");
      expect(e.status).toBe("range");
      expect(e.highCents).toBe(300000);
      expect(e.lowCents).toBeLessThan(e.highCents);
    }
    const never = estimateOutOfPocket(undefined, prices, { pathway: "tms", sessions: 10 });
    expect(never.coverageStatus).toBe("not-checked");
    expect(never.assumptions[0]).toContain("No benefits check");
  });

  it("gives a range when a covered plan's deductible is missing, and says so", () => {
    const e = estimateOutOfPocket(
      coverage({
        coinsurancePercent: 20,
        copayPerVisitCents: 0,
        outOfPocketMaxRemainingCents: 100000,
        sessionsCovered: 36,
      }),
      prices,
      { pathway: "tms", sessions: 20 },
    );
    if (e.status === "no-price") throw new Error("expected a price");
    expect(e.status).toBe("range");
    expect(e.lowCents).toBe(20 * 4000);
    expect(e.highCents).toBe(100000);
    expect(e.assumptions.join(" ")).toContain("Deductible remaining not entered");
  });

  it("treats a denied prior authorization as not covered", () => {
    const e = estimateOutOfPocket(
      coverage({ priorAuthRequired: "yes", priorAuthStatus: "denied", coinsurancePercent: 20 }),
      prices,
      { pathway: "tms", sessions: 2 },
    );
    expect(e.coverageStatus).toBe("not-covered");
    if (e.status === "no-price") throw new Error("expected a price");
    expect(e.lowCents).toBe(60000);
    expect(e.assumptions[0]).toContain("denied");
  });

  it("notes a prior authorization still pending", () => {
    const e = estimateOutOfPocket(
      coverage({
        priorAuthRequired: "yes",
        priorAuthStatus: "submitted",
        deductibleRemainingCents: 0,
        coinsurancePercent: 0,
        copayPerVisitCents: 0,
        outOfPocketMaxRemainingCents: 0,
        sessionsCovered: 36,
      }),
      prices,
      { pathway: "tms", sessions: 5 },
    );
    expect(e.assumptions.join(" ")).toContain("prior authorization is approved");
  });

  it("reports a missing price instead of inventing one", () => {
    const e = estimateOutOfPocket(undefined, prices, { pathway: "oral-ketamine", sessions: 4 });
    expect(e.status).toBe("no-price");
  });

  it("never charges more than self-pay even when the plan allows more", () => {
    const list = priceListSchema.parse({
      effectiveFrom: "2026-01-01",
      pathways: [{ pathway: "tms", selfPayPerSessionCents: 10000, allowedPerSessionCents: 40000 }],
    });
    const e = estimateOutOfPocket(
      coverage({
        deductibleRemainingCents: 1000000,
        coinsurancePercent: 0,
        copayPerVisitCents: 0,
        outOfPocketMaxRemainingCents: 1000000,
        sessionsCovered: 36,
      }),
      list,
      { pathway: "tms", sessions: 3 },
    );
    if (e.status === "no-price") throw new Error("expected a price");
    expect(e.lowCents).toBe(30000);
    expect(e.low.steps.at(-1)?.label).toBe("Self-pay is lower");
  });
});

describe("the schemas", () => {
  it("name the field and the rule", () => {
    const bad = coverageSchema.safeParse({
      pathway: "tms",
      covered: "yes",
      checkedOn: "2026-11-01",
      coinsurancePercent: 120,
      copayPerVisitCents: 12.5,
    });
    expect(bad.success).toBe(false);
    const issues = bad.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
    expect(issues).toContain("coinsurancePercent: must be at most 100");
    expect(issues).toContain("copayPerVisitCents: must be a whole number of cents");
  });

  it("refuse a pathway priced twice and a package without its session count", () => {
    const bad = priceListSchema.safeParse({
      effectiveFrom: "2026-01-01",
      pathways: [
        { pathway: "tms", selfPayPerSessionCents: 1, selfPayCourseCents: 10 },
        { pathway: "tms", selfPayPerSessionCents: 1 },
      ],
    });
    const paths = bad.error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["pathways.1.pathway", "pathways.0.courseSessions"]));
  });

  it("format cents as dollars", () => {
    expect(formatCents(123456)).toBe("$1,234.56");
    expect(formatCents(5)).toBe("$0.05");
  });
});
