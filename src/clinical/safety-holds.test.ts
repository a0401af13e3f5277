// Safety holds on dosing: blood pressure above the clinic's threshold, emerging psychosis, and substance use.

import { describe, expect, it } from "vitest";
import { assess } from "./assess.ts";
import { asOf, codes, finding, run } from "./safety.fixtures.ts";
import { defaultSettings } from "./settings.ts";
import { build, day, ivCourse, madrs } from "./test-records.ts";

describe("blood pressure hold", () => {
  const bp = (systolic: number, diastolic: number) => ({ bloodPressure: { systolic, diastolic } });

  it.each([
    [141, 90, true],
    [140, 90, false],
    [140, 91, true],
    [139, 89, false],
  ])("%d/%d holds dosing: %s", (systolic, diastolic, hold) => {
    const a = run({ last: bp(systolic, diastolic) });
    expect(finding(a, "blood-pressure-hold") !== undefined).toBe(hold);
    expect(codes(a).includes("blood-pressure-hold")).toBe(hold);
    expect(codes(a).includes("escalate-dose")).toBe(!hold);
  });

  it("states the reading and the threshold as evidence", () => {
    const f = finding(run({ last: bp(150, 85) }), "blood-pressure-hold");
    expect(f).toMatchObject({
      severity: "critical",
      title: "Blood pressure 150/85 is above the dosing threshold",
    });
    expect(f?.evidence).toEqual([
      { field: "sessions[5].bloodPressure.systolic", value: 150, date: day(17) },
      { field: "sessions[5].bloodPressure.diastolic", value: 85, date: day(17) },
      { field: "settings.bloodPressureHold", value: "140/90" },
    ]);
  });

  it("follows the clinic's thresholds", () => {
    const settings = { ...defaultSettings, bloodPressureHoldSystolic: 150, bloodPressureHoldDiastolic: 100 };
    expect(finding(run({ last: bp(150, 100) }, settings), "blood-pressure-hold")).toBeUndefined();
    expect(finding(run({ last: bp(151, 80) }, settings), "blood-pressure-hold")).toBeDefined();
    expect(finding(run({ last: bp(120, 101) }, settings), "blood-pressure-hold")).toBeDefined();
    expect(finding(run({ last: bp(145, 95) }, settings), "blood-pressure-hold")).toBeUndefined();
  });

  it("reads the latest ketamine session that charted a pressure", () => {
    const a = run({ last: { bloodPressure: undefined } });
    expect(finding(a, "blood-pressure-hold")).toBeUndefined();
    const earlierHigh = assess(
      build({
        sessions: ivCourse(6, (i) => (i === 4 ? bp(150, 95) : {})),
        measurements: madrs([0, 36], [17, 33]),
      }),
      asOf,
    );
    expect(finding(earlierHigh, "blood-pressure-hold")?.evidence[0]?.field).toBe(
      "sessions[4].bloodPressure.systolic",
    );
  });

  it("does not hold for an earlier high reading once a later one is normal", () => {
    const a = assess(
      build({
        sessions: ivCourse(6, (i) => (i === 4 ? bp(150, 95) : bp(120, 80))),
        measurements: madrs([0, 36], [17, 33]),
      }),
      asOf,
    );
    expect(finding(a, "blood-pressure-hold")).toBeUndefined();
  });

  it("ignores blood pressure charted at TMS sessions", () => {
    const tmsHigh = build({
      sessions: [...ivCourse(6, () => bp(124, 78)), { date: day(19), modality: "tms", ...bp(180, 110) }],
    });
    expect(finding(assess(tmsHigh, asOf), "blood-pressure-hold")).toBeUndefined();
    const ivHigh = build({
      sessions: [...ivCourse(6, () => bp(150, 95)), { date: day(19), modality: "tms", ...bp(120, 80) }],
    });
    expect(finding(assess(ivHigh, asOf), "blood-pressure-hold")).toBeDefined();
  });

  it("ignores sessions after asOf", () => {
    const a = run({
      sessions: [
        ...ivCourse(6),
        { date: day(24), modality: "iv-ketamine", doseMgPerKg: 0.5, ...bp(170, 100) },
      ],
    });
    expect(finding(a, "blood-pressure-hold")).toBeUndefined();
  });
});

describe("emerging psychosis", () => {
  it("is critical from the history and holds dosing", () => {
    const a = run({ history: { psychosis: true } });
    expect(finding(a, "emerging-psychosis")).toMatchObject({
      severity: "critical",
      evidence: [{ field: "history.psychosis", value: true }],
    });
    expect(codes(a)).not.toContain("escalate-dose");
  });

  it("is critical from a psychosis event", () => {
    const a = run({ events: [{ date: day(16), type: "psychosis" }] });
    expect(finding(a, "emerging-psychosis")?.evidence).toEqual([
      { field: "events[0].type", value: "psychosis", date: day(16) },
    ]);
  });

  it("ignores a psychosis event after asOf and a history marked false", () => {
    expect(
      finding(run({ events: [{ date: day(21), type: "psychosis" }] }), "emerging-psychosis"),
    ).toBeUndefined();
    expect(finding(run({ history: { psychosis: false } }), "emerging-psychosis")).toBeUndefined();
  });
});

describe("substance use", () => {
  it("is a warning from the history alone", () => {
    expect(finding(run({ history: { substanceUse: true } }), "substance-use")?.severity).toBe("warning");
  });

  it("is critical when an event records use", () => {
    const a = run({ history: { substanceUse: true }, events: [{ date: day(12), type: "substance-use" }] });
    expect(finding(a, "substance-use")?.severity).toBe("critical");
    expect(finding(a, "substance-use")?.evidence).toHaveLength(2);
  });

  it("stays a warning when the only event is after asOf", () => {
    const a = run({ history: { substanceUse: true }, events: [{ date: day(22), type: "substance-use" }] });
    expect(finding(a, "substance-use")?.severity).toBe("warning");
  });

  it("raises nothing without history or events", () => {
    expect(finding(run({ history: { substanceUse: false } }), "substance-use")).toBeUndefined();
  });
});
