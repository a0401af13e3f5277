// The post-dose observation clock: expected checks, blood pressure against the hold, discharge criteria.

import { describe, expect, it } from "vitest";
import { minutesBetween, type ObservationInput, preDoseHold, reviewObservation } from "./observation.ts";
import { type ObservationCheck, postDoseObservationSchema } from "./record.ts";
import { clinicSettingsSchema, defaultSettings } from "./settings.ts";

type CheckInput = Partial<ObservationCheck> & { readonly minutesAfterDose: number };

const calm = { sedation: "none" as const, dissociation: false };
const bp = (systolic: number, diastolic: number) => ({ bloodPressure: { systolic, diastolic } });

function review(
  checks: readonly CheckInput[],
  minutesSinceDose: number,
  more: Partial<ObservationInput> & { readonly escort?: boolean; readonly criteria?: boolean } = {},
) {
  const { escort = true, criteria = true, ...rest } = more;
  const observation = postDoseObservationSchema.parse({
    doseTime: "09:00",
    checks,
    escortConfirmed: escort,
    dischargeCriteriaMet: criteria,
  });
  return reviewObservation({
    observation,
    modality: "esketamine",
    minutesSinceDose,
    settings: defaultSettings,
    ...rest,
  });
}

const codes = (list: readonly { readonly code: string }[]) => list.map((f) => f.code);
const fullObservation: CheckInput[] = [
  { minutesAfterDose: 40, ...bp(134, 84), sedation: "mild", dissociation: true },
  { minutesAfterDose: 120, ...bp(126, 80), ...calm },
];

describe("esketamine observation time", () => {
  it.each([
    [0, false],
    [119, false],
    [120, true],
    [180, true],
  ])("at %i minutes the time criterion is met: %s", (minutes, met) => {
    const r = review(fullObservation, minutes);
    expect(codes(r.unmet).includes("discharge-time-not-reached")).toBe(!met);
    expect(r.minutesRemaining).toBe(Math.max(0, 120 - minutes));
    expect(r.minimumMinutes).toBe(120);
  });

  it("lets the patient leave at two hours when every criterion is met", () => {
    const r = review(fullObservation, 121);
    expect(r.unmet).toEqual([]);
    expect(r.mayLeave).toBe(true);
  });

  it("cites the label and the seed for the time", () => {
    const time = review(fullObservation, 60).unmet.find((f) => f.code === "discharge-time-not-reached");
    expect(time?.source.id).toBe("seed-004#access-barriers-remain-a-persistent-problem");
    expect(time?.evidence).toEqual([
      { field: "observation.doseTime", value: "09:00" },
      { field: "minutesSinceDose", value: 60 },
    ]);
  });
});

describe("expected checks", () => {
  it.each([
    [29, "upcoming"],
    [30, "due"],
    [55, "due"],
    [56, "overdue"],
  ])("the 40-minute blood pressure at %i minutes with no reading is %s", (minutes, state) => {
    const check = review([], minutes).checks.find((c) => c.code === "bp-40-minutes");
    expect(check?.state).toBe(state);
    expect(check?.source.id).toBe("spravato-pi");
  });

  it("counts a reading at 30 minutes or later, not before", () => {
    const early = review([{ minutesAfterDose: 29, ...bp(120, 80) }], 35).checks[0];
    expect(early?.state).toBe("due");
    const onTime = review([{ minutesAfterDose: 30, ...bp(120, 80) }], 35).checks[0];
    expect(onTime).toMatchObject({ code: "bp-40-minutes", state: "done", doneBy: 0 });
  });

  it("raises an overdue check as a warning", () => {
    const r = review([], 60);
    expect(codes(r.findings)).toEqual(["observation-check-overdue"]);
    expect(r.findings[0]?.evidence).toEqual([{ field: "observation.checks", value: "bp-40-minutes" }]);
  });

  it("flags a 40-minute check first taken after its window, but not one taken at its last minute", () => {
    const late = review([{ minutesAfterDose: 56, ...bp(120, 80) }], 60);
    expect(late.checks[0]).toMatchObject({ code: "bp-40-minutes", state: "done", doneBy: 0 });
    expect(codes(late.findings)).toEqual(["observation-check-late"]);
    expect(late.findings[0]?.evidence).toEqual([
      { field: "observation.checks[0].minutesAfterDose", value: 56 },
    ]);
    expect(codes(review([{ minutesAfterDose: 55, ...bp(120, 80) }], 60).findings)).toEqual([]);
  });

  it("expects a repeat after a raised reading, done by the next reading", () => {
    const high = review([{ minutesAfterDose: 40, ...bp(150, 85) }], 50);
    expect(high.checks.map((c) => [c.code, c.state])).toEqual([
      ["bp-40-minutes", "done"],
      ["bp-repeat-40", "due"],
      ["vitals-before-leaving", "upcoming"],
    ]);
    expect(review([{ minutesAfterDose: 40, ...bp(150, 85) }], 61).checks[1]?.state).toBe("overdue");
    const repeated = review(
      [
        { minutesAfterDose: 40, ...bp(150, 85) },
        { minutesAfterDose: 55, ...bp(132, 82) },
      ],
      61,
    );
    expect(repeated.checks[1]).toMatchObject({ code: "bp-repeat-40", state: "done", doneBy: 1 });
  });

  it("orders checks by time whatever order they were charted in", () => {
    const r = review(
      [
        { minutesAfterDose: 120, ...bp(126, 80), ...calm },
        { minutesAfterDose: 40, ...bp(134, 84) },
      ],
      125,
    );
    expect(r.checks.map((c) => [c.code, c.doneBy])).toEqual([
      ["bp-40-minutes", 1],
      ["vitals-before-leaving", 0],
    ]);
  });
});

describe("blood pressure after the dose against the clinic's hold", () => {
  it.each([
    [140, 90, false],
    [141, 90, true],
    [140, 91, true],
  ])("%i/%i raises a finding: %s", (systolic, diastolic, raised) => {
    const r = review([{ minutesAfterDose: 40, ...bp(systolic, diastolic) }], 45);
    expect(codes(r.findings).includes("post-dose-blood-pressure-high")).toBe(raised);
  });

  it("follows the clinic's own thresholds", () => {
    const settings = clinicSettingsSchema.parse({ bloodPressureHoldSystolic: 160 });
    const r = review([{ minutesAfterDose: 40, ...bp(150, 85) }], 45, { settings });
    expect(codes(r.findings)).not.toContain("post-dose-blood-pressure-high");
  });

  it("judges the latest reading, naming it as evidence", () => {
    const settled = review(
      [
        { minutesAfterDose: 40, ...bp(152, 88) },
        { minutesAfterDose: 60, ...bp(130, 80) },
      ],
      65,
    );
    expect(codes(settled.findings)).not.toContain("post-dose-blood-pressure-high");
    const high = review([{ minutesAfterDose: 40, ...bp(152, 88) }], 45).findings[0];
    expect(high?.evidence).toContainEqual({
      field: "observation.checks[0].bloodPressure.systolic",
      value: 152,
    });
  });

  it("keeps the patient while the latest reading is raised", () => {
    const r = review([...fullObservation, { minutesAfterDose: 125, ...bp(150, 95), ...calm }], 130);
    expect(codes(r.unmet)).toEqual(["discharge-vitals-not-settled"]);
  });
});

describe("the other discharge criteria", () => {
  it("names each unmet criterion", () => {
    const r = review([], 10, { escort: false, criteria: false });
    expect(codes(r.unmet)).toEqual([
      "discharge-time-not-reached",
      "discharge-vitals-not-settled",
      "discharge-sedation-not-resolved",
      "discharge-criteria-not-confirmed",
      "discharge-escort-not-confirmed",
    ]);
    expect(r.mayLeave).toBe(false);
  });

  it("waits for sedation and dissociation to resolve at the latest check", () => {
    const sedated = review(
      [
        fullObservation[0] ?? { minutesAfterDose: 40 },
        { minutesAfterDose: 120, ...bp(126, 80), sedation: "mild" },
      ],
      125,
    );
    expect(codes(sedated.unmet)).toEqual(["discharge-sedation-not-resolved"]);
    expect(sedated.unmet[0]?.evidence).toContainEqual({
      field: "observation.checks[1].sedation",
      value: "mild",
    });
    expect(sedated.unmet[0]?.evidence).toContainEqual({
      field: "observation.checks[0].dissociation",
      value: true,
    });
  });

  it("holds the patient after respiratory depression", () => {
    const observation = postDoseObservationSchema.parse({
      doseTime: "09:00",
      checks: fullObservation,
      respiratoryDepression: true,
      escortConfirmed: true,
      dischargeCriteriaMet: true,
    });
    const r = reviewObservation({
      observation,
      modality: "esketamine",
      minutesSinceDose: 150,
      settings: defaultSettings,
    });
    expect(codes(r.findings)).toEqual(["post-dose-respiratory-depression"]);
    expect(codes(r.unmet)).toEqual(["discharge-vitals-not-settled"]);
  });

  it("needs an escort only after esketamine", () => {
    const ketamine = review([{ minutesAfterDose: 45, ...bp(128, 80), ...calm }], 50, {
      modality: "iv-ketamine",
      infusionMinutes: 40,
      escort: false,
    });
    expect(ketamine.unmet).toEqual([]);
    expect(ketamine.minimumMinutes).toBeNull();
    expect(ketamine.checks.map((c) => [c.code, c.state])).toEqual([["vitals-after-session", "done"]]);
  });

  it("expects ketamine's vitals once the infusion has run, never overdue", () => {
    const during = review([{ minutesAfterDose: 20, ...bp(128, 80) }], 300, {
      modality: "iv-ketamine",
      infusionMinutes: 40,
    });
    expect(during.checks).toMatchObject([{ code: "vitals-after-session", state: "due" }]);
    expect(codes(during.unmet)).toContain("discharge-vitals-not-settled");
  });

  it("does not observe TMS", () => {
    const r = review([], 0, { modality: "tms" });
    expect(r).toMatchObject({ observed: false, mayLeave: true, checks: [], unmet: [] });
  });
});

describe("minutes since the dose", () => {
  it.each([
    ["09:00", "09:00", 0],
    ["09:00", "11:00", 120],
    ["09:45", "10:05", 20],
    ["10:00", "09:30", -30],
  ])("from %s to %s is %i", (dose, now, minutes) => {
    expect(minutesBetween(dose, now)).toBe(minutes);
  });

  it("counts a time before the dose as the moment of the dose", () => {
    expect(review([], -30).minutesSinceDose).toBe(0);
  });
});

describe("the pre-dose blood pressure hold", () => {
  it.each([
    [140, 90, false],
    [141, 90, true],
    [140, 91, true],
  ])("%i/%i holds the dose: %s", (systolic, diastolic, held) => {
    const hold = preDoseHold("esketamine", { systolic, diastolic }, defaultSettings);
    expect(hold !== null).toBe(held);
    if (hold !== null) {
      expect(hold).toMatchObject({ code: "blood-pressure-hold", severity: "critical" });
      expect(hold.evidence).toContainEqual({ field: "bloodPressure.systolic", value: systolic });
    }
  });

  it("uses the clinic's thresholds and ignores TMS and a missing reading", () => {
    const settings = clinicSettingsSchema.parse({
      bloodPressureHoldSystolic: 150,
      bloodPressureHoldDiastolic: 95,
    });
    expect(preDoseHold("iv-ketamine", { systolic: 148, diastolic: 94 }, settings)).toBeNull();
    expect(preDoseHold("iv-ketamine", { systolic: 151, diastolic: 80 }, settings)).not.toBeNull();
    expect(preDoseHold("tms", { systolic: 190, diastolic: 110 }, settings)).toBeNull();
    expect(preDoseHold("esketamine", undefined, settings)).toBeNull();
  });
});
