// The link's questions, answer checks, scoring into measurements and the checklist's pre-session shape.

import { describe, expect, it } from "vitest";
import {
  answerProblem,
  preSessionOf,
  questionsFor,
  toMeasurements,
  unanswered,
} from "./self-report-forms.ts";
import { patientProgress } from "./self-report-progress.ts";

describe("self-report forms", () => {
  it("asks the PHQ-9's nine items with four choices each, in English and Spanish", () => {
    const questions = questionsFor(["PHQ9"]);
    expect(questions.map((q) => q.id)).toEqual(Array.from({ length: 9 }, (_, i) => `PHQ9.${i + 1}`));
    for (const q of questions) {
      expect(q.choices.map((c) => c.value)).toEqual([0, 1, 2, 3]);
      expect(q.text.en).not.toBe("");
      expect(q.text.es).not.toBe(q.text.en);
    }
  });

  it("accepts only a listed choice for a question on the link", () => {
    expect(answerProblem(["PHQ9"], "PHQ9.1", 3)).toBeNull();
    expect(answerProblem(["PHQ9"], "PHQ9.1", 4)).toBe("is not one of the question's choices");
    expect(answerProblem(["PHQ9"], "GAD7.1", 0)).toBe("is not a question on this link");
    expect(answerProblem(["PRESESSION"], "PRESESSION.fasted", 2)).toBeNull();
  });

  it("scores complete scales into measurements and skips incomplete ones", () => {
    const phq = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`PHQ9.${i + 1}`, 2]));
    expect(toMeasurements(["PHQ9", "GAD7"], { ...phq, "GAD7.1": 1 }, "2026-03-02")).toEqual([
      { date: "2026-03-02", instrument: "PHQ9", items: Array(9).fill(2), total: 18 },
    ]);
    expect(unanswered(["PHQ9", "GAD7"], phq)).toHaveLength(7);
  });

  it("turns the checklist into the engine's pre-session answers", () => {
    const answers = {
      "PRESESSION.fasted": 2,
      "PRESESSION.sleep": 1,
      "PRESESSION.benzodiazepine": 2,
      "PRESESSION.naltrexone": 1,
    };
    expect(preSessionOf(["PRESESSION"], answers)).toEqual({
      fasted: false,
      sleepHours: 4,
      benzodiazepineTaken: false,
      naltrexoneTaken: true,
    });
    expect(preSessionOf(["PHQ9"], answers)).toBeNull();
  });
});

describe("patient progress", () => {
  const m = (date: string, total: number) => ({ date, instrument: "PHQ9" as const, total });
  it("describes a fall without a band word unless the clinic allows it", () => {
    const p = patientProgress([m("2026-03-10", 9), m("2026-03-01", 20)], "PHQ9", false);
    expect(p?.points.map((x) => x.total)).toEqual([20, 9]);
    expect(p?.summary.en).toContain("from 20 to 9");
    expect(p?.name).toBe("PHQ-9");
    expect(p?.band).toBeNull();
    expect(patientProgress([m("2026-03-01", 20)], "PHQ9", true)?.band).toBe("Severe depression");
    expect(patientProgress([], "PHQ9", true)).toBeNull();
  });
  it("words a rise without blame", () => {
    const p = patientProgress([m("2026-03-01", 10), m("2026-03-10", 16)], "PHQ9", false);
    expect(p?.summary.en).toContain("not your fault");
    expect(patientProgress([m("2026-03-01", 10), m("2026-03-10", 11)], "PHQ9", false)?.summary.en).toContain(
      "about the same",
    );
  });
});
