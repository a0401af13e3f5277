// The named clinical scenarios in scenarios/*.json, each checked against the outcome it documents.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.ts";
import { parseRecord } from "./parse.ts";

interface Scenario {
  readonly title: string;
  readonly asOf: string;
  readonly record: unknown;
  readonly expect: {
    readonly classification: string;
    readonly trialAdequate?: boolean;
    readonly improvementPercent?: number;
    readonly recommendations?: readonly string[];
    readonly absentRecommendations?: readonly string[];
    readonly discontinue?: readonly string[];
    readonly doses?: Readonly<Record<string, { readonly doseMgPerKg?: number; readonly doseMg?: number }>>;
    readonly pathwaysInclude?: readonly string[];
  };
}

const dir = join(import.meta.dirname, "../../scenarios");
const scenarioFiles = readdirSync(dir).filter((f) => f.endsWith(".json"));

function loadScenario(file: string): Scenario {
  return JSON.parse(readFileSync(join(dir, file), "utf8")) as Scenario;
}

describe.each(scenarioFiles)("scenario %s", (file) => {
  const scenario = loadScenario(file);
  const parsed = parseRecord(scenario.record, { today: scenario.asOf });

  it("is a valid record", () => {
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });
  if (!parsed.ok) return;
  const a = assess(parsed.record, scenario.asOf);
  const codes = a.recommendations.map((r) => r.code);
  const want = scenario.expect;

  it(`is classified ${want.classification}`, () => {
    expect(a.outcome.classification).toBe(want.classification);
  });
  if (want.trialAdequate !== undefined) {
    it(`has ${want.trialAdequate ? "an adequate" : "an inadequate"} trial`, () => {
      expect(a.trial.adequate).toBe(want.trialAdequate);
    });
  }
  if (want.improvementPercent !== undefined) {
    it(`improved ${want.improvementPercent}% from baseline`, () => {
      expect(a.outcome.improvementPercent).toBeCloseTo(want.improvementPercent ?? 0, 1);
    });
  }
  it("recommends what the seed reached", () => {
    expect(codes).toEqual(expect.arrayContaining([...(want.recommendations ?? [])]));
  });
  it("does not recommend what the seed ruled out", () => {
    for (const code of want.absentRecommendations ?? []) expect(codes).not.toContain(code);
  });
  if (want.discontinue) {
    it("meets the discontinuation criteria named", () => {
      expect(a.discontinuation.met).toBe(true);
      expect(a.discontinuation.criteria.map((c) => c.criterion)).toEqual(
        expect.arrayContaining([...(want.discontinue ?? [])]),
      );
    });
  }
  for (const [code, dose] of Object.entries(want.doses ?? {})) {
    it(`proposes ${JSON.stringify(dose)} with ${code}`, () => {
      expect(a.recommendations.find((r) => r.code === code)).toMatchObject(dose);
    });
  }
  if (want.pathwaysInclude) {
    it("offers the next pathways named", () => {
      const groups = a.nextPathways.map((p) => p.group);
      for (const g of want.pathwaysInclude ?? []) expect(groups).toContain(g);
    });
  }
  it("gives every finding and recommendation a code, evidence and a source", () => {
    for (const f of [...a.findings, ...a.recommendations]) {
      expect(f.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(f.evidence.length).toBeGreaterThan(0);
      expect(f.source.id).not.toBe("");
    }
  });
});
