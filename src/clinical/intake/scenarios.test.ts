// Named intake scenarios: eligibility, ordering, staging and the codes each must raise.

import { describe, expect, it } from "vitest";
import { assessScenario } from "./scenarios/assess-scenario.ts";
import { intakeScenarios } from "./scenarios/intake-scenarios.ts";

describe.each(intakeScenarios)("intake scenario: $name", (scenario) => {
  const result = assessScenario(scenario.intake);

  it("counts the adequate failed trials and calls treatment resistance", () => {
    expect(result.staging.adequateFailedTrials).toBe(scenario.expect.adequateFailedTrials);
    expect(result.staging.treatmentResistant).toBe(scenario.expect.treatmentResistant);
  });

  it("finds each pathway eligible or not as expected", () => {
    const eligible = Object.fromEntries(result.pathways.map((p) => [p.pathway, p.eligible]));
    expect(eligible).toEqual(scenario.expect.eligible);
  });

  it("orders the pathways as expected", () => {
    expect(result.pathways.map((p) => p.pathway)).toEqual(scenario.expect.order);
    expect(result.pathways.map((p) => p.rank)).toEqual([1, 2, 3]);
  });

  it("raises the expected findings, each with a source and evidence", () => {
    const all = [...result.findings, ...result.pathways.flatMap((p) => p.screening.findings)];
    for (const code of scenario.expect.codes) expect(all.map((f) => f.code)).toContain(code);
    for (const f of all) {
      expect(f.source.id).not.toBe("");
      expect(f.evidence.length).toBeGreaterThan(0);
    }
  });

  it("shows every factor with its weight and reason, and the total is their sum", () => {
    for (const p of result.pathways) {
      expect(p.factors.map((f) => f.id)).toEqual([
        "urgency",
        "history",
        "safety",
        "logistics",
        "preference",
        "cost",
      ]);
      expect(p.total).toBe(p.factors.reduce((s, f) => s + f.contribution * f.weight, 0));
      for (const f of p.factors) expect(f.reason.length).toBeGreaterThan(0);
    }
  });
});
