// Suicide-risk findings (item scores, C-SSRS, ideation events), the unheld baseline, and finding order.

import { describe, expect, it } from "vitest";
import { codes, finding, run } from "./safety.fixtures.ts";
import { day, type MeasurementInput } from "./test-records.ts";

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
