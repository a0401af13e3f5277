// The session form's body and live checks come from the engine: calculateDose and the hard limits.

import { describe, expect, it } from "vitest";
import type { BodyWeights } from "../../../src/clinical/index.ts";
import { doseView, emptyDraft, sessionBody, typingIssues } from "./session-draft.ts";

const weights: BodyWeights = { actualKg: 72, idealKg: 68, adjustedKg: 69.6, bmi: 24 };
const iv = emptyDraft("2026-05-01", "iv-ketamine", "actual");

describe("doseView", () => {
  it("computes the mg with the engine's own sentence", () => {
    const view = doseView({ ...iv, doseMgPerKg: "0.5", infusionMinutes: "40" }, weights);
    expect(view.violations).toEqual([]);
    expect(view.doseMg).toBe(36);
    expect(view.explanation).toMatch(/^0\.5 mg\/kg × 72\.0 kg actual body weight = 36 mg/);
  });

  it("refuses over 1.0 mg/kg IV and too fast an infusion, naming the fields", () => {
    const view = doseView({ ...iv, doseMgPerKg: "1.2", infusionMinutes: "15" }, weights);
    expect(view.explanation).toBeNull();
    expect(view.violations.map((v) => v.field).sort()).toEqual(["doseMgPerKg", "infusionMinutes"]);
  });

  it("allows esketamine only at 28, 56 or 84 mg", () => {
    const esketamine = emptyDraft("2026-05-01", "esketamine", "actual");
    expect(doseView({ ...esketamine, doseMg: "56" }, weights).violations).toEqual([]);
    expect(doseView({ ...esketamine, doseMg: "70" }, weights).violations.map((v) => v.field)).toEqual([
      "doseMg",
    ]);
  });
});

describe("sessionBody", () => {
  it("sends the engine's mg, the basis and only the fields filled in", () => {
    const draft = {
      ...iv,
      doseMgPerKg: "0.5",
      systolic: "120",
      diastolic: "80",
      cadss: "9",
      sideEffects: ["nausea"],
    };
    expect(sessionBody(draft, weights, 36)).toEqual({
      date: "2026-05-01",
      modality: "iv-ketamine",
      doseMgPerKg: 0.5,
      doseBasis: "actual",
      weightKg: 72,
      doseMg: 36,
      infusionMinutes: 40,
      bloodPressure: { systolic: 120, diastolic: 80 },
      dissociation: { instrument: "CADSS", total: 9 },
      completed: true,
      sideEffects: ["nausea"],
    });
  });

  it("finds half-typed numbers and half-entered blood pressures before sending", () => {
    expect(typingIssues({ ...iv, doseMgPerKg: "0,5", systolic: "120" })).toEqual([
      { field: "doseMgPerKg", message: "must be a number" },
      { field: "bloodPressure.systolic", message: "needs both systolic and diastolic" },
    ]);
  });
});
