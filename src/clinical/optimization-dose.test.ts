// Optimization by dose: escalation steps, infusion rate, a lower dose for dissociation or anxiety.

import { describe, expect, it } from "vitest";
import { codes, flat, rec, run, thenAt } from "./optimization.fixtures.ts";
import { day, type SessionInput, twiceWeekly } from "./test-records.ts";

describe("escalate-dose along 0.5 → 0.6 → 0.75 → 1.0", () => {
  it("steps from the standard 0.5 to 0.6 mg/kg after the adequate trial, on actual weight", () => {
    const a = run();
    expect(a.trial.adequate).toBe(true);
    expect(rec(a, "escalate-dose")).toMatchObject({
      severity: "warning",
      category: "optimization",
      title: "Escalate to 0.6 mg/kg",
      doseMgPerKg: 0.6,
      doseMg: 42,
      weightBasis: "actual",
      basisWeightKg: 70,
      source: { section: "Strategy 1: Dose Adjustment" },
    });
  });

  it("gives a rung above the standard two infusions before the next", () => {
    expect(rec(run(thenAt(0.6)), "escalate-dose")).toBeUndefined();
    expect(rec(run(thenAt(0.6, 0.6)), "escalate-dose")).toMatchObject({ doseMgPerKg: 0.75, doseMg: 52.5 });
    expect(rec(run(thenAt(0.6, 0.6, 0.75)), "escalate-dose")).toBeUndefined();
    expect(rec(run(thenAt(0.6, 0.6, 0.75, 0.75)), "escalate-dose")).toMatchObject({
      doseMgPerKg: 1,
      doseMg: 70,
    });
  });

  it("stops at the 1.0 mg/kg hard limit", () => {
    expect(rec(run(thenAt(0.6, 0.6, 0.75, 0.75, 1.0, 1.0)), "escalate-dose")).toBeUndefined();
  });

  it("does not count an incomplete infusion toward a rung", () => {
    const a = run({
      n: 8,
      change: (i) => (i === 6 ? { doseMgPerKg: 0.6, completed: false } : i === 7 ? { doseMgPerKg: 0.6 } : {}),
    });
    expect(rec(a, "escalate-dose")).toBeUndefined();
  });

  it("climbs the IM ladder 0.5 → 0.75 → 1.0", () => {
    const im = (doses: number[]) =>
      doses.map((doseMgPerKg, i) => ({
        date: day(twiceWeekly(i)),
        modality: "im-ketamine" as const,
        doseMgPerKg,
      }));
    expect(rec(run({ sessions: im([0.5, 0.5, 0.5, 0.5]) }), "escalate-dose")?.doseMgPerKg).toBe(0.75);
    expect(rec(run({ sessions: im([0.5, 0.5, 0.5, 0.75, 0.75]) }), "escalate-dose")?.doseMgPerKg).toBe(1);
  });

  it("is withheld when dissociation is marked (CADSS ≥ 25) but not at 24", () => {
    expect(
      rec(
        run({ change: (i) => (i === 5 ? { dissociation: { instrument: "CADSS", total: 25 } } : {}) }),
        "escalate-dose",
      ),
    ).toBeUndefined();
    expect(
      rec(
        run({ change: (i) => (i === 5 ? { dissociation: { instrument: "CADSS", total: 24 } } : {}) }),
        "escalate-dose",
      ),
    ).toBeDefined();
  });

  it("reads dissociation from the last three sessions only", () => {
    const a = run({
      change: (i) => (i === 2 ? { dissociation: { instrument: "CADSS", total: 40, distressing: true } } : {}),
    });
    expect(rec(a, "escalate-dose")).toBeDefined();
  });

  it.each<[string, Partial<SessionInput>]>([
    ["marked distressing", { dissociation: { instrument: "CADSS", total: 8, distressing: true } }],
    ["a distressing side effect", { sideEffects: ["frightening dissociation"] }],
    [
      "prolonged recovery after more than minimal dissociation",
      { recoveryMinutes: 100, dissociation: { instrument: "CADSS", total: 15 } },
    ],
  ])("is withheld after %s", (_, last) => {
    expect(rec(run({ change: (i) => (i === 5 ? last : {}) }), "escalate-dose")).toBeUndefined();
  });

  it("is not withheld for a long recovery with minimal dissociation", () => {
    const a = run({ change: (i) => (i === 5 ? { recoveryMinutes: 100 } : {}) });
    expect(rec(a, "escalate-dose")).toBeDefined();
  });

  it("is withheld while a blood-pressure hold applies", () => {
    expect(
      rec(
        run({ change: (i) => (i === 5 ? { bloodPressure: { systolic: 150, diastolic: 80 } } : {}) }),
        "escalate-dose",
      ),
    ).toBeUndefined();
  });

  it("is withheld after a high reading earlier in the course, though dosing is no longer held", () => {
    const a = run({ change: (i) => (i === 1 ? { bloodPressure: { systolic: 150, diastolic: 95 } } : {}) });
    expect(a.findings.map((f) => f.code)).not.toContain("blood-pressure-hold");
    expect(rec(a, "escalate-dose")).toBeUndefined();
  });

  it.each(["palpitations", "tachycardia", "chest pain", "transient hypertension"])(
    "is withheld after a charted cardiovascular side effect (%s)",
    (effect) => {
      expect(
        rec(run({ change: (i) => (i === 0 ? { sideEffects: [effect] } : {}) }), "escalate-dose"),
      ).toBeUndefined();
    },
  );

  it("is not withheld for other side effects", () => {
    expect(
      rec(run({ change: () => ({ sideEffects: ["nausea", "headache"] }) }), "escalate-dose"),
    ).toBeDefined();
  });

  it("cites the anhedonic subtype when anhedonia is recorded", () => {
    const r = rec(run({ record: { history: { anhedonia: true } } }), "escalate-dose");
    expect(r?.source.section).toBe("Strategy 6: Addressing Specific Subtypes");
    expect(r?.detail).toMatch(/Anhedonic/);
  });
});

describe("infusion rate", () => {
  it("offers a 30-minute infusion at the current dose when dissociation was minimal", () => {
    expect(rec(run(), "faster-infusion")).toMatchObject({
      doseMgPerKg: 0.5,
      doseMg: 35,
      infusionMinutes: 30,
      weightBasis: "actual",
      basisWeightKg: 70,
      source: { section: "Strategy 2: Infusion Rate Modification" },
    });
  });

  it("does not offer a faster infusion above minimal dissociation, without a CADSS, or when already under 40 minutes", () => {
    expect(
      rec(run({ change: () => ({ dissociation: { instrument: "CADSS", total: 11 } }) }), "faster-infusion"),
    ).toBeUndefined();
    expect(rec(run({ change: () => ({ dissociation: undefined }) }), "faster-infusion")).toBeUndefined();
    expect(rec(run({ change: () => ({ infusionMinutes: 35 }) }), "faster-infusion")).toBeUndefined();
  });

  it("does not offer an anxious patient a faster infusion alongside the slower one", () => {
    // Seed 003, Strategy 6 (Anxious Depression): slower infusions; a faster one gives more intense dissociation.
    const a = run({ record: { history: { anxiousDistress: true } } });
    expect(rec(a, "slower-infusion")).toBeDefined();
    expect(rec(a, "faster-infusion")).toBeUndefined();
  });

  const distressed = (i: number): Partial<SessionInput> =>
    i === 5 ? { dissociation: { instrument: "CADSS", total: 30, distressing: true } } : {};

  it("offers a 60-minute infusion after distressing dissociation", () => {
    expect(rec(run({ change: distressed }), "slower-infusion")).toMatchObject({
      severity: "warning",
      doseMgPerKg: 0.5,
      infusionMinutes: 60,
    });
  });

  it("does not offer a slower infusion when infusions already take 50 minutes", () => {
    const a = run({ change: (i) => ({ infusionMinutes: 50, ...distressed(i) }) });
    expect(rec(a, "slower-infusion")).toBeUndefined();
  });

  it("offers longer infusions with chronic pain, unless they already run 90 minutes", () => {
    expect(
      rec(run({ record: { history: { chronicPain: true } } }), "extended-infusion")?.source.section,
    ).toBe("Strategy 6: Addressing Specific Subtypes");
    expect(
      rec(run({ record: { history: { comorbidities: ["chronic-pain"] } } }), "extended-infusion"),
    ).toBeDefined();
    expect(
      rec(
        run({ record: { history: { chronicPain: true } }, change: () => ({ infusionMinutes: 90 }) }),
        "extended-infusion",
      ),
    ).toBeUndefined();
  });
});

describe("lower-dose and slower-infusion for dissociation or anxious distress", () => {
  it("lowers to 0.3 mg/kg after distressing dissociation", () => {
    const a = run({
      change: (i) => (i === 5 ? { dissociation: { instrument: "CADSS", total: 12, distressing: true } } : {}),
    });
    expect(rec(a, "lower-dose")).toMatchObject({
      title: "Lower the dose to 0.3 mg/kg",
      doseMgPerKg: 0.3,
      doseMg: 21,
    });
  });

  it("lowers after marked dissociation, citing trauma history", () => {
    const a = run({
      record: { history: { trauma: true } },
      change: (i) => (i === 4 ? { dissociation: { instrument: "CADSS", total: 26 } } : {}),
    });
    expect(rec(a, "lower-dose")?.evidence).toContainEqual({ field: "history.trauma", value: true });
  });

  it("offers both to an anxious patient whose dissociation was not recorded, citing the anxious subtype", () => {
    const a = run({
      record: { history: { anxiousDistress: true } },
      change: () => ({ dissociation: undefined }),
    });
    expect(rec(a, "lower-dose")?.source.section).toBe("Strategy 6: Addressing Specific Subtypes");
    expect(rec(a, "slower-infusion")?.detail).toMatch(/hydroxyzine or gabapentin/);
  });

  it("reads a GAD-7 of 10 or more as anxious distress, and 9 as not", () => {
    const gad = (total: number) => [{ date: day(17), instrument: "GAD7" as const, total }];
    const with10 = run({ measurements: [...flat(17), ...gad(10)] });
    expect(rec(with10, "slower-infusion")).toBeDefined();
    const with9 = run({ measurements: [...flat(17), ...gad(9)] });
    expect(rec(with9, "slower-infusion")).toBeUndefined();
  });

  it("slows but does not lower for an anxious patient with minimal dissociation", () => {
    const a = run({ record: { history: { anxiousDistress: true } } });
    expect(rec(a, "lower-dose")).toBeUndefined();
    expect(rec(a, "slower-infusion")).toBeDefined();
  });

  it("offers neither without dissociation trouble or anxiety", () => {
    expect(codes(run())).not.toEqual(expect.arrayContaining(["lower-dose"]));
    expect(codes(run())).not.toContain("slower-infusion");
  });

  it("does not lower an IM dose below the IM standard", () => {
    const sessions = [0, 3, 7, 10].map((d) => ({
      date: day(d),
      modality: "im-ketamine" as const,
      doseMgPerKg: 0.5,
      dissociation: { instrument: "CADSS" as const, total: 30, distressing: true },
    }));
    expect(rec(run({ sessions }), "lower-dose")).toBeUndefined();
  });
});
