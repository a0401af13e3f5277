// Dose basis for weight-based proposals: the charted basis, the clinic default, and a missing height.

import { describe, expect, it } from "vitest";
import { noStop, rec, run, thenAt } from "./optimization.fixtures.ts";

describe("dose basis", () => {
  it("computes on the basis the last session charted", () => {
    const a = run({ change: (i) => ({ doseBasis: i < 5 ? "actual" : "ideal" }) });
    const ideal = a.patient.weights.idealKg;
    expect(ideal).toBe(61.4);
    expect(rec(a, "escalate-dose")).toMatchObject({
      weightBasis: "ideal",
      basisWeightKg: 61.4,
      doseMg: 36.8,
    });
    expect(rec(a, "faster-infusion")).toMatchObject({ weightBasis: "ideal", doseMg: 30.7 });
  });

  it("falls back to the clinic default when no session charted one", () => {
    const a = run({ settings: { ...noStop, doseWeightBasis: "adjusted" } });
    expect(a.patient.weights.adjustedKg).toBe(64.9);
    expect(rec(a, "escalate-dose")).toMatchObject({
      weightBasis: "adjusted",
      basisWeightKg: 64.9,
      doseMg: 38.9,
    });
  });

  it("prefers the charted basis to the clinic default", () => {
    const a = run({
      change: () => ({ doseBasis: "actual" }),
      settings: { ...noStop, doseWeightBasis: "ideal" },
    });
    expect(rec(a, "escalate-dose")).toMatchObject({ weightBasis: "actual", basisWeightKg: 70, doseMg: 42 });
  });

  it("proposes no weight-based dose rather than switching basis when the height is missing", () => {
    const a = run({
      record: { patient: { id: "p1", birthDate: "1980-01-01", sex: "female", weightKg: 70 } },
      settings: { ...noStop, doseWeightBasis: "ideal" },
    });
    expect(rec(a, "escalate-dose")).toBeUndefined();
    expect(rec(a, "faster-infusion")).toBeUndefined();
  });

  it("gives every weight-based proposal its basis and basis weight", () => {
    const a = run({ ...thenAt(0.6, 0.6), record: { history: { poorVenousAccess: true } } });
    const weighted = a.recommendations.filter((r) => r.doseMgPerKg !== undefined);
    expect(weighted.map((r) => r.code).sort()).toEqual([
      "escalate-dose",
      "faster-infusion",
      "switch-route-im",
    ]);
    for (const r of weighted) {
      expect(r.weightBasis).toBe("actual");
      expect(r.basisWeightKg).toBe(70);
      expect(r.doseMg).toBeCloseTo((r.doseMgPerKg ?? 0) * 70, 1);
    }
  });
});
