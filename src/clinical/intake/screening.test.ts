// Screening per pathway: each contraindication a hard stop, each caution a warning, the label and REMS items.

import { describe, expect, it } from "vitest";
import { clinicSettingsSchema, defaultSettings } from "../settings.ts";
import { type IntakeRecordInput, intakeRecordSchema } from "./intake-record.ts";
import { baseIntake } from "./scenarios/intake-scenarios.ts";
import { type ComparedPathway, screenPathways } from "./screening.ts";
import { stageIntake } from "./staging.ts";

function screen(change: Partial<IntakeRecordInput>, age = 45) {
  const intake = intakeRecordSchema.parse({ ...baseIntake, ...change });
  return screenPathways(intake, stageIntake(intake, defaultSettings), age);
}
function codes(result: ReturnType<typeof screen>, p: ComparedPathway): string[] {
  return result.find((s) => s.pathway === p)?.findings.map((f) => f.code) ?? [];
}
function eligible(result: ReturnType<typeof screen>, p: ComparedPathway): boolean | undefined {
  return result.find((s) => s.pathway === p)?.eligible;
}

describe("TMS screening", () => {
  it("stops for metal or devices near the head", () => {
    for (const device of ["cochlear-implant", "aneurysm-clip-or-coil", "metal-fragments-head"] as const) {
      const r = screen({ medical: { implantedDevices: [device] } });
      expect(eligible(r, "tms")).toBe(false);
      expect(codes(r, "tms")).toContain("tms-metal-near-head");
    }
  });

  it("stops for a pacemaker until clearance is documented, then warns", () => {
    expect(eligible(screen({ medical: { implantedDevices: ["cardiac-pacemaker-or-icd"] } }), "tms")).toBe(
      false,
    );
    const cleared = screen({
      medical: { implantedDevices: ["cardiac-pacemaker-or-icd"], deviceClearanceDocumented: true },
    });
    expect(eligible(cleared, "tms")).toBe(true);
    expect(codes(cleared, "tms")).toContain("tms-implanted-device-cleared");
  });

  it("stops for recent seizures and warns for a remote one or a lowered threshold", () => {
    expect(eligible(screen({ medical: { seizureHistory: "recent-or-uncontrolled" } }), "tms")).toBe(false);
    expect(codes(screen({ medical: { seizureHistory: "remote" } }), "tms")).toContain("tms-seizure-risk");
    expect(codes(screen({ medical: { seizureThresholdFactors: true } }), "tms")).toContain(
      "tms-seizure-risk",
    );
    expect(eligible(screen({ medical: { seizureHistory: "remote" } }), "tms")).toBe(true);
  });
});

describe("esketamine and ketamine screening", () => {
  const hardStops = [
    [{ aneurysmalVascularDisease: true }, "aneurysm"],
    [{ arteriovenousMalformation: true }, "avm"],
    [{ intracerebralHemorrhage: true }, "ich"],
    [{ ketamineHypersensitivity: true }, "hypersensitivity"],
    [{ hypertension: "uncontrolled" }, "hypertension"],
    [{ pregnancy: "pregnant" }, "pregnancy"],
    [{ psychosis: "current" }, "psychosis"],
    [{ substanceUse: "active" }, "substance-use"],
  ] as const;

  it.each(hardStops)("stops both for %o", (medical, code) => {
    const r = screen({ medical });
    expect(eligible(r, "esketamine")).toBe(false);
    expect(eligible(r, "iv-ketamine")).toBe(false);
    expect(eligible(r, "tms")).toBe(true);
    expect(codes(r, "esketamine")).toContain(`esketamine-${code}`);
    expect(codes(r, "iv-ketamine")).toContain(`ketamine-${code}`);
  });

  it("treats an episode staged as severe with psychotic features as current psychosis", () => {
    const r = screen({ diagnosis: { ...baseIntake.diagnosis, severity: "severe-psychotic" } });
    expect(eligible(r, "esketamine")).toBe(false);
    expect(eligible(r, "iv-ketamine")).toBe(false);
    const stop = r
      .find((s) => s.pathway === "esketamine")
      ?.findings.find((f) => f.code === "esketamine-psychosis");
    expect(stop?.evidence).toEqual([{ field: "diagnosis.severity", value: "severe-psychotic" }]);
    expect(
      eligible(screen({ diagnosis: { ...baseIntake.diagnosis, severity: "severe" } }), "esketamine"),
    ).toBe(true);
  });

  it("asks for the status of substance use named only as a co-occurring condition", () => {
    const r = screen({ coOccurring: ["substance-use"] });
    expect(codes(r, "esketamine")).toContain("esketamine-substance-use-unclear");
    expect(eligible(r, "esketamine")).toBe(true);
    expect(
      codes(screen({ coOccurring: ["substance-use"], medical: { substanceUse: "past" } }), "iv-ketamine"),
    ).not.toContain("ketamine-substance-use-unclear");
  });

  it("warns, without stopping, for the milder form of each", () => {
    const r = screen({
      medical: {
        hypertension: "controlled",
        pregnancy: "planning-or-possible",
        psychosis: "past",
        substanceUse: "past",
      },
    });
    expect(eligible(r, "esketamine")).toBe(true);
    expect(eligible(r, "iv-ketamine")).toBe(true);
    expect(codes(r, "iv-ketamine")).toEqual(
      expect.arrayContaining([
        "ketamine-hypertension-controlled",
        "ketamine-pregnancy-possible",
        "ketamine-psychosis-past",
        "ketamine-substance-use-past",
      ]),
    );
  });

  it("checks the esketamine label: adults, TRD or acute suicidal thoughts", () => {
    expect(codes(screen({}, 17), "esketamine")).toContain("esketamine-label-age");
    expect(codes(screen({}, 17), "iv-ketamine")).toContain("ketamine-under-18");
    expect(codes(screen({}, 18), "iv-ketamine")).not.toContain("ketamine-under-18");
    expect(eligible(screen({}, 18), "esketamine")).toBe(true);
    const oneTrial: Partial<IntakeRecordInput> = {
      treatments: [
        { type: "antidepressant", name: "Sertraline", dailyDoseMg: 100, weeks: 8, outcome: "no-response" },
      ],
    };
    expect(
      eligible(
        screen({ ...oneTrial, cssrs: { date: "2026-11-02", items: [0, 0, 0, 0, 0, 0] } }),
        "esketamine",
      ),
    ).toBe(false);
    // A passive wish to be dead alone is not the label's suicidal ideation.
    expect(
      eligible(
        screen({ ...oneTrial, cssrs: { date: "2026-11-02", items: [1, 0, 0, 0, 0, 0] } }),
        "esketamine",
      ),
    ).toBe(false);
    // With suicidal thoughts the label's second indication applies even before treatment resistance.
    expect(
      eligible(
        screen({ ...oneTrial, cssrs: { date: "2026-11-02", items: [0, 1, 0, 0, 0, 0] } }),
        "esketamine",
      ),
    ).toBe(true);
  });

  it("judges the label's indication by the label's two trials, not a stricter clinic setting", () => {
    // No suicidal thoughts, so only the treatment-resistance indication can apply.
    const intake = intakeRecordSchema.parse({
      ...baseIntake,
      cssrs: { date: "2026-11-02", items: [0, 0, 0, 0, 0, 0] },
    });
    const strict = clinicSettingsSchema.parse({ trdMinimumFailedTrials: 3 });
    const staging = stageIntake(intake, strict);
    expect(staging.adequateFailedTrials).toBe(2);
    expect(staging.treatmentResistant).toBe(false);
    const esk = screenPathways(intake, staging, 45).find((s) => s.pathway === "esketamine");
    expect(esk?.eligible).toBe(true);
    expect(esk?.findings.map((f) => f.code)).toContain("esketamine-label-met");
  });

  it("lists the REMS requirements and warns when the stay or the ride is not arranged", () => {
    expect(codes(screen({}), "esketamine")).toEqual(
      expect.arrayContaining(["esketamine-rems-observation", "esketamine-rems-driving"]),
    );
    const r = screen({ practical: { ...baseIntake.practical, hasDriver: false } });
    expect(codes(r, "esketamine")).toContain("esketamine-rems-logistics");
    expect(eligible(r, "esketamine")).toBe(true);
  });

  it("lists contraindications before cautions before requirements", () => {
    const r = screen({ medical: { aneurysmalVascularDisease: true, hypertension: "controlled" } });
    const sev = r.find((s) => s.pathway === "esketamine")?.findings.map((f) => f.severity) ?? [];
    expect(sev).toEqual(
      [...sev].sort(
        (a, b) => ["critical", "warning", "info"].indexOf(a) - ["critical", "warning", "info"].indexOf(b),
      ),
    );
  });
});
