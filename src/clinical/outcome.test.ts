import { describe, expect, it } from "vitest";
import { assess } from "./assess.ts";
import { classify, improvementPercent, primaryOrder } from "./outcome.ts";
import type { PatientRecordInput } from "./record.ts";
import { type ClinicSettings, defaultSettings } from "./settings.ts";
import { build, day, ivCourse, type MeasurementInput, madrs } from "./test-records.ts";

const asOf = day(30);

function outcomeOf(input: Partial<PatientRecordInput>, settings: ClinicSettings = defaultSettings) {
  return assess(build(input), asOf, settings).outcome;
}

/** A six-infusion course with a baseline on day 0 and one later rating on day 17. */
function change(baseline: number, latest: number, settings: ClinicSettings = defaultSettings) {
  return outcomeOf({ sessions: ivCourse(6), measurements: madrs([0, baseline], [17, latest]) }, settings);
}

function scores(instrument: MeasurementInput["instrument"], ...points: [number, number][]) {
  return points.map(([d, total]) => ({ date: day(d), instrument, total }));
}

describe("baseline", () => {
  it("is the last score on or before the first session", () => {
    const o = outcomeOf({ sessions: ivCourse(6), measurements: madrs([-14, 40], [0, 36], [17, 30]) });
    expect(o.baseline).toEqual({ date: day(0), total: 36, band: "severe" });
  });

  it("takes a screening score from before the first session when none was given on the day", () => {
    const o = outcomeOf({ sessions: ivCourse(6), measurements: madrs([-20, 40], [-3, 32], [17, 24]) });
    expect(o.baseline?.total).toBe(32);
    expect(o.baseline?.date).toBe(day(-3));
  });

  it("is fixed by the first session of any modality, TMS included", () => {
    const o = outcomeOf({
      sessions: [{ date: day(-10), modality: "tms" }, ...ivCourse(6)],
      measurements: madrs([-12, 34], [-2, 30], [17, 20]),
    });
    expect(o.baseline).toMatchObject({ date: day(-12), total: 34 });
    expect(o.improvementPercent).toBe(((34 - 20) / 34) * 100);
  });

  it("ignores ratings after asOf", () => {
    const o = outcomeOf({ sessions: ivCourse(6), measurements: madrs([0, 30], [17, 24], [40, 5]) });
    expect(o.latest?.total).toBe(24);
    expect(o.classification).toBe("non-response");
  });
});

describe("latest, best and percent change", () => {
  const o = outcomeOf({ sessions: ivCourse(6), measurements: madrs([0, 30], [7, 20], [10, 15], [17, 18]) });

  it("reports the latest rating after the first session", () => {
    expect(o.latest).toEqual({ date: day(17), total: 18, band: "mild" });
  });

  it("reports the lowest rating after baseline as best", () => {
    expect(o.best).toEqual({ date: day(10), total: 15, band: "mild" });
    expect(o.bestImprovementPercent).toBe(50);
  });

  it("computes improvement as (baseline − latest) / baseline × 100, unrounded", () => {
    expect(o.improvementPercent).toBe(40);
    expect(change(36, 29).improvementPercent).toBe(((36 - 29) / 36) * 100);
    expect(improvementPercent(36, 29)).toBe((7 / 36) * 100);
  });

  it("gives a negative percent when the score rose", () => {
    expect(change(30, 33).improvementPercent).toBe(-10);
    expect(change(30, 33).classification).toBe("non-response");
  });

  it("has no percent change from a baseline of 0", () => {
    expect(improvementPercent(0, 0)).toBeNull();
  });

  it("states the change in the reason", () => {
    expect(change(36, 29).reason).toBe("MADRS 36 → 29 (19.4% lower): a fall of less than 25% from baseline.");
  });
});

describe("classification thresholds", () => {
  it.each([
    [40, 30.004, "non-response"],
    [40, 30, "partial-response"],
    [40, 20.004, "partial-response"],
    [40, 20, "response"],
  ] as const)("classifies MADRS %d → %d as %s", (baseline, latest, expected) => {
    expect(classify("MADRS", baseline, latest, defaultSettings)).toBe(expected);
  });

  it("classifies a 24.99% fall as non-response", () => {
    expect(improvementPercent(40, 30.004)).toBeCloseTo(24.99, 10);
    expect(classify("MADRS", 40, 30.004, defaultSettings)).toBe("non-response");
  });

  it("classifies a 25% fall as partial response", () => {
    expect(change(40, 30).classification).toBe("partial-response");
    expect(change(60, 45).classification).toBe("partial-response");
  });

  it("classifies a fall just short of 25% as non-response", () => {
    expect(change(40, 31).classification).toBe("non-response");
    expect(change(60, 46).classification).toBe("non-response");
  });

  it("classifies a 49.99% fall as partial response and 50% as response", () => {
    expect(classify("HAMD17", 40, 20.004, defaultSettings)).toBe("partial-response");
    expect(change(60, 31).classification).toBe("partial-response");
    expect(change(60, 30).classification).toBe("response");
    expect(change(40, 20).classification).toBe("response");
  });
});

describe("remission", () => {
  it("takes precedence over a small percent fall (MADRS ≤ 10)", () => {
    const o = change(12, 10);
    expect(o.improvementPercent).toBeCloseTo(16.67, 2);
    expect(o.classification).toBe("remission");
    expect(o.remissionMax).toBe(10);
  });

  it("is not reached at MADRS 11 by default", () => {
    expect(change(12, 11).classification).toBe("non-response");
  });

  it("follows madrsRemissionMax: 12", () => {
    const settings = { ...defaultSettings, madrsRemissionMax: 12 };
    expect(change(14, 12, settings).classification).toBe("remission");
    expect(change(14, 12, settings).remissionMax).toBe(12);
    expect(change(14, 12).classification).toBe("non-response");
    expect(change(14, 13, settings).classification).toBe("non-response");
  });

  it.each([
    ["HAMD17", 9, 7, 8],
    ["PHQ9", 6, 4, 5],
    ["QIDSSR16", 7, 5, 6],
  ] as const)("uses the %s cut-off (baseline %d: %d remits, %d does not)", (instrument, b, yes, no) => {
    const run = (latest: number) =>
      outcomeOf({ sessions: ivCourse(6), measurements: scores(instrument, [0, b], [17, latest]) });
    expect(run(yes).classification).toBe("remission");
    expect(run(no).classification).not.toBe("remission");
  });

  it("ends the reason with the cut-off", () => {
    expect(change(30, 8).reason).toBe("MADRS 30 → 8 (73.3% lower): at or below the remission cut-off of 10.");
  });
});

describe("primary instrument", () => {
  it("follows the order MADRS > HAM-D > PHQ-9 > QIDS-SR", () => {
    expect(primaryOrder).toEqual(["MADRS", "HAMD17", "PHQ9", "QIDSSR16"]);
  });

  it.each([
    [["QIDSSR16", "PHQ9", "HAMD17", "MADRS"], "MADRS"],
    [["QIDSSR16", "PHQ9", "HAMD17"], "HAMD17"],
    [["QIDSSR16", "PHQ9"], "PHQ9"],
    [["QIDSSR16"], "QIDSSR16"],
  ] as const)("with %j rated, measures on %s", (rated, expected) => {
    const ids: readonly MeasurementInput["instrument"][] = rated;
    const measurements = ids.flatMap((id) => scores(id, [0, 20], [17, 10 + ids.indexOf(id)]));
    const o = outcomeOf({ sessions: ivCourse(6), measurements });
    expect(o.instrument).toBe(expected);
    expect(o.latest?.total).toBe(10 + ids.indexOf(expected));
  });

  it("does not measure depression on anxiety or dissociation scales", () => {
    const o = outcomeOf({ sessions: ivCourse(6), measurements: scores("GAD7", [0, 15], [17, 5]) });
    expect(o.instrument).toBeNull();
    expect(o.classification).toBe("insufficient-data");
    expect(o.reason).toMatch(/No depression rating/);
  });
});

describe("insufficient data", () => {
  it("has no baseline before any session, but reports the latest score", () => {
    const o = outcomeOf({ measurements: madrs([0, 30]) });
    expect(o).toMatchObject({
      instrument: "MADRS",
      classification: "insufficient-data",
      baseline: null,
      latest: { total: 30 },
      improvementPercent: null,
    });
    expect(o.reason).toMatch(/No treatment session yet/);
  });

  it("has no baseline when the first rating came after the first session", () => {
    const o = outcomeOf({ sessions: ivCourse(6), measurements: madrs([3, 30], [17, 10]) });
    expect(o).toMatchObject({ classification: "insufficient-data", baseline: null, latest: { total: 10 } });
    expect(o.reason).toBe(
      `No MADRS score on or before the first session (${day(0)}), so change cannot be measured.`,
    );
  });

  it("cannot classify from the baseline alone", () => {
    const o = outcomeOf({ sessions: ivCourse(6), measurements: madrs([-7, 34], [0, 30]) });
    expect(o).toMatchObject({
      classification: "insufficient-data",
      baseline: { total: 30 },
      latest: { total: 30 },
      best: null,
      improvementPercent: null,
    });
    expect(o.reason).toMatch(/Only the baseline MADRS/);
  });
});

describe("PHQ-9 response setting", () => {
  const phq = (baseline: number, latest: number, settings: ClinicSettings = defaultSettings) =>
    outcomeOf({ sessions: ivCourse(6), measurements: scores("PHQ9", [0, baseline], [17, latest]) }, settings);
  const below10 = { ...defaultSettings, phq9Response: "fifty-percent-or-below-10" as const };

  it("counts a PHQ-9 under 10 as response only with fifty-percent-or-below-10", () => {
    expect(phq(15, 9).classification).toBe("partial-response");
    expect(phq(15, 9, below10).classification).toBe("response");
    expect(phq(12, 9, below10).classification).toBe("response");
  });

  it("does not count a PHQ-9 of 10 as response under the setting", () => {
    expect(phq(15, 10, below10).classification).toBe("partial-response");
  });

  it("still classifies PHQ-9 ≤ 4 as remission under the setting", () => {
    expect(phq(15, 4, below10).classification).toBe("remission");
  });

  it("says so in the response rule", () => {
    expect(phq(15, 9, below10).responseRule).toMatch(/PHQ-9 under 10/);
    expect(phq(15, 9).responseRule).not.toMatch(/PHQ-9/);
  });

  it("leaves other scales to the 50% rule", () => {
    const o = outcomeOf({ sessions: ivCourse(6), measurements: scores("HAMD17", [0, 16], [17, 9]) }, below10);
    expect(o.classification).toBe("partial-response");
    expect(o.responseRule).not.toMatch(/PHQ-9/);
  });
});

describe("totals from items", () => {
  it("sums MADRS items when no total is given", () => {
    const o = outcomeOf({
      sessions: ivCourse(6),
      measurements: [
        { date: day(0), instrument: "MADRS", items: [4, 4, 3, 3, 3, 3, 3, 3, 2, 2] },
        { date: day(17), instrument: "MADRS", items: [2, 2, 1, 1, 1, 1, 1, 1, 1, 0] },
      ],
    });
    expect(o.baseline?.total).toBe(30);
    expect(o.latest?.total).toBe(11);
    expect(o.improvementPercent).toBe(((30 - 11) / 30) * 100);
    expect(o.classification).toBe("response");
  });

  it("scores QIDS-SR items by domain, not by plain sum", () => {
    const o = outcomeOf({
      sessions: ivCourse(6),
      measurements: [
        { date: day(0), instrument: "QIDSSR16", items: Array.from({ length: 16 }, () => 2) },
        { date: day(17), instrument: "QIDSSR16", total: 9 },
      ],
    });
    expect(o.baseline?.total).toBe(18);
    expect(o.classification).toBe("response");
  });
});
