// Properties of assess() over arbitrary valid records: doses within hard limits, codes, evidence and sources.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.ts";
import { anyCase } from "./assess-cases.arbitraries.ts";
import type { Assessment, Recommendation, Severity } from "./assessment.ts";
import { type Modality, protocols } from "./protocols/index.ts";

/** Property runs take seconds; under a loaded parallel run the 5 s default would make them flaky. */
const propertyTimeout = 60_000;

/** Which route a recommendation's dose is for. */
function doseModality(r: Recommendation, a: Assessment): Modality | "lithium" | null {
  const route: Record<string, Modality> = {
    "switch-route-esketamine": "esketamine",
    "switch-route-im": "im-ketamine",
    "switch-route-sublingual": "sublingual-ketamine",
    "switch-route-iv": "iv-ketamine",
  };
  if (r.code === "augment-lithium") return "lithium";
  return route[r.code] ?? a.trial.modality;
}

function checkDose(r: Recommendation, a: Assessment): void {
  const modality = doseModality(r, a);
  if (modality === "lithium") {
    expect(r.doseMg).toBeGreaterThanOrEqual(300);
    expect(r.doseMg).toBeLessThanOrEqual(600);
    return;
  }
  expect(modality, `${r.code} proposes a dose without a route`).not.toBeNull();
  if (modality === null) return;
  const rule = protocols[modality].dose;
  switch (rule.unit) {
    case "mg/kg": {
      expect(r.doseMgPerKg, `${r.code} on ${modality} is weight-based`).toBeDefined();
      const perKg = r.doseMgPerKg ?? Number.NaN;
      expect(perKg).toBeGreaterThan(0);
      expect(perKg).toBeLessThanOrEqual(1.0);
      expect(perKg).toBeLessThanOrEqual(rule.maxMgPerKg);
      expect(r.weightBasis).toBeDefined();
      expect(r.basisWeightKg).toBeGreaterThan(0);
      // mg = mg/kg × basis weight, rounded to 0.1 mg
      expect(
        Math.abs((r.doseMg ?? Number.NaN) - perKg * (r.basisWeightKg ?? Number.NaN)),
      ).toBeLessThanOrEqual(0.05 + 1e-9);
      const basis =
        r.weightBasis === "ideal" ? "idealKg" : r.weightBasis === "adjusted" ? "adjustedKg" : "actualKg";
      expect(r.basisWeightKg).toBe(a.patient.weights[basis]);
      if (modality === "iv-ketamine" && r.infusionMinutes !== undefined)
        expect(r.infusionMinutes).toBeGreaterThanOrEqual(20);
      break;
    }
    case "mg-fixed":
      expect(r.doseMgPerKg).toBeUndefined();
      expect([28, 56, 84]).toContain(r.doseMg);
      break;
    case "mg":
      expect(r.doseMgPerKg).toBeUndefined();
      expect(r.doseMg).toBeGreaterThan(0);
      expect(r.doseMg).toBeLessThanOrEqual(300);
      break;
    case "none":
      throw new Error(`${r.code} proposes a dose for ${modality}, which has none`);
  }
}

const rank: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const runs = { numRuns: 400 };

describe("assess on arbitrary valid records", { timeout: propertyTimeout }, () => {
  it(
    "never proposes a dose past a hard limit",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          const a = assess(record, asOf, settings);
          for (const r of a.recommendations)
            if (r.doseMgPerKg !== undefined || r.doseMg !== undefined || r.infusionMinutes !== undefined)
              checkDose(r, a);
        }),
        { numRuns: 1000 },
      );
    },
    propertyTimeout,
  );

  it(
    "never proposes a dose increase while dosing is held",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          const a = assess(record, asOf, settings);
          const held = a.findings.some(
            (f) =>
              f.code === "blood-pressure-hold" ||
              f.code === "emerging-psychosis" ||
              (f.code === "suicide-risk" && f.severity === "critical"),
          );
          if (held) expect(a.recommendations.map((r) => r.code)).not.toContain("escalate-dose");
        }),
        runs,
      );
    },
    propertyTimeout,
  );

  it(
    "always gives at least one recommendation",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          expect(assess(record, asOf, settings).recommendations.length).toBeGreaterThan(0);
        }),
        runs,
      );
    },
    propertyTimeout,
  );

  it(
    "recommends discontinuing with a next pathway whenever a criterion is met",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          const a = assess(record, asOf, settings);
          if (!a.discontinuation.met) return;
          const codes = a.recommendations.map((r) => r.code);
          expect(codes).toContain("discontinue");
          expect(codes).toContain("consider-alternative-pathways");
          expect(a.nextPathways.length).toBeGreaterThan(0);
        }),
        runs,
      );
    },
    propertyTimeout,
  );

  it(
    "gives every finding and recommendation a kebab-case code, evidence and a source",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          const a = assess(record, asOf, settings);
          for (const f of [...a.findings, ...a.recommendations]) {
            expect(f.code).toMatch(kebab);
            expect(f.evidence.length, `${f.code} has evidence`).toBeGreaterThan(0);
            expect(f.source.id).not.toBe("");
            expect(f.source.citation).not.toBe("");
            expect(a.citations.map((c) => c.id)).toContain(f.source.id);
          }
        }),
        runs,
      );
    },
    propertyTimeout,
  );

  it(
    "sorts findings and recommendations critical → warning → info",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          const a = assess(record, asOf, settings);
          for (const list of [a.findings, a.recommendations]) {
            const ranks = list.map((f) => rank[f.severity]);
            expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
          }
        }),
        runs,
      );
    },
    propertyTimeout,
  );

  it(
    "never repeats a recommendation code",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          const codes = assess(record, asOf, settings).recommendations.map((r) => r.code);
          expect(new Set(codes).size).toBe(codes.length);
        }),
        runs,
      );
    },
    propertyTimeout,
  );

  it(
    "gives the same assessment for the same record and date",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          expect(assess(structuredClone(record), asOf, settings)).toEqual(assess(record, asOf, settings));
        }),
        { numRuns: 150 },
      );
    },
    propertyTimeout,
  );
});
