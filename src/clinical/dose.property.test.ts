import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyWeights } from "./body-weight.ts";
import { calculateDose, type DoseRequest, sessionLimitViolations } from "./dose.ts";
import { protocols } from "./protocols/index.ts";
import { modalities } from "./protocols/protocol.ts";
import { sexes, weightBases } from "./record.ts";

const weights = fc
  .record(
    {
      weightKg: fc.double({ min: 25, max: 350, noNaN: true }),
      heightCm: fc.double({ min: 120, max: 230, noNaN: true }),
      sex: fc.constantFrom(...sexes),
    },
    { requiredKeys: ["weightKg", "sex"] },
  )
  .map(bodyWeights);

// Doses near the limits and the device doses are drawn often; NaN and infinities are included on purpose.
const anyDose = fc.oneof(
  fc.double(),
  fc.double({ min: 0, max: 1.2, noNaN: true }),
  fc.constantFrom(0.5, 0.6, 0.75, 1.0, 1.0000001, 28, 56, 84, 300, 301),
  fc.integer({ min: 0, max: 400 }),
);

const request: fc.Arbitrary<DoseRequest> = fc.record(
  {
    modality: fc.constantFrom(...modalities),
    doseMgPerKg: anyDose,
    doseMg: anyDose,
    basis: fc.constantFrom(...weightBases),
    weights,
    infusionMinutes: fc.oneof(fc.double(), fc.integer({ min: 0, max: 240 })),
  },
  { requiredKeys: ["modality", "basis", "weights"] },
);

describe("calculateDose, for any request", () => {
  it("never gives a weight-based dose above the modality's mg/kg hard limit", () => {
    fc.assert(
      fc.property(request, (req) => {
        const result = calculateDose(req);
        const rule = protocols[req.modality].dose;
        if (!result.ok || rule.unit !== "mg/kg") return;
        expect(result.doseMgPerKg).toBeGreaterThan(0);
        expect(result.doseMgPerKg).toBeLessThanOrEqual(rule.maxMgPerKg);
        expect(Number.isFinite(result.doseMg)).toBe(true);
      }),
    );
  });

  it("gives esketamine only as a device dose", () => {
    fc.assert(
      fc.property(request, (req) => {
        const result = calculateDose({ ...req, modality: "esketamine" });
        if (result.ok) expect([28, 56, 84]).toContain(result.doseMg);
      }),
    );
  });

  it("never gives a sublingual or oral dose above 300 mg", () => {
    fc.assert(
      fc.property(request, fc.constantFrom("sublingual-ketamine", "oral-ketamine"), (req, modality) => {
        const result = calculateDose({ ...req, modality });
        if (result.ok) expect(result.doseMg).toBeLessThanOrEqual(300);
      }),
    );
  });

  it("refuses exactly the requests that break a hard limit of a charted session", () => {
    fc.assert(
      fc.property(request, (req) => {
        const result = calculateDose({ ...req, basis: "actual" });
        const charted = sessionLimitViolations({
          date: "2026-01-05",
          modality: req.modality,
          completed: true,
          sideEffects: [],
          ...(req.doseMgPerKg === undefined ? {} : { doseMgPerKg: req.doseMgPerKg }),
          ...(req.doseMg === undefined ? {} : { doseMg: req.doseMg }),
          ...(req.infusionMinutes === undefined ? {} : { infusionMinutes: req.infusionMinutes }),
        });
        if (charted.length > 0) expect(result.ok).toBe(false);
        if (req.modality !== "tms" && charted.length === 0) expect(result.ok).toBe(true);
      }),
    );
  });

  it("gives more mg for more mg/kg on the same weight and basis", () => {
    const perKg = fc.double({ min: 0.01, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.constantFrom("iv-ketamine", "im-ketamine"),
        fc.constantFrom(...weightBases),
        weights,
        perKg,
        perKg,
        (modality, basis, w, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lower = calculateDose({ modality, basis, weights: w, doseMgPerKg: low });
          const higher = calculateDose({ modality, basis, weights: w, doseMgPerKg: high });
          expect(lower.ok).toBe(higher.ok);
          if (lower.ok && higher.ok) expect(lower.doseMg).toBeLessThanOrEqual(higher.doseMg);
        },
      ),
    );
  });

  it("never gives more on ideal or adjusted weight than on actual weight", () => {
    fc.assert(
      fc.property(weights, fc.double({ min: 0.01, max: 1, noNaN: true }), (w, doseMgPerKg) => {
        const on = (basis: DoseRequest["basis"]) =>
          calculateDose({ modality: "iv-ketamine", basis, weights: w, doseMgPerKg });
        const actual = on("actual");
        for (const basis of ["ideal", "adjusted"] as const) {
          const other = on(basis);
          if (actual.ok && other.ok) expect(other.doseMg).toBeLessThanOrEqual(actual.doseMg);
        }
      }),
    );
  });
});
