import { describe, expect, it } from "vitest";
import { cssrs, cssrsPositive, cssrsRisk } from "./cssrs.ts";
import { bandOf } from "./instrument.ts";

/** Yes to the listed questions (1-based), no to the rest. */
const yesTo = (...questions: number[]): number[] =>
  Array.from({ length: 6 }, (_, i) => (questions.includes(i + 1) ? 1 : 0));

describe("C-SSRS screener", () => {
  it("has six yes/no items and counts the yes answers", () => {
    expect(cssrs.measures).toBe("suicide-risk");
    expect(cssrs.items).toHaveLength(6);
    expect(cssrs.items.every((item) => item.min === 0 && item.max === 1)).toBe(true);
    expect(cssrs.totalRange).toEqual({ min: 0, max: 6 });
    expect(cssrs.score(yesTo(1, 2, 3))).toBe(3);
  });

  it("is negative when every answer is no", () => {
    expect(cssrsRisk(yesTo())).toBe("negative");
    expect(cssrsPositive(yesTo())).toBe(false);
  });

  it.each([
    [[1], "low"],
    [[2], "low"],
    [[1, 2], "low"],
    [[3], "moderate"],
    [[1, 2, 3], "moderate"],
    [[4], "high"],
    [[5], "high"],
    [[6], "high"],
    [[1, 2, 3, 4], "high"],
    [[1, 6], "high"],
  ])("triages yes to %j as %s risk", (questions, risk) => {
    expect(cssrsRisk(yesTo(...questions))).toBe(risk);
    expect(cssrsPositive(yesTo(...questions))).toBe(true);
  });

  it("ranks a lone yes to recent behaviour above three yes answers about ideation", () => {
    expect(cssrs.score(yesTo(6))).toBeLessThan(cssrs.score(yesTo(1, 2, 3)));
    expect(cssrsRisk(yesTo(6))).toBe("high");
    expect(cssrsRisk(yesTo(1, 2, 3))).toBe("moderate");
  });

  it("bands the total only as a negative or positive screen", () => {
    expect(bandOf(cssrs, 0).code).toBe("negative");
    expect(bandOf(cssrs, 1).code).toBe("positive");
    expect(bandOf(cssrs, 6).code).toBe("positive");
  });

  it("leaves suicideItem out, since risk comes from cssrsRisk", () => {
    expect(cssrs.suicideItem).toBeUndefined();
  });

  it("carries the LOINC screener panel and no total code", () => {
    expect(cssrs.loinc).toEqual({ panel: "93373-9" });
  });
});
