// Trial adequacy at and around each dose and duration minimum, and Maudsley staging component by component.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimumDoses } from "../knowledge/antidepressant-doses.ts";
import { clinicSettingsSchema, defaultSettings } from "../settings.ts";
import { type IntakeRecordInput, intakeRecordSchema } from "./intake-record.ts";
import { baseIntake } from "./scenarios/intake-scenarios.ts";
import { monthsBetween, stageIntake } from "./staging.ts";
import { judgeTrial } from "./trial-judgement.ts";

const sertraline = { type: "antidepressant", name: "Sertraline", outcome: "no-response" } as const;

describe("judgeTrial", () => {
  it("counts a trial at the minimum dose for the minimum weeks, and not one below either", () => {
    expect(judgeTrial({ ...sertraline, dailyDoseMg: 50, weeks: 6 }).verdict).toBe("adequate-failed");
    expect(judgeTrial({ ...sertraline, dailyDoseMg: 49, weeks: 6 }).verdict).toBe("inadequate");
    expect(judgeTrial({ ...sertraline, dailyDoseMg: 50, weeks: 5.9 }).verdict).toBe("inadequate");
    expect(judgeTrial({ ...sertraline, dailyDoseMg: 50, weeks: 6 }).reasons.join(" ")).toContain(
      "reaches the minimum of 50 mg/day",
    );
  });

  it("asks for the labelled effective dose, not the starting dose, where a label titrates up to one", () => {
    const trial = (name: string, dailyDoseMg: number) =>
      judgeTrial({ ...sertraline, name, dailyDoseMg, weeks: 8 }).verdict;
    expect([trial("Wellbutrin XL", 150), trial("bupropion", 299), trial("bupropion", 300)]).toEqual([
      "inadequate",
      "inadequate",
      "adequate-failed",
    ]);
    expect([trial("Nardil", 45), trial("phenelzine", 59), trial("phenelzine", 60)]).toEqual([
      "inadequate",
      "inadequate",
      "adequate-failed",
    ]);
    // A combination product is not read against one ingredient's minimum.
    expect(trial("dextromethorphan-bupropion", 210)).toBe("not-judged");
  });

  it("uses the clinic's minimum weeks", () => {
    const four = clinicSettingsSchema.parse({ antidepressantTrialMinWeeks: 4 });
    expect(judgeTrial({ ...sertraline, dailyDoseMg: 100, weeks: 4 }, four).countsAsFailed).toBe(true);
    expect(judgeTrial({ ...sertraline, dailyDoseMg: 100, weeks: 4 }).countsAsFailed).toBe(false);
  });

  it("matches brand names and says when a drug or dose cannot be judged", () => {
    expect(judgeTrial({ ...sertraline, name: "Zoloft", dailyDoseMg: 100, weeks: 8 }).minDailyMg).toBe(50);
    expect(judgeTrial({ ...sertraline, name: "Unknownazine", dailyDoseMg: 100, weeks: 8 }).verdict).toBe(
      "not-judged",
    );
    expect(judgeTrial({ ...sertraline, weeks: 8 }).verdict).toBe("not-judged");
  });

  it("does not count a trial that helped, one from an earlier episode, or one not taken as prescribed", () => {
    expect(
      judgeTrial({ ...sertraline, dailyDoseMg: 100, weeks: 8, outcome: "response" }).countsAsFailed,
    ).toBe(false);
    expect(judgeTrial({ ...sertraline, dailyDoseMg: 100, weeks: 8, thisEpisode: false }).verdict).toBe(
      "earlier-episode",
    );
    expect(judgeTrial({ ...sertraline, dailyDoseMg: 100, weeks: 8, adherent: false }).verdict).toBe(
      "inadequate",
    );
    expect(judgeTrial({ type: "augmentation", name: "Lithium", outcome: "no-response" }).verdict).toBe(
      "not-an-antidepressant",
    );
  });

  it("never counts a trial below any drug's minimum dose, for any dose and duration", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...minimumDoses),
        fc.double({ min: 0.1, max: 600, noNaN: true }),
        fc.double({ min: 0.1, max: 52, noNaN: true }),
        (d, dose, weeks) => {
          const j = judgeTrial({
            type: "antidepressant",
            name: d.drug,
            dailyDoseMg: dose,
            weeks,
            outcome: "no-response",
          });
          expect(j.countsAsFailed).toBe(
            dose >= d.minDailyMg && weeks >= defaultSettings.antidepressantTrialMinWeeks,
          );
        },
      ),
    );
  });
});

/** baseIntake's trials with `more` treatments after them, staged with the default settings. */
function stagedWith(...more: NonNullable<IntakeRecordInput["treatments"]>) {
  return stageIntake(
    intakeRecordSchema.parse({ ...baseIntake, treatments: [...(baseIntake.treatments ?? []), ...more] }),
    defaultSettings,
  );
}

describe("stageIntake", () => {
  const intake = intakeRecordSchema.parse(baseIntake);

  it("uses the clinic's TRD threshold", () => {
    expect(stageIntake(intake, defaultSettings).treatmentResistant).toBe(true);
    const three = clinicSettingsSchema.parse({ trdMinimumFailedTrials: 3 });
    const staged = stageIntake(intake, three);
    expect(staged.treatmentResistant).toBe(false);
    expect(staged.findings[0]?.code).toBe("intake-trd-not-met");
    expect(staged.findings[0]?.detail).toContain("at least 3");
  });

  it("scores the Maudsley Staging Method component by component", () => {
    const staged = stagedWith(
      { type: "augmentation", name: "Aripiprazole", outcome: "no-response" },
      { type: "ect", name: "ECT, 8 sessions", outcome: "partial-response" },
    );
    // 2025-05-01 → 2026-11-02 is 18 months (2), moderate (3), 2 failed (1), augmentation (1), ECT (1).
    expect(staged.maudsley.components.map((c) => [c.id, c.points])).toEqual([
      ["duration", 2],
      ["severity", 3],
      ["antidepressants", 1],
      ["augmentation", 1],
      ["ect", 1],
    ]);
    expect(staged.maudsley.total).toBe(8);
    expect(staged.maudsley.band).toBe("moderate");
  });

  it("bands duration at 12 and 24 months and totals at 6 and 10", () => {
    const at = (start: string, severity: "mild" | "severe-psychotic") =>
      stageIntake(
        intakeRecordSchema.parse({
          ...baseIntake,
          diagnosis: { ...baseIntake.diagnosis, episodeStart: start, severity },
        }),
        defaultSettings,
      ).maudsley;
    expect(at("2025-11-02", "mild").components[0]?.points).toBe(1);
    expect(at("2025-11-02", "mild").total).toBe(4);
    expect(at("2025-10-02", "mild").components[0]?.points).toBe(2);
    expect(at("2024-11-02", "mild").components[0]?.points).toBe(2);
    expect(at("2024-10-02", "severe-psychotic").components[0]?.points).toBe(3);
    expect(at("2024-10-02", "severe-psychotic").band).toBe("moderate");
  });

  it("bands failed antidepressants at 2, 4, 6 and 10, just under and just over each", () => {
    const points = (n: number) =>
      stageIntake(
        intakeRecordSchema.parse({
          ...baseIntake,
          treatments: Array.from({ length: n }, () => ({ ...sertraline, dailyDoseMg: 50, weeks: 6 })),
        }),
        defaultSettings,
      ).maudsley.components.find((c) => c.id === "antidepressants")?.points;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 10, 11].map(points)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
  });

  it("cites every fact the Maudsley score rests on", () => {
    const staged = stagedWith(
      { type: "augmentation", name: "Aripiprazole", outcome: "no-response" },
      { type: "ect", name: "ECT", outcome: "no-response", thisEpisode: false },
    );
    const fields = staged.findings
      .find((f) => f.code === "intake-maudsley-stage")
      ?.evidence.map((e) => e.field);
    const n = baseIntake.treatments?.length ?? 0;
    expect(fields).toEqual(
      expect.arrayContaining([
        "diagnosis.episodeStart",
        "evaluatedOn",
        "diagnosis.severity",
        "treatments[0]",
      ]),
    );
    expect(fields).toContain(`treatments[${n}].type`);
    // ECT in an earlier episode neither scores nor is cited.
    expect(fields).not.toContain(`treatments[${n + 1}].type`);
    expect(staged.ectTried).toBe(false);
  });

  it("counts calendar months", () => {
    expect(monthsBetween("2025-05-01", "2026-11-02")).toBe(18);
    expect(monthsBetween("2025-05-31", "2025-06-30")).toBe(0);
    expect(monthsBetween("2026-01-01", "2025-01-01")).toBe(0);
  });
});
