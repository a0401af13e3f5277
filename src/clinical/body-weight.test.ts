import { describe, expect, it } from "vitest";
import { bodyWeights } from "./body-weight.ts";

describe("bodyWeights", () => {
  it("gives a 180 cm man an ideal weight of 75.0 kg by Devine (50 kg + 2.3 kg per inch over 5 feet)", () => {
    expect(bodyWeights({ weightKg: 100, heightCm: 180, sex: "male" }).idealKg).toBe(75.0);
  });

  it("gives a 165 cm woman an ideal weight of 56.9 kg (45.5 kg + 2.3 kg per inch over 5 feet)", () => {
    expect(bodyWeights({ weightKg: 70, heightCm: 165, sex: "female" }).idealKg).toBe(56.9);
  });

  it("gives exactly the base weight at exactly 5 feet", () => {
    expect(bodyWeights({ weightKg: 80, heightCm: 152.4, sex: "male" }).idealKg).toBe(50);
    expect(bodyWeights({ weightKg: 80, heightCm: 152.4, sex: "female" }).idealKg).toBe(45.5);
  });

  it.each(["other", "unknown"] as const)("uses the lower, female formula for sex %s", (sex) => {
    const weights = bodyWeights({ weightKg: 100, heightCm: 180, sex });
    expect(weights.idealKg).toBe(70.5);
    expect(weights.adjustedKg).toBe(82.3);
  });

  it("follows the Devine line below 5 feet instead of flooring at the base weight", () => {
    expect(bodyWeights({ weightKg: 50, heightCm: 140, sex: "female" }).idealKg).toBe(34.3);
  });

  it("adjusts an obese weight to ideal + 0.4 × (actual − ideal)", () => {
    // 75 + 0.4 × (100 − 75) = 85
    expect(bodyWeights({ weightKg: 100, heightCm: 180, sex: "male" }).adjustedKg).toBe(85.0);
  });

  it("keeps ideal and adjusted weight at the actual weight when the patient weighs less than ideal", () => {
    const weights = bodyWeights({ weightKg: 60, heightCm: 180, sex: "male" });
    expect(weights).toEqual({ actualKg: 60, idealKg: 60, adjustedKg: 60, bmi: 18.5 });
  });

  it("computes BMI as kg / m², rounded to 0.1", () => {
    expect(bodyWeights({ weightKg: 100, heightCm: 180, sex: "male" }).bmi).toBe(30.9);
  });

  it("rounds weights to 0.1 kg", () => {
    const weights = bodyWeights({ weightKg: 92.37, heightCm: 171, sex: "female" });
    expect(weights.actualKg).toBe(92.4);
    // 45.5 + 2.3 × (171 / 2.54 − 60) = 62.34…; 62.34 + 0.4 × (92.37 − 62.34) = 74.35…
    expect(weights.idealKg).toBe(62.3);
    expect(weights.adjustedKg).toBe(74.4);
  });

  it("gives no ideal weight, adjusted weight or BMI without a height", () => {
    expect(bodyWeights({ weightKg: 70.04, sex: "male" })).toEqual({
      actualKg: 70,
      idealKg: null,
      adjustedKg: null,
      bmi: null,
    });
  });
});
