// The pathway comparison: priorities move the order visibly, cost facts, and hard stops never outranked.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IntakeRecordInput } from "./intake-record.ts";
import { assessScenario } from "./scenarios/assess-scenario.ts";
import { baseIntake } from "./scenarios/intake-scenarios.ts";

function run(change: Partial<IntakeRecordInput>, withPrices = true) {
  return assessScenario({ ...baseIntake, ...change }, withPrices);
}
const order = (r: ReturnType<typeof run>) => r.pathways.map((p) => p.pathway);

describe("assessIntake: the patient's priorities", () => {
  it("move TMS to the top for a patient who wants a non-drug treatment and weighs that most", () => {
    expect(order(run({}))[0]).toBe("esketamine");
    const r = run({ preferences: { medication: "prefers-non-drug" }, priorities: { preference: 3 } });
    expect(order(r)[0]).toBe("tms");
    const tms = r.pathways.find((p) => p.pathway === "tms");
    expect(tms?.factors.find((f) => f.id === "preference")).toMatchObject({
      contribution: 2,
      weight: 3,
      weighted: 6,
    });
  });

  it("push TMS down when time weighs most", () => {
    const r = run({ priorities: { timeBurden: 3 } });
    expect(order(r).at(-1)).toBe("tms");
  });

  it("cannot lower the weight of a suicidal crisis", () => {
    const r = run({ cssrs: { date: "2026-11-02", items: [1, 1, 1, 1, 1, 0] }, priorities: { speed: 0 } });
    const urgency = r.pathways[0]?.factors.find((f) => f.id === "urgency");
    expect(urgency?.weight).toBe(3);
    expect(r.findings[0]?.code).toBe("intake-suicide-risk-high");
    expect(r.findings[0]?.severity).toBe("critical");
  });
});

describe("assessIntake: coverage and cost", () => {
  it("shows the entered coverage and the estimate for each pathway's induction course", () => {
    const r = run({});
    const tms = r.pathways.find((p) => p.pathway === "tms");
    expect(tms?.coverage?.planName).toBe("Synthetic Health PPO");
    expect(tms?.estimate).toMatchObject({ status: "estimate", sessions: 30, lowCents: 160000 });
    const ket = r.pathways.find((p) => p.pathway === "iv-ketamine");
    expect(ket?.estimate).toMatchObject({ coverageStatus: "not-covered", lowCents: 300000 });
    expect(ket?.factors.find((f) => f.id === "cost")?.contribution).toBe(-1);
  });

  it("says there is no price rather than guessing when the clinic has none", () => {
    const r = run({}, false);
    for (const p of r.pathways) {
      expect(p.estimate.status).toBe("no-price");
      expect(p.factors.find((f) => f.id === "cost")?.contribution).toBe(0);
    }
  });
});

describe("assessIntake, for any priorities and practical situation", () => {
  const weight = fc.integer({ min: 0, max: 3 });
  it("puts eligible pathways first and orders each group by its visible total", () => {
    fc.assert(
      fc.property(
        fc.record({ speed: weight, timeBurden: weight, cost: weight, preference: weight }),
        fc.record({
          canAttendDaily: fc.boolean(),
          canStayTwoHours: fc.boolean(),
          hasDriver: fc.boolean(),
          travelMinutes: fc.integer({ min: 0, max: 180 }),
        }),
        fc.record({
          aneurysmalVascularDisease: fc.boolean(),
          ketamineHypersensitivity: fc.boolean(),
          implantedDevices: fc.subarray(["cochlear-implant", "cardiac-pacemaker-or-icd"] as const),
          seizureHistory: fc.constantFrom("none", "remote", "recent-or-uncontrolled" as const),
          pregnancy: fc.constantFrom("not-applicable", "pregnant" as const),
        }),
        (priorities, practical, medical) => {
          const r = run({ priorities, practical, medical });
          const ps = r.pathways;
          // A hard stop is never outweighed: whatever the priorities, that pathway is not eligible.
          for (const p of ps) {
            const stopped = p.screening.findings.some((f) => f.severity === "critical");
            expect(p.eligible).toBe(!stopped);
          }
          for (let i = 1; i < ps.length; i++) {
            const a = ps[i - 1];
            const b = ps[i];
            if (a === undefined || b === undefined) continue;
            expect(Number(a.eligible)).toBeGreaterThanOrEqual(Number(b.eligible));
            if (a.eligible === b.eligible) expect(a.total).toBeGreaterThanOrEqual(b.total);
          }
          for (const p of ps) {
            expect(p.total).toBe(p.factors.reduce((s, f) => s + f.weighted, 0));
            for (const f of p.factors) expect(Math.abs(f.contribution)).toBeLessThanOrEqual(2);
          }
        },
      ),
    );
  });
});
