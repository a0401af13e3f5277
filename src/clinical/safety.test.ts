import { describe, expect, it } from "vitest";
import { assess } from "./assess.ts";
import type { Assessment } from "./assessment.ts";
import type { PatientRecordInput } from "./record.ts";
import { type ClinicSettings, defaultSettings } from "./settings.ts";
import { build, day, ivCourse, type MeasurementInput, madrs, type SessionInput } from "./test-records.ts";

const asOf = day(20);

/** Six tolerated standard infusions with no response: a course where escalation is otherwise proposed. */
function run(
  extra: Partial<PatientRecordInput> & { readonly last?: Partial<SessionInput> } = {},
  settings: ClinicSettings = defaultSettings,
): Assessment {
  const { last = {}, measurements = [], ...rest } = extra;
  return assess(
    build({
      sessions: ivCourse(6, (i) => ({
        dissociation: { instrument: "CADSS", total: 5 },
        bloodPressure: { systolic: 124, diastolic: 78 },
        ...(i === 5 ? last : {}),
      })),
      measurements: [...madrs([0, 36], [7, 33], [14, 33], [17, 33]), ...measurements],
      ...rest,
    }),
    asOf,
    settings,
  );
}

const finding = (a: Assessment, code: string) => a.findings.find((f) => f.code === code);
const codes = (a: Assessment) => a.recommendations.map((r) => r.code);

function rating(instrument: MeasurementInput["instrument"], items: number[], d = 18): MeasurementInput {
  return { date: day(d), instrument, items };
}
const madrsItems = (item10: number) => [3, 3, 3, 3, 3, 3, 3, 3, 3, item10];
const hamdItems = (item3: number) => [2, 2, item3, 1, 1, 1, 2, 2, 1, 2, 2, 1, 1, 1, 1, 0, 0];
const phqItems = (item9: number) => [2, 2, 2, 2, 1, 1, 1, 1, item9];
const qidsItems = (item12: number) => [1, 1, 1, 0, 2, 1, 0, 0, 0, 2, 1, item12, 2, 2, 1, 0];

describe("the otherwise-unsafe course", () => {
  it("proposes escalation when nothing holds dosing", () => {
    const a = run();
    expect(a.findings).toEqual([]);
    expect(codes(a)).toContain("escalate-dose");
  });
});

describe("suicide risk", () => {
  it.each([
    ["MADRS", 1, null, madrsItems],
    ["MADRS", 2, "warning", madrsItems],
    ["MADRS", 3, "warning", madrsItems],
    ["MADRS", 4, "critical", madrsItems],
    ["HAMD17", 0, null, hamdItems],
    ["HAMD17", 1, "warning", hamdItems],
    ["HAMD17", 2, "critical", hamdItems],
    ["PHQ9", 0, null, phqItems],
    ["PHQ9", 1, "critical", phqItems],
    ["QIDSSR16", 0, null, qidsItems],
    ["QIDSSR16", 1, "warning", qidsItems],
    ["QIDSSR16", 2, "critical", qidsItems],
  ] as const)("%s suicide item at %d gives a %s finding", (instrument, value, severity, items) => {
    const a = run({ measurements: [rating(instrument, items(value))] });
    expect(finding(a, "suicide-risk")?.severity ?? null).toBe(severity);
  });

  it("points its evidence at the suicide item", () => {
    const a = run({ measurements: [rating("MADRS", madrsItems(4))] });
    expect(finding(a, "suicide-risk")?.evidence).toEqual([
      { field: "measurements[4].items[9]", value: "MADRS item 10 = 4", date: day(18) },
    ]);
  });

  it("holds dosing on a critical signal and sees the patient today", () => {
    const a = run({ measurements: [rating("PHQ9", phqItems(1))] });
    expect(codes(a)).not.toContain("escalate-dose");
    const rec = a.recommendations.find((r) => r.code === "suicide-risk");
    expect(rec).toMatchObject({ severity: "critical", category: "safety" });
    expect(rec?.detail).toMatch(/today/);
  });

  it("does not hold dosing on a warning", () => {
    const a = run({ measurements: [rating("MADRS", madrsItems(2))] });
    expect(codes(a)).toContain("escalate-dose");
    expect(a.recommendations.find((r) => r.code === "suicide-risk")?.severity).toBe("warning");
  });

  it("reads a positive C-SSRS screen from its items as critical", () => {
    const a = run({ measurements: [rating("CSSRS", [1, 0, 0, 0, 0, 0])] });
    const f = finding(a, "suicide-risk");
    expect(f?.severity).toBe("critical");
    expect(f?.evidence[0]?.value).toBe("C-SSRS screen positive (low risk)");
    expect(codes(a)).not.toContain("escalate-dose");
  });

  it("reads the C-SSRS risk level from the items", () => {
    const a = run({ measurements: [rating("CSSRS", [1, 1, 1, 0, 0, 0])] });
    expect(finding(a, "suicide-risk")?.evidence[0]?.value).toBe("C-SSRS screen positive (moderate risk)");
  });

  it("reads a C-SSRS total without items as positive at an unknown level", () => {
    const a = run({ measurements: [{ date: day(18), instrument: "CSSRS", total: 1 }] });
    expect(finding(a, "suicide-risk")).toMatchObject({ severity: "critical" });
    expect(finding(a, "suicide-risk")?.evidence[0]?.value).toBe(
      "C-SSRS screen positive (level unknown risk)",
    );
  });

  it("raises nothing for a negative C-SSRS screen", () => {
    expect(
      finding(run({ measurements: [rating("CSSRS", [0, 0, 0, 0, 0, 0])] }), "suicide-risk"),
    ).toBeUndefined();
    expect(
      finding(run({ measurements: [{ date: day(18), instrument: "CSSRS", total: 0 }] }), "suicide-risk"),
    ).toBeUndefined();
  });

  it("raises a critical finding for a suicidal-ideation event", () => {
    const a = run({ events: [{ date: day(15), type: "suicidal-ideation" }] });
    expect(finding(a, "suicide-risk")).toMatchObject({
      severity: "critical",
      evidence: [{ field: "events[0].type", value: "suicidal-ideation", date: day(15) }],
    });
    expect(codes(a)).not.toContain("escalate-dose");
  });

  it("ignores a suicidal-ideation event after asOf", () => {
    expect(
      finding(run({ events: [{ date: day(25), type: "suicidal-ideation" }] }), "suicide-risk"),
    ).toBeUndefined();
  });

  it("makes a warning-level item critical when an ideation event is also recorded", () => {
    const a = run({
      measurements: [rating("MADRS", madrsItems(2))],
      events: [{ date: day(15), type: "suicidal-ideation" }],
    });
    expect(finding(a, "suicide-risk")?.severity).toBe("critical");
    expect(finding(a, "suicide-risk")?.evidence).toHaveLength(2);
  });

  it("counts only the latest measurement of each instrument", () => {
    const resolved = run({
      measurements: [rating("MADRS", madrsItems(4), 15), rating("MADRS", madrsItems(0), 18)],
    });
    expect(finding(resolved, "suicide-risk")).toBeUndefined();
    const emerged = run({
      measurements: [rating("MADRS", madrsItems(0), 15), rating("MADRS", madrsItems(4), 18)],
    });
    expect(finding(emerged, "suicide-risk")?.severity).toBe("critical");
  });

  it("does not read an older item score through a later total-only rating", () => {
    const a = run({
      measurements: [rating("PHQ9", phqItems(2), 15), { date: day(18), instrument: "PHQ9", total: 12 }],
    });
    expect(finding(a, "suicide-risk")).toBeUndefined();
  });

  it("ignores ratings after asOf", () => {
    expect(finding(run({ measurements: [rating("PHQ9", phqItems(3), 25)] }), "suicide-risk")).toBeUndefined();
  });

  it("collects signals from several instruments into one finding", () => {
    const a = run({ measurements: [rating("QIDSSR16", qidsItems(1)), rating("HAMD17", hamdItems(2))] });
    const f = finding(a, "suicide-risk");
    expect(f?.severity).toBe("critical");
    expect(f?.evidence.map((e) => e.value).sort()).toEqual(["HAMD17 item 3 = 2", "QIDSSR16 item 12 = 1"]);
  });
});

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

describe("order", () => {
  it("puts critical findings before warnings", () => {
    const a = run({
      history: { substanceUse: true },
      measurements: [rating("PHQ9", phqItems(1))],
    });
    expect(a.findings.map((f) => [f.code, f.severity])).toEqual([
      ["suicide-risk", "critical"],
      ["substance-use", "warning"],
    ]);
  });
});
