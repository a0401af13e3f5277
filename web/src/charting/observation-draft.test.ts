import { describe, expect, it } from "vitest";
import {
  emptyCheck,
  emptyObservation,
  observationBody,
  parseCheck,
  parseObservation,
} from "./observation-draft.ts";

describe("a timed check as typed", () => {
  it("becomes the API's check when the server's schema accepts it", () => {
    const parsed = parseCheck({
      ...emptyCheck,
      minutesAfterDose: "40",
      systolic: "146",
      diastolic: "88",
      spo2: "97",
      sedation: "mild",
      dissociation: "no",
    });
    expect(parsed).toEqual({
      ok: true,
      check: {
        minutesAfterDose: 40,
        bloodPressure: { systolic: 146, diastolic: 88 },
        spo2: 97,
        sedation: "mild",
        dissociation: false,
      },
    });
  });

  it.each([
    [{ spo2: "101" }, "spo2", "must be at most 100%"],
    [{ spo2: "abc" }, "spo2", "must be a number"],
    [{ heartRate: "19" }, "heartRate", "must be at least 20"],
    [{ systolic: "150" }, "bloodPressure.diastolic", "is required"],
    [{ minutesAfterDose: "481", spo2: "98" }, "minutesAfterDose", "must be at most 480 minutes"],
  ])("names the field and the rule for %o", (typed, field, message) => {
    const parsed = parseCheck({ ...emptyCheck, minutesAfterDose: "40", ...typed });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues).toContainEqual({ field, message });
  });

  it("needs a time and at least one observation", () => {
    const parsed = parseCheck(emptyCheck);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issues.map((i) => i.field)).toEqual(
        expect.arrayContaining(["minutesAfterDose", "check"]),
      );
  });
});

describe("the observation as the API takes it", () => {
  it("is left out until something is recorded", () => {
    expect(observationBody(emptyObservation)).toBeUndefined();
    expect(parseObservation(emptyObservation)).toEqual({ observation: undefined, issues: [] });
  });

  it("splits adverse events and keeps only what was entered", () => {
    expect(
      observationBody({
        ...emptyObservation,
        doseTime: "09:05",
        adverseEvents: "nausea; dizziness, ",
        escortConfirmed: true,
      }),
    ).toEqual({
      doseTime: "09:05",
      checks: [],
      adverseEvents: ["nausea", "dizziness"],
      dischargeCriteriaMet: false,
      escortConfirmed: true,
    });
  });

  it("reports the server's rules under the API's paths", () => {
    const { issues } = parseObservation({
      ...emptyObservation,
      doseTime: "9:5",
      remsPatientId: "x".repeat(41),
    });
    expect(issues.map((i) => i.field)).toEqual(["observation.doseTime", "observation.remsPatientId"]);
    expect(issues[0]?.message).toBe("must be a time written HH:MM (24-hour)");
  });
});
