import { describe, expect, it } from "vitest";
import { assess } from "./assess.ts";
import { build, day, ivCourse, madrs } from "./test-records.ts";
import { plateauPercentPerWeek, recentWindow, slope } from "./trajectory.ts";

/** The trajectory of a ten-infusion course with MADRS totals on the given day offsets. */
function trajectoryOf(...points: [number, number][]) {
  const asOf = day(Math.max(31, ...points.map(([d]) => d)));
  return assess(build({ sessions: ivCourse(10), measurements: madrs(...points) }), asOf).trajectory;
}

/** Totals one week apart from day 0. */
function weekly(...totals: number[]) {
  return trajectoryOf(...totals.map((t, i): [number, number] => [i * 7, t]));
}

describe("slope", () => {
  it("is the least-squares fall per week", () => {
    const points = [0, 1, 2, 3].map((week, i) => ({ date: day(week * 7), total: 30 - 3 * i, week }));
    expect(slope(points)).toBe(-3);
  });

  it("fits a line through scattered points", () => {
    const points = [
      { date: day(0), total: 30, week: 0 },
      { date: day(7), total: 26, week: 1 },
      { date: day(14), total: 24, week: 2 },
    ];
    expect(slope(points)).toBe(-3);
  });

  it("needs two distinct weeks", () => {
    expect(slope([{ date: day(0), total: 30, week: 0 }])).toBeNull();
    expect(
      slope([
        { date: day(0), total: 30, week: 0 },
        { date: day(0), total: 28, week: 0 },
      ]),
    ).toBeNull();
  });

  it("is reported over the whole course and over the last three ratings", () => {
    const t = weekly(40, 20, 20, 20);
    expect(recentWindow).toBe(3);
    expect(t.slopePerWeek).toBe(-6);
    expect(t.recentSlopePerWeek).toBe(0);
    expect(t.direction).toBe("plateau");
  });

  it("measures weeks from the baseline date, not from earlier screening", () => {
    const t = trajectoryOf([-14, 44], [0, 30], [7, 27], [14, 24]);
    expect(t.points.map((p) => p.week)).toEqual([0, 1, 2]);
    expect(t.points[0]).toEqual({ date: day(0), total: 30, week: 0 });
    expect(t.slopePerWeek).toBe(-3);
  });

  it("reads weeks as days / 7 for ratings off the weekly grid", () => {
    const t = trajectoryOf([0, 30], [3, 27], [10, 20]);
    expect(t.points.map((p) => p.week)).toEqual([0, 3 / 7, 10 / 7]);
  });
});

describe("direction, around 5% of baseline a week", () => {
  it("uses a 5%-per-week band", () => {
    expect(plateauPercentPerWeek).toBe(5);
  });

  it("is improving at exactly 5% of baseline a week", () => {
    const t = trajectoryOf([0, 60], [14, 54], [28, 48]);
    expect(t.recentSlopePerWeek).toBe(-3);
    expect(t.recentImprovementPercentPerWeek).toBe(5);
    expect(t.direction).toBe("improving");
  });

  it("is improving at exactly 5% a week when the ratings fall between whole weeks from baseline", () => {
    // 2 points a week on a baseline of 40 is 5%, whatever day of the week the ratings were taken on.
    const t = trajectoryOf([0, 40], [17, 38], [24, 36], [31, 34]);
    expect(t.recentSlopePerWeek).toBeCloseTo(-2, 10);
    expect(t.direction).toBe("improving");
  });

  it("is a plateau just under 5% a week", () => {
    const t = trajectoryOf([0, 60], [14, 55], [28, 50]);
    expect(t.recentImprovementPercentPerWeek).toBeCloseTo(4.17, 2);
    expect(t.direction).toBe("plateau");
  });

  it("is a plateau when flat", () => {
    expect(weekly(40, 30, 30, 30).direction).toBe("plateau");
  });

  it("is worsening at 5% of baseline a week upward", () => {
    const t = weekly(40, 42, 44);
    expect(t.recentImprovementPercentPerWeek).toBe(-5);
    expect(t.direction).toBe("worsening");
  });

  it("is a plateau when rising slower than 5% a week", () => {
    const t = weekly(40, 41, 43);
    expect(t.recentImprovementPercentPerWeek).toBe(-3.75);
    expect(t.direction).toBe("plateau");
  });

  it("reads only the last three ratings", () => {
    expect(weekly(40, 40, 40, 36, 32).direction).toBe("improving");
    expect(weekly(40, 30, 20, 20, 20).direction).toBe("plateau");
  });
});

describe("too little data", () => {
  it("needs at least three ratings from baseline on", () => {
    const t = weekly(40, 30);
    expect(t.direction).toBe("insufficient-data");
    expect(t.points).toHaveLength(2);
    expect(t.slopePerWeek).toBe(-10);
    expect(t.recentSlopePerWeek).toBeNull();
    expect(t.signals).toEqual([]);
    expect(t.weeksToResponse).toBeNull();
    expect(t.summary).toMatch(/at least 3 ratings/);
  });

  it("has no trend without a baseline", () => {
    const t = trajectoryOf([3, 40], [10, 30], [17, 20]);
    expect(t).toMatchObject({ direction: "insufficient-data", points: [], slopePerWeek: null });
  });

  it("has no trend from a baseline of 0", () => {
    expect(weekly(0, 0, 0).direction).toBe("insufficient-data");
  });
});

describe("signals", () => {
  it("flags early improvement at a 20% fall within two weeks", () => {
    expect(weekly(40, 36, 32, 30).signals).toContain("early-improvement");
  });

  it("does not flag early improvement for 17.5% within two weeks", () => {
    expect(weekly(40, 36, 33, 25).signals).not.toContain("early-improvement");
  });

  it("does not count a fall first seen after day 14 as early", () => {
    expect(trajectoryOf([0, 40], [7, 39], [15, 20], [21, 18]).signals).not.toContain("early-improvement");
  });

  it("flags a delayed response: little change in two weeks, then a real fall", () => {
    const t = trajectoryOf([0, 40], [7, 38], [14, 37], [21, 30], [28, 24]);
    expect(t.direction).toBe("improving");
    expect(t.signals).toEqual(["delayed-response", "still-improving"]);
  });

  it("still calls it delayed when the early fall was 20–24%", () => {
    const t = trajectoryOf([0, 40], [14, 31], [21, 26], [28, 22]);
    expect(t.signals).toEqual(["early-improvement", "delayed-response", "still-improving"]);
  });

  it("does not call it delayed when the early fall reached 25%", () => {
    const t = trajectoryOf([0, 40], [14, 30], [21, 26], [28, 22]);
    expect(t.signals).not.toContain("delayed-response");
  });

  it("does not call it delayed before week 2 is over", () => {
    expect(weekly(40, 36, 32).signals).not.toContain("delayed-response");
  });

  it("flags still-improving while not in remission", () => {
    expect(weekly(40, 36, 32).signals).toContain("still-improving");
  });

  it("does not flag still-improving in remission", () => {
    const t = weekly(40, 20, 10);
    expect(t.direction).toBe("improving");
    expect(t.signals).not.toContain("still-improving");
  });

  it("flags lost gains when a ≥50% best has slipped back by 25 points of percent", () => {
    expect(weekly(40, 20, 30).signals).toContain("lost-gains");
    expect(weekly(40, 20, 29).signals).not.toContain("lost-gains");
    expect(weekly(40, 21, 31).signals).not.toContain("lost-gains");
  });
});

describe("weeks to response", () => {
  it("is the remaining percent over the recent weekly rate", () => {
    const t = weekly(40, 36, 32);
    expect(t.recentImprovementPercentPerWeek).toBe(10);
    expect(t.weeksToResponse).toBe(3);
    expect(t.summary).toMatch(/about 3\.0 weeks away/);
  });

  it("is null once responding", () => {
    expect(weekly(40, 30, 20).weeksToResponse).toBeNull();
  });

  it("is null on a plateau", () => {
    expect(weekly(40, 36, 36, 36).weeksToResponse).toBeNull();
  });
});
