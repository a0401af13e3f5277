import { describe, expect, it } from "vitest";
import type { PatientRecordInput } from "./record.ts";
import { clean, codesOf, run, variant } from "./workup.fixtures.ts";
import { alternativeDiagnosis } from "./workup-diagnosis.ts";

const reassess = (result: ReturnType<typeof run>) =>
  result.recommendations.find((r) => r.code === "reassess-diagnosis");
const stepOf = (result: ReturnType<typeof run>) => result.workup.steps.find((s) => s.step === "diagnosis");

describe("alternativeDiagnosis", () => {
  it.each([
    ["F34.1", "persistent depressive disorder (dysthymia)"],
    ["F43.21", "adjustment disorder"],
    ["F06.32", "mood disorder due to a medical condition"],
    ["F10.24", "substance-induced mood disorder"],
    ["F14.94", "substance-induced mood disorder"],
    ["F60.3", "personality disorder"],
    ["F31.81", "bipolar disorder"],
    ["E03.9", "a diagnosis other than major depression"],
  ])("reads %s as %s", (code, expected) => {
    expect(alternativeDiagnosis(code)).toBe(expected);
  });

  it.each(["F32.2", "F33.1", "f33.9", "F331", "370143000"])("does not question %s", (code) => {
    expect(alternativeDiagnosis(code)).toBeNull();
  });
});

describe("work-up step 2: diagnosis", () => {
  it("recommends reassessment at info level, citing the diagnosis, when nothing points elsewhere", () => {
    const rec = reassess(run(clean));
    expect(rec?.severity).toBe("info");
    expect(rec?.category).toBe("workup");
    expect(rec?.evidence).toContainEqual({ field: "diagnoses[0].code", value: "F33.1" });
    expect(rec?.source.section).toBe("Step 2: Reassess the Diagnosis");
  });

  it("says nothing was recorded when the record is silent", () => {
    const result = run(variant({ diagnoses: [], history: {} }));
    expect(reassess(result)?.evidence).toContainEqual({ field: "diagnoses", value: "none recorded" });
    expect(stepOf(result)?.status).toBe("not-recorded");
  });

  it("warns when a diagnosis other than major depression is on file", () => {
    const result = run(variant({ diagnoses: [{ code: "F33.1" }, { code: "F34.1" }] }));
    const rec = reassess(result);
    expect(rec?.severity).toBe("warning");
    expect(rec?.evidence).toEqual([{ field: "diagnoses[1].code", value: "F34.1" }]);
    expect(stepOf(result)?.status).toBe("concern");
  });

  it("warns on recorded comorbidities and perpetuating factors", () => {
    const history: PatientRecordInput["history"] = {
      ...clean.history,
      comorbidities: ["ocd", "adhd"],
      perpetuatingFactors: ["sleep-disorder"],
    };
    const rec = reassess(run(variant({ history })));
    expect(rec?.severity).toBe("warning");
    expect(rec?.evidence).toEqual([
      { field: "history.comorbidities[0]", value: "ocd" },
      { field: "history.comorbidities[1]", value: "adhd" },
      { field: "history.perpetuatingFactors[0]", value: "sleep-disorder" },
    ]);
  });

  it("warns on ongoing substance use and chronic pain recorded as history flags", () => {
    const history = { ...clean.history, substanceUse: true, chronicPain: true };
    const rec = reassess(run(variant({ history })));
    expect(rec?.severity).toBe("warning");
    expect(rec?.evidence).toEqual(
      expect.arrayContaining([
        { field: "history.substanceUse", value: true },
        { field: "history.chronicPain", value: true },
      ]),
    );
  });

  it("fills the step but recommends nothing when the course is working", () => {
    const result = run(variant({ diagnoses: [{ code: "F43.23" }] }), { classification: "response" });
    expect(codesOf(result.recommendations)).not.toContain("reassess-diagnosis");
    expect(stepOf(result)?.status).toBe("concern");
    expect(stepOf(result)?.answers[0]?.answer).toContain("adjustment disorder");
  });
});
