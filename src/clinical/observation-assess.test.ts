// Post-dose observation findings as they reach the assessment of a charted course.

import { describe, expect, it } from "vitest";
import { assess } from "./assess.ts";
import { build, day, madrs } from "./test-records.ts";

/** Three esketamine sessions; the last one's observation is `last`, an earlier one had respiratory depression. */
function course(last: Record<string, unknown>) {
  const base = {
    modality: "esketamine" as const,
    doseMg: 56,
    bloodPressure: { systolic: 124, diastolic: 78 },
  };
  return build({
    sessions: [
      { ...base, date: day(0), observation: { doseTime: "09:00", respiratoryDepression: true } },
      { ...base, date: day(3) },
      { ...base, date: day(7), observation: { doseTime: "09:10", ...last } },
    ],
    measurements: madrs([0, 34], [7, 30]),
  });
}

const codes = (a: ReturnType<typeof assess>) => a.findings.map((f) => f.code);

describe("assess() reads the latest recorded observation", () => {
  it("raises a blood pressure still above the hold at the last post-dose check", () => {
    const a = assess(
      course({
        checks: [
          { minutesAfterDose: 40, bloodPressure: { systolic: 150, diastolic: 88 } },
          { minutesAfterDose: 120, bloodPressure: { systolic: 146, diastolic: 86 } },
        ],
      }),
      day(8),
    );
    const high = a.findings.find((f) => f.code === "post-dose-blood-pressure-high");
    expect(high?.severity).toBe("warning");
    expect(high?.evidence).toContainEqual({
      field: "sessions[2].observation.checks[1].bloodPressure.systolic",
      value: 146,
      date: day(7),
    });
  });

  it("stays quiet once the readings settled, and forgets earlier sessions' observations", () => {
    const a = assess(
      course({
        checks: [
          { minutesAfterDose: 40, bloodPressure: { systolic: 150, diastolic: 88 } },
          { minutesAfterDose: 120, bloodPressure: { systolic: 128, diastolic: 80 } },
        ],
      }),
      day(8),
    );
    expect(codes(a)).not.toContain("post-dose-blood-pressure-high");
    expect(codes(a)).not.toContain("post-dose-respiratory-depression");
  });

  it("raises respiratory depression as critical", () => {
    const a = assess(course({ respiratoryDepression: true }), day(8));
    expect(a.findings[0]).toMatchObject({
      code: "post-dose-respiratory-depression",
      severity: "critical",
      evidence: [{ field: "sessions[2].observation.respiratoryDepression", value: true, date: day(7) }],
    });
  });

  it("reads only sessions on or before the assessment date", () => {
    expect(codes(assess(course({ respiratoryDepression: false }), day(4)))).toContain(
      "post-dose-respiratory-depression",
    );
  });
});
