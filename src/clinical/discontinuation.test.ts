// Discontinuation criteria: clear non-response after an optimized trial, no trajectory after strategies.

import { describe, expect, it } from "vitest";
import { assess } from "./assess.ts";
import { criteriaOf, discontinuationOf } from "./discontinuation.fixtures.ts";
import { type ClinicSettings, defaultSettings } from "./settings.ts";
import { build, day, ivCourse, type MeasurementInput, madrs, twiceWeekly } from "./test-records.ts";

/** `n` twice-weekly esketamine sessions, 56 mg twice then 84 mg: no strategy shows in the sessions until the 9th. */
function esketamine(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    date: day(twiceWeekly(i)),
    modality: "esketamine" as const,
    doseMg: i < 2 ? 56 : 84,
  }));
}
const lastDay = (n: number) => twiceWeekly(n - 1);
/** Baseline, then a flat run of ratings over the last week and a half. */
function flat(n: number, baseline: number, latest: number): MeasurementInput[] {
  const end = lastDay(n);
  return madrs([0, baseline], [end - 10, latest], [end - 7, latest], [end, latest]);
}
const optimizationEvent = { date: day(3), type: "optimization" as const, strategy: "augment-lithium" };

describe("clear non-response after an optimized trial", () => {
  const run = (n: number, strategies: number, settings?: ClinicSettings) =>
    discontinuationOf(
      {
        sessions: esketamine(n),
        measurements: flat(n, 30, 28),
        events: strategies > 0 ? [optimizationEvent] : [],
      },
      day(lastDay(n)),
      settings,
    );

  it("is met after 8 treatments with one strategy tried and no trend toward response", () => {
    const d = run(8, 1);
    expect(d.met).toBe(true);
    expect(d.criteria).toEqual([
      {
        criterion: "clear-non-response",
        evidence: [
          { field: "outcome.improvementPercent", value: ((30 - 28) / 30) * 100 },
          { field: "course.totalTreatments", value: 8 },
          { field: "course.optimizationsTried", value: "augment-lithium" },
        ],
      },
    ]);
  });

  it("is not met after 7 treatments", () => {
    expect(run(7, 1).met).toBe(false);
  });

  it("is not met when no strategy was tried", () => {
    expect(run(8, 0).met).toBe(false);
  });

  it("follows discontinueAfterOptimizedTreatments", () => {
    const ten = { ...defaultSettings, discontinueAfterOptimizedTreatments: 10 };
    expect(run(9, 1, ten).met).toBe(false);
    expect(criteriaOf(run(10, 1, ten))).toContain("clear-non-response");
    // Six esketamine sessions are not an adequate trial, so an IV course (adequate from four) tests the minimum.
    const six = { ...defaultSettings, discontinueAfterOptimizedTreatments: 6 };
    const iv = (n: number) =>
      discontinuationOf(
        { sessions: ivCourse(n), measurements: flat(n, 30, 28), events: [optimizationEvent] },
        day(lastDay(n)),
        six,
      );
    expect(iv(5).met).toBe(false);
    expect(criteriaOf(iv(6))).toEqual(["clear-non-response"]);
  });

  it("is not met while the score is still improving", () => {
    const d = discontinuationOf(
      {
        sessions: esketamine(8),
        measurements: madrs([0, 40], [10, 38], [17, 36], [24, 34]),
        events: [optimizationEvent],
      },
      day(24),
    );
    expect(d.met).toBe(false);
  });

  it("is not met on a partial response", () => {
    expect(
      discontinuationOf(
        { sessions: esketamine(8), measurements: flat(8, 40, 29), events: [optimizationEvent] },
        day(24),
      ).met,
    ).toBe(false);
  });

  it("is not met without an adequate trial at a therapeutic dose (eight 0.3 mg/kg infusions)", () => {
    // Seed 003: non-response is judged after an adequate trial (0.5 mg/kg); a 0.3 mg/kg course never was one.
    const a = assess(
      build({
        sessions: ivCourse(8, () => ({ doseMgPerKg: 0.3 })),
        measurements: flat(8, 30, 28),
      }),
      day(24),
    );
    expect(a.trial.adequate).toBe(false);
    expect(a.discontinuation.met).toBe(false);
  });

  it("is not met after eight once-weekly infusions, too infrequent to be an adequate trial", () => {
    const weekly = Array.from({ length: 8 }, (_, i) => ({
      date: day(i * 7),
      modality: "iv-ketamine" as const,
      doseMgPerKg: 0.5,
    }));
    const a = assess(
      build({ sessions: weekly, measurements: madrs([0, 30], [35, 28], [42, 28], [49, 28]) }),
      day(49),
    );
    expect(a.trial.adequate).toBe(false);
    expect(a.discontinuation.met).toBe(false);
  });

  it("counts an adequate trial on an earlier route of the course", () => {
    const sessions = [
      ...ivCourse(6),
      { date: day(21), modality: "esketamine" as const, doseMg: 56 },
      { date: day(24), modality: "esketamine" as const, doseMg: 84 },
    ];
    const a = assess(build({ sessions, measurements: flat(8, 30, 28) }), day(24));
    expect(a.trial).toMatchObject({ modality: "esketamine", adequate: false });
    expect(criteriaOf(a.discontinuation)).toEqual(["clear-non-response"]);
  });
});

describe("no trajectory toward response after several strategies", () => {
  const run = (n: number, events: number, measurements: MeasurementInput[], settings?: ClinicSettings) =>
    discontinuationOf(
      { sessions: esketamine(n), measurements, events: events > 0 ? [optimizationEvent] : [] },
      day(lastDay(n)),
      settings,
    );

  it("is met for a plateaued partial response after 10 treatments and two strategies", () => {
    const d = run(10, 1, flat(10, 40, 28));
    expect(criteriaOf(d)).toEqual(["no-trajectory-after-optimization"]);
    expect(d.criteria[0]?.evidence).toContainEqual({ field: "trajectory.direction", value: "plateau" });
    expect(d.criteria[0]?.evidence).toContainEqual({
      field: "course.optimizationsTried",
      value: "augment-lithium, extend-induction",
    });
  });

  it("is not met with one strategy (the extended induction alone)", () => {
    expect(run(10, 0, flat(10, 40, 28)).met).toBe(false);
  });

  it("is not met after 9 treatments", () => {
    expect(run(9, 1, flat(9, 40, 28)).met).toBe(false);
  });

  it("follows discontinueAfterTreatmentsWithoutTrajectory", () => {
    const twelve = { ...defaultSettings, discontinueAfterTreatmentsWithoutTrajectory: 12 };
    expect(run(11, 1, flat(11, 40, 28), twelve).met).toBe(false);
    expect(run(12, 1, flat(12, 40, 28), twelve).met).toBe(true);
  });

  it("is met when the score is worsening", () => {
    const end = lastDay(10);
    const d = run(10, 1, madrs([0, 40], [end - 14, 24], [end - 7, 27], [end, 30]));
    expect(d.criteria[0]?.evidence).toContainEqual({ field: "trajectory.direction", value: "worsening" });
  });

  it("is not met while the score is still improving", () => {
    const end = lastDay(10);
    expect(run(10, 1, madrs([0, 40], [end - 14, 34], [end - 7, 31], [end, 28])).met).toBe(false);
  });

  it("is not met when the trend cannot be read yet", () => {
    expect(run(10, 1, madrs([0, 40], [lastDay(10), 28])).met).toBe(false);
  });

  it("is not met on a response", () => {
    expect(run(10, 1, flat(10, 40, 20)).met).toBe(false);
  });
});
