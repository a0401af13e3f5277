// Properties of Maudsley staging for any intake: range, banding, and monotone in failed trials.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../settings.ts";
import { episodeSeverities, type IntakeRecordInput, intakeRecordSchema } from "./intake-record.ts";
import { baseIntake } from "./scenarios/intake-scenarios.ts";
import { stageIntake } from "./staging.ts";

/** `n` adequate failed trials: each reaches sertraline's minimum for long enough and did not help. */
function failedTrials(n: number): NonNullable<IntakeRecordInput["treatments"]> {
  return Array.from({ length: n }, () => ({
    type: "antidepressant" as const,
    name: "Sertraline",
    dailyDoseMg: 50,
    weeks: 6,
    outcome: "no-response" as const,
  }));
}

/** The episode start `months` whole months before baseIntake's evaluation on 2026-11-02. */
function startMonthsBefore(months: number): string {
  const index = 2026 * 12 + 10 - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-02`;
}

const staged = (
  failed: number,
  months: number,
  severity: (typeof episodeSeverities)[number],
  aug: boolean,
  ect: boolean,
) => {
  const start = startMonthsBefore(months);
  return stageIntake(
    intakeRecordSchema.parse({
      ...baseIntake,
      diagnosis: { ...baseIntake.diagnosis, episodeStart: start, severity },
      treatments: [
        ...failedTrials(failed),
        ...(aug ? [{ type: "augmentation", name: "Lithium", outcome: "no-response" } as const] : []),
        ...(ect ? [{ type: "ect", name: "ECT", outcome: "no-response" } as const] : []),
      ],
    }),
    defaultSettings,
  );
};

const args = [
  fc.integer({ min: 0, max: 14 }),
  fc.integer({ min: 0, max: 60 }),
  fc.constantFrom(...episodeSeverities),
  fc.boolean(),
  fc.boolean(),
] as const;

describe("Maudsley staging, for any intake", () => {
  it("totals 3 to 15, the sum of its components, banded 3–6 mild, 7–10 moderate, 11–15 severe", () => {
    fc.assert(
      fc.property(...args, (failed, months, severity, aug, ect) => {
        const { total, band, components } = staged(failed, months, severity, aug, ect).maudsley;
        expect(total).toBeGreaterThanOrEqual(3);
        expect(total).toBeLessThanOrEqual(15);
        expect(total).toBe(components.reduce((sum, c) => sum + c.points, 0));
        for (const c of components) expect(c.points).toBeLessThanOrEqual(c.maxPoints);
        expect(band).toBe(total <= 6 ? "mild" : total <= 10 ? "moderate" : "severe");
      }),
      { numRuns: 60 },
    );
  });

  it("never scores lower for one more failed trial, and counts every one of them", () => {
    fc.assert(
      fc.property(...args, (failed, months, severity, aug, ect) => {
        const fewer = staged(failed, months, severity, aug, ect);
        const more = staged(failed + 1, months, severity, aug, ect);
        expect(more.adequateFailedTrials).toBe(failed + 1);
        expect(more.maudsley.total).toBeGreaterThanOrEqual(fewer.maudsley.total);
      }),
      { numRuns: 40 },
    );
  });
});
