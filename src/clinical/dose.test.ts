import { describe, expect, it } from "vitest";
import { bodyWeights } from "./body-weight.ts";
import { calculateDose, nextEscalationStep, sessionLimitViolations } from "./dose.ts";
import { protocols } from "./protocols/index.ts";
import type { Modality, Protocol } from "./protocols/protocol.ts";
import type { Session } from "./record.ts";

function session(modality: Modality, fields: Partial<Session> = {}): Session {
  return { date: "2026-01-05", modality, completed: true, sideEffects: [], ...fields };
}

function rules(s: Session): string[] {
  return sessionLimitViolations(s).map((v) => v.rule);
}

// 180 cm, 100 kg man: actual 100.0, ideal 75.0, adjusted 85.0 kg.
const man = bodyWeights({ weightKg: 100, heightCm: 180, sex: "male" });
const noHeight = bodyWeights({ weightKg: 100, sex: "male" });

describe("sessionLimitViolations", () => {
  describe.each(["iv-ketamine", "im-ketamine"] as const)("%s mg/kg limit of 1.0", (modality) => {
    it.each([0.99, 1.0])("accepts %s mg/kg", (doseMgPerKg) => {
      expect(sessionLimitViolations(session(modality, { doseMgPerKg }))).toEqual([]);
    });

    it.each([1.01, 1.0000001])("refuses %s mg/kg", (doseMgPerKg) => {
      expect(sessionLimitViolations(session(modality, { doseMgPerKg }))).toEqual([
        expect.objectContaining({ field: "doseMgPerKg", rule: "above-max-mg-per-kg", limit: 1.0 }),
      ]);
    });

    it("requires a dose in mg/kg, even when mg is charted", () => {
      const [v] = sessionLimitViolations(session(modality, { doseMg: 50 }));
      expect(v).toMatchObject({ field: "doseMgPerKg", rule: "dose-required" });
      expect(v?.message).toContain("mg/kg is required");
    });
  });

  it("names the rule plainly when an IV dose is too high", () => {
    const [v] = sessionLimitViolations(session("iv-ketamine", { doseMgPerKg: 1.2 }));
    expect(v?.message).toBe("1.2 mg/kg is above the hard limit of 1.0 mg/kg for IV ketamine");
  });

  it.each([28, 56, 84])("accepts esketamine %s mg", (doseMg) => {
    expect(sessionLimitViolations(session("esketamine", { doseMg }))).toEqual([]);
  });

  it.each([27, 29, 55, 57, 83, 85, 112])(
    "refuses esketamine %s mg, a dose the device does not give",
    (doseMg) => {
      const [v, ...rest] = sessionLimitViolations(session("esketamine", { doseMg }));
      expect(rest).toEqual([]);
      expect(v).toMatchObject({ field: "doseMg", rule: "not-an-allowed-dose", limit: [28, 56, 84] });
      expect(v?.message).toContain("is given only as 28, 56 or 84 mg");
    },
  );

  it("requires an esketamine dose in mg", () => {
    expect(rules(session("esketamine", { doseMgPerKg: 0.5 }))).toEqual(["dose-required"]);
  });

  describe.each(["sublingual-ketamine", "oral-ketamine"] as const)("%s mg limit of 300", (modality) => {
    it.each([299, 300])("accepts %s mg", (doseMg) => {
      expect(sessionLimitViolations(session(modality, { doseMg }))).toEqual([]);
    });

    it("refuses 301 mg", () => {
      expect(sessionLimitViolations(session(modality, { doseMg: 301 }))).toEqual([
        expect.objectContaining({ field: "doseMg", rule: "above-max-mg", limit: 300 }),
      ]);
    });

    it("requires a dose in mg", () => {
      expect(rules(session(modality))).toEqual(["dose-required"]);
    });
  });

  it.each([20, 21])("accepts a %s-minute IV infusion", (infusionMinutes) => {
    expect(sessionLimitViolations(session("iv-ketamine", { doseMgPerKg: 0.5, infusionMinutes }))).toEqual([]);
  });

  it("refuses a 19-minute IV infusion as faster than the 20-minute minimum", () => {
    const [v] = sessionLimitViolations(session("iv-ketamine", { doseMgPerKg: 0.5, infusionMinutes: 19 }));
    expect(v).toMatchObject({ field: "infusionMinutes", rule: "infusion-too-fast", limit: 20 });
  });

  it("does not require an infusion length", () => {
    expect(sessionLimitViolations(session("iv-ketamine", { doseMgPerKg: 0.5 }))).toEqual([]);
  });

  it.each([119, 120])("accepts TMS at %s% of motor threshold", (intensityPercentMT) => {
    expect(sessionLimitViolations(session("tms", { intensityPercentMT }))).toEqual([]);
  });

  it("refuses TMS at 121% of motor threshold", () => {
    expect(sessionLimitViolations(session("tms", { intensityPercentMT: 121 }))).toEqual([
      expect.objectContaining({ field: "intensityPercentMT", rule: "above-max-intensity", limit: 120 }),
    ]);
  });

  it("needs no dose for TMS", () => {
    expect(sessionLimitViolations(session("tms"))).toEqual([]);
  });

  it("reports every broken limit of a session, not just the first", () => {
    expect(rules(session("iv-ketamine", { doseMgPerKg: 1.5, infusionMinutes: 10 }))).toEqual([
      "above-max-mg-per-kg",
      "infusion-too-fast",
    ]);
  });

  it("refuses a malformed number rather than letting it pass a comparison", () => {
    expect(rules(session("iv-ketamine", { doseMgPerKg: Number.NaN }))).toEqual(["dose-not-positive"]);
    expect(rules(session("oral-ketamine", { doseMg: 0 }))).toEqual(["dose-not-positive"]);
  });

  it("names the session in each message when given its place in the record", () => {
    const [v] = sessionLimitViolations(session("iv-ketamine", { doseMgPerKg: 1.2 }), 2);
    expect(v?.field).toBe("doseMgPerKg");
    expect(v?.message).toBe(
      "session 3 (2026-01-05): 1.2 mg/kg is above the hard limit of 1.0 mg/kg for IV ketamine",
    );
  });
});

describe("calculateDose", () => {
  it.each([
    ["actual", 100, 50],
    ["ideal", 75, 37.5],
    ["adjusted", 85, 42.5],
  ] as const)("computes 0.5 mg/kg on %s body weight (%s kg) as %s mg", (basis, kg, mg) => {
    expect(calculateDose({ modality: "iv-ketamine", doseMgPerKg: 0.5, basis, weights: man })).toMatchObject({
      ok: true,
      doseMg: mg,
      doseMgPerKg: 0.5,
      weightBasis: basis,
      basisWeightKg: kg,
    });
  });

  it("explains which basis and weight the mg figure was computed on", () => {
    const result = calculateDose({ modality: "iv-ketamine", doseMgPerKg: 0.5, basis: "ideal", weights: man });
    expect(result.ok && result.explanation).toContain("0.5 mg/kg × 75.0 kg ideal body weight");
  });

  it("rounds mg to 0.1 mg", () => {
    const weights = bodyWeights({ weightKg: 73.3, sex: "female" });
    const result = calculateDose({ modality: "iv-ketamine", doseMgPerKg: 0.75, basis: "actual", weights });
    expect(result.ok && result.doseMg).toBe(55.0);
  });

  it("gives the infusion rate when the infusion length is given", () => {
    const result = calculateDose({
      modality: "iv-ketamine",
      doseMgPerKg: 0.5,
      basis: "actual",
      weights: man,
      infusionMinutes: 40,
    });
    expect(result).toMatchObject({ ok: true, doseMg: 50, infusionMinutes: 40, rateMgPerMinute: 1.25 });
  });

  it.each(["ideal", "adjusted"] as const)(
    "refuses the %s basis without a height instead of falling back",
    (basis) => {
      const result = calculateDose({ modality: "iv-ketamine", doseMgPerKg: 0.5, basis, weights: noHeight });
      expect(result).toEqual({
        ok: false,
        violations: [expect.objectContaining({ field: "basis", rule: "basis-unavailable" })],
      });
    },
  );

  it("computes the actual basis without a height", () => {
    const result = calculateDose({
      modality: "im-ketamine",
      doseMgPerKg: 0.5,
      basis: "actual",
      weights: noHeight,
    });
    expect(result).toMatchObject({ ok: true, doseMg: 50 });
  });

  it.each([
    ["iv-ketamine", { doseMgPerKg: 1.01 }, "above-max-mg-per-kg"],
    ["im-ketamine", { doseMgPerKg: 1.0000001 }, "above-max-mg-per-kg"],
    ["esketamine", { doseMg: 57 }, "not-an-allowed-dose"],
    ["sublingual-ketamine", { doseMg: 301 }, "above-max-mg"],
    ["oral-ketamine", { doseMg: 301 }, "above-max-mg"],
    ["iv-ketamine", { doseMgPerKg: 0.5, infusionMinutes: 19 }, "infusion-too-fast"],
    ["iv-ketamine", { doseMg: 50 }, "dose-required"],
    ["tms", {}, "no-drug-dose"],
  ] as const)("refuses %s %o: %s", (modality, fields, rule) => {
    const result = calculateDose({ modality, basis: "actual", weights: man, ...fields });
    expect(result.ok ? [] : result.violations.map((v) => v.rule)).toEqual([rule]);
  });

  it.each([
    ["iv-ketamine", { doseMgPerKg: 1.0 }, 100],
    ["im-ketamine", { doseMgPerKg: 1.0 }, 100],
    ["esketamine", { doseMg: 84 }, 84],
    ["sublingual-ketamine", { doseMg: 300 }, 300],
    ["oral-ketamine", { doseMg: 300 }, 300],
  ] as const)("gives %s %o at the limit as %s mg", (modality, fields, doseMg) => {
    expect(calculateDose({ modality, basis: "actual", weights: man, ...fields })).toMatchObject({
      ok: true,
      doseMg,
    });
  });

  it("does not weigh fixed doses: no basis is reported", () => {
    const result = calculateDose({ modality: "esketamine", doseMg: 56, basis: "ideal", weights: noHeight });
    expect(result).toEqual({ ok: true, doseMg: 56, explanation: expect.stringContaining("56 mg") });
  });
});

describe("nextEscalationStep", () => {
  it.each([
    [0.3, 0.5],
    [0.5, 0.6],
    [0.55, 0.6],
    [0.6, 0.75],
    [0.75, 1.0],
  ])("steps IV ketamine from %s to %s mg/kg", (current, next) => {
    expect(nextEscalationStep(protocols["iv-ketamine"], current)).toBe(next);
  });

  it("has no step above 1.0 mg/kg IV", () => {
    expect(nextEscalationStep(protocols["iv-ketamine"], 1.0)).toBeNull();
  });

  it("follows the IM ladder, which skips 0.6", () => {
    expect(nextEscalationStep(protocols["im-ketamine"], 0.5)).toBe(0.75);
  });

  it("has no mg/kg ladder for fixed-dose routes or TMS", () => {
    expect(nextEscalationStep(protocols.esketamine, 56)).toBeNull();
    expect(nextEscalationStep(protocols.tms, 0)).toBeNull();
  });

  it("never steps past the hard limit, even if a ladder lists a higher rung", () => {
    const iv = protocols["iv-ketamine"];
    const widened: Protocol = {
      ...iv,
      dose: {
        unit: "mg/kg",
        maxMgPerKg: 1.0,
        standardMgPerKg: 0.5,
        lowestMgPerKg: 0.3,
        escalation: [0.5, 1.2],
      },
    };
    expect(nextEscalationStep(widened, 0.5)).toBeNull();
  });
});
