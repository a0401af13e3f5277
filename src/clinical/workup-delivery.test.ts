import { describe, expect, it } from "vitest";
import type { BodyWeights } from "./assessment.ts";
import { clean, codesOf, run, variant } from "./workup.fixtures.ts";

const obese: BodyWeights = { actualKg: 110, idealKg: 61.4, adjustedKg: 81.4, bmi: 38.1 };
const stepOf = (result: ReturnType<typeof run>) => result.workup.steps.find((s) => s.step === "delivery");

describe("work-up step 1: treatment delivery", () => {
  it("finds nothing and is clear on a clean course", () => {
    const result = run(clean);
    expect(result.findings).toEqual([]);
    expect(codesOf(result.recommendations)).not.toContain("verify-treatment-delivery");
    expect(stepOf(result)?.status).toBe("clear");
  });

  it("flags an interrupted session with its date and asks to verify delivery", () => {
    const result = run(
      variant({ sessionChanges: { 2: { interrupted: true, interruptionReason: "IV line lost" } } }),
    );
    const found = result.findings.find((f) => f.code === "incomplete-sessions");
    expect(found?.evidence).toContainEqual({
      field: "sessions[2].interrupted",
      value: true,
      date: "2026-01-12",
    });
    const verify = result.recommendations.find((r) => r.code === "verify-treatment-delivery");
    expect(verify?.severity).toBe("warning");
    expect(verify?.category).toBe("workup");
    expect(verify?.evidence).toContainEqual({
      field: "sessions[2].interruptionReason",
      value: "IV line lost",
      date: "2026-01-12",
    });
    expect(stepOf(result)?.status).toBe("concern");
  });

  it("flags a session that was not completed", () => {
    const result = run(variant({ sessionChanges: { 4: { completed: false } } }));
    const found = result.findings.find((f) => f.code === "incomplete-sessions");
    expect(found?.evidence).toEqual([{ field: "sessions[4].completed", value: false, date: "2026-01-19" }]);
  });

  it("ignores sessions after asOf and sessions of another modality", () => {
    const extra = [
      { date: "2026-02-03", modality: "iv-ketamine", completed: false },
      { date: "2026-01-20", modality: "esketamine", doseMg: 56, completed: false },
    ] as const;
    const result = run(variant({ sessions: [...(clean.sessions ?? []), ...extra] }));
    expect(codesOf(result.findings)).not.toContain("incomplete-sessions");
  });

  it("asks to verify delivery only when the work-up is indicated", () => {
    const input = variant({ sessionChanges: { 1: { interrupted: true } } });
    const result = run(input, { classification: "response" });
    expect(codesOf(result.findings)).toContain("incomplete-sessions");
    expect(codesOf(result.recommendations)).not.toContain("verify-treatment-delivery");
  });

  it("notes an infusion off the standard 40 minutes without calling it a concern", () => {
    const result = run(variant({ sessionChanges: { 3: { infusionMinutes: 60 } } }));
    const note = result.findings.find((f) => f.code === "infusion-time-off-standard");
    expect(note?.severity).toBe("info");
    expect(note?.evidence).toEqual([{ field: "sessions[3].infusionMinutes", value: 60, date: "2026-01-15" }]);
    expect(codesOf(result.recommendations)).not.toContain("verify-treatment-delivery");
  });

  it("treats an infusion faster than the protocol allows as a concern", () => {
    const result = run(variant({ sessionChanges: { 3: { infusionMinutes: 15 } } }));
    expect(result.findings.find((f) => f.code === "infusion-time-off-standard")?.severity).toBe("warning");
    expect(codesOf(result.recommendations)).toContain("verify-treatment-delivery");
  });

  it.each([
    ["caffeine-before-session", { caffeine: true }, "sessions[0].preSession.caffeine"],
    ["short-sleep-before-session", { sleepHours: 5 }, "sessions[0].preSession.sleepHours"],
    [
      "benzodiazepine-before-session",
      { benzodiazepineTaken: true },
      "sessions[0].preSession.benzodiazepineTaken",
    ],
    ["naltrexone-before-session", { naltrexoneTaken: true }, "sessions[0].preSession.naltrexoneTaken"],
  ])("reports %s from the pre-session checklist", (code, answer, field) => {
    const preSession = { fasted: true, ...answer };
    const result = run(variant({ sessionChanges: { 0: { preSession } } }));
    const found = result.findings.find((f) => f.code === code);
    expect(found?.evidence[0]?.field).toBe(field);
    expect(codesOf(result.recommendations)).toContain("verify-treatment-delivery");
  });

  it("does not count exactly 6 hours of sleep as short", () => {
    const result = run(variant({ sessionChanges: { 0: { preSession: { sleepHours: 6 } } } }));
    expect(codesOf(result.findings)).not.toContain("short-sleep-before-session");
  });

  it("checks fasting for nasal esketamine but not for IV ketamine", () => {
    const notFasted = { preSession: { fasted: false } };
    expect(codesOf(run(variant({ sessionChanges: { 0: notFasted } })).findings)).toEqual([]);
    const esketamine = variant({
      sessions: [{ date: "2026-01-05", modality: "esketamine", doseMg: 56, ...notFasted }],
    });
    const result = run(esketamine, { modality: "esketamine" });
    expect(codesOf(result.findings)).toEqual(["not-fasted-before-dose"]);
  });

  it("asks no pre-session questions of a TMS course", () => {
    const tms = variant({
      sessions: [{ date: "2026-01-05", modality: "tms", preSession: { caffeine: true } }],
    });
    const result = run(tms, { modality: "tms" });
    expect(result.findings).toEqual([]);
    expect(
      stepOf(result)
        ?.answers.map((a) => a.question)
        .join(" "),
    ).not.toMatch(/caffeine/i);
  });

  it("asks to review the weight basis when BMI is 30 or more and doses used actual weight", () => {
    const input = variant({ sessionChanges: { 0: { doseMg: 55, weightKg: 110 } } });
    const result = run(input, { weights: obese });
    const review = result.findings.find((f) => f.code === "review-dose-weight-basis");
    expect(review?.severity).toBe("warning");
    expect(review?.evidence).toEqual(
      expect.arrayContaining([
        { field: "weights.bmi", value: 38.1 },
        { field: "patient.weightKg", value: 110 },
        { field: "weights.idealKg", value: 61.4 },
        { field: "weights.adjustedKg", value: 81.4 },
      ]),
    );
  });

  it("asks from a BMI of exactly 30", () => {
    expect(codesOf(run(clean, { weights: { ...obese, bmi: 30 } }).findings)).toContain(
      "review-dose-weight-basis",
    );
  });

  it("also asks when the weight basis was not recorded", () => {
    const input = variant({ sessionChanges: { 0: { doseBasis: undefined } } });
    expect(codesOf(run(input, { weights: obese }).findings)).toContain("review-dose-weight-basis");
  });

  it("does not ask about weight basis below BMI 30 or when ideal or adjusted weight was used", () => {
    expect(codesOf(run(clean, { weights: { ...obese, bmi: 29.9 } }).findings)).not.toContain(
      "review-dose-weight-basis",
    );
    const sessions = (clean.sessions ?? []).map((s) => ({
      ...s,
      doseBasis: "adjusted" as const,
      doseMg: 40.7,
    }));
    expect(codesOf(run(variant({ sessions }), { weights: obese }).findings)).not.toContain(
      "review-dose-weight-basis",
    );
  });

  it("flags a mg dose more than 5% off mg/kg times the session weight", () => {
    const result = run(variant({ sessionChanges: { 5: { doseMg: 50 } } }));
    const mismatch = result.findings.find((f) => f.code === "dose-calculation-mismatch");
    expect(mismatch?.evidence).toEqual(
      expect.arrayContaining([
        { field: "sessions[5].doseMg", value: 50, date: "2026-01-22" },
        { field: "sessions[5].weightKg", value: 70 },
      ]),
    );
    expect(codesOf(result.recommendations)).toContain("verify-treatment-delivery");
  });

  it("accepts a mg dose within 5% and flags one just beyond", () => {
    expect(codesOf(run(variant({ sessionChanges: { 5: { doseMg: 36.5 } } })).findings)).toEqual([]);
    expect(codesOf(run(variant({ sessionChanges: { 5: { doseMg: 37 } } })).findings)).toEqual([
      "dose-calculation-mismatch",
    ]);
  });

  it("accepts a dose matching ideal weight when no basis was recorded, but not when actual was stated", () => {
    const onIdeal = { doseMg: 30.7 };
    expect(
      codesOf(run(variant({ sessionChanges: { 0: { ...onIdeal, doseBasis: undefined } } })).findings),
    ).toEqual([]);
    expect(codesOf(run(variant({ sessionChanges: { 0: onIdeal } })).findings)).toEqual([
      "dose-calculation-mismatch",
    ]);
  });

  it("is not recorded when the course has no sessions", () => {
    const result = run(variant({ sessions: [] }), { modality: null });
    expect(stepOf(result)?.status).toBe("not-recorded");
  });
});
