import { describe, expect, it } from "vitest";
import type { Classification } from "./assessment.ts";
import { clean, codesOf, run, variant } from "./workup.fixtures.ts";

const medication = (result: ReturnType<typeof run>, code: string) =>
  result.recommendations.find((r) => r.code === code);
const withMeds = (names: readonly string[]) =>
  variant({ medications: [{ name: "sertraline" }, ...names.map((name) => ({ name }))] });
const stepOf = (result: ReturnType<typeof run>, step: string) =>
  result.workup.steps.find((s) => s.step === step);

describe("assessWorkup", () => {
  it.each<[Classification, boolean]>([
    ["non-response", true],
    ["partial-response", true],
    ["response", false],
    ["remission", false],
    ["insufficient-data", false],
  ])("is indicated for %s: %s", (classification, indicated) => {
    expect(run(clean, { classification }).workup.indicated).toBe(indicated);
  });

  it("always returns the four steps in order", () => {
    const steps = run(clean, { classification: "response" }).workup.steps.map((s) => s.step);
    expect(steps).toEqual(["delivery", "diagnosis", "medications", "engagement"]);
  });

  it("gives a clean non-responder only the diagnostic review, and a clean responder nothing", () => {
    expect(codesOf(run(clean).recommendations)).toEqual(["reassess-diagnosis"]);
    expect(run(clean, { classification: "response" }).recommendations).toEqual([]);
    expect(run(clean).workup.steps.map((s) => s.status)).toEqual(["clear", "clear", "clear", "clear"]);
  });
});

describe("work-up step 3: concurrent medications", () => {
  it("asks to taper a benzodiazepine named by brand, with the medication as evidence", () => {
    const rec = medication(run(withMeds(["Klonopin 0.5 mg at night"])), "taper-benzodiazepine");
    expect(rec?.severity).toBe("warning");
    expect(rec?.category).toBe("medication");
    expect(rec?.evidence).toEqual([{ field: "medications[1].name", value: "Klonopin 0.5 mg at night" }]);
    expect(rec?.source.section).toBe("Step 3: Evaluate Concurrent Medications");
  });

  it("still reminds a responder to hold the benzodiazepine, at info level", () => {
    const rec = medication(
      run(withMeds(["alprazolam"]), { classification: "response" }),
      "taper-benzodiazepine",
    );
    expect(rec?.severity).toBe("info");
  });

  it.each([
    ["naltrexone/bupropion ER", "hold-naltrexone-72h", "warning"],
    ["Namenda XR", "avoid-memantine", "warning"],
    ["Lamictal XR", "monitor-lamotrigine", "info"],
    ["Suboxone 8/2 mg", "opioid-cross-tolerance", "info"],
  ])("turns %s into %s (%s), whether or not the work-up is indicated", (name, code, severity) => {
    for (const classification of ["non-response", "remission"] as const) {
      expect(medication(run(withMeds([name]), { classification }), code)?.severity).toBe(severity);
    }
  });

  it("ignores a medication stopped before asOf and one not yet started", () => {
    const input = variant({
      medications: [
        { name: "clonazepam", start: "2025-01-01", end: "2026-01-01" },
        { name: "naltrexone", start: "2026-03-01" },
      ],
    });
    const result = run(input);
    expect(codesOf(result.recommendations)).toEqual(["reassess-diagnosis"]);
    expect(stepOf(result, "medications")?.status).toBe("clear");
  });

  it("uses a benzodiazepine taken before a session as evidence even when none is listed", () => {
    const input = variant({ sessionChanges: { 1: { preSession: { benzodiazepineTaken: true } } } });
    const rec = medication(run(input), "taper-benzodiazepine");
    expect(rec?.evidence).toEqual([
      { field: "sessions[1].preSession.benzodiazepineTaken", value: true, date: "2026-01-08" },
    ]);
  });

  it("adds pre-session naltrexone answers to the listed naltrexone", () => {
    const input = {
      ...withMeds(["Vivitrol"]),
      sessions: variant({ sessionChanges: { 0: { preSession: { naltrexoneTaken: true } } } }).sessions,
    };
    const fields = medication(run(input), "hold-naltrexone-72h")?.evidence.map((e) => e.field);
    expect(fields).toEqual(["medications[1].name", "sessions[0].preSession.naltrexoneTaken"]);
  });

  it("does not apply the ketamine interference table to a TMS course", () => {
    const tms = { ...withMeds(["Xanax"]), sessions: [{ date: "2026-01-05", modality: "tms" as const }] };
    const result = run(tms, { modality: "tms" });
    expect(codesOf(result.recommendations)).not.toContain("taper-benzodiazepine");
    expect(stepOf(result, "medications")?.answers[0]?.answer).toBe("Xanax");
  });
});

describe("work-up step 4: engagement", () => {
  it.each([
    ["psychotherapy", false, "add-psychotherapy"],
    ["selfCare", false, "support-self-care"],
    ["socialSupport", false, "strengthen-social-support"],
    ["medicationAdherence", false, "review-adherence"],
    ["expectations", "unrealistic", "discuss-expectations"],
    ["expectations", "pessimistic", "discuss-expectations"],
  ])("%s = %s gives %s when indicated", (field, value, code) => {
    const input = variant({ history: { ...clean.history, [field]: value } });
    const rec = medication(run(input), code);
    expect(rec?.category).toBe("engagement");
    expect(rec?.severity).toBe("info");
    expect(rec?.evidence).toEqual([{ field: `history.${field}`, value }]);
    expect(codesOf(run(input, { classification: "response" }).recommendations)).not.toContain(code);
  });

  it("fills the answers even when not indicated", () => {
    const input = variant({ history: { ...clean.history, socialSupport: false } });
    const step = stepOf(run(input, { classification: "remission" }), "engagement");
    expect(step?.status).toBe("concern");
    expect(step?.answers.find((a) => a.question.includes("support"))).toEqual({
      question: "Family or social support?",
      answer: "No",
      concern: true,
    });
  });

  it("is not recorded when the history says nothing about engagement", () => {
    expect(stepOf(run(variant({ history: {} })), "engagement")?.status).toBe("not-recorded");
  });
});
