import { describe, expect, it } from "vitest";
import { bandOf } from "./instrument.ts";
import { phq9 } from "./phq9.ts";

describe("PHQ-9", () => {
  it("has nine self-report items scored 0 to 3 and a total of 0 to 27", () => {
    expect(phq9.rater).toBe("self");
    expect(phq9.items).toHaveLength(9);
    expect(phq9.items.every((item) => item.min === 0 && item.max === 3)).toBe(true);
    expect(phq9.totalRange).toEqual({ min: 0, max: 27 });
  });

  it("scores the sum of the items", () => {
    expect(phq9.score([2, 2, 3, 1, 1, 2, 2, 1, 0])).toBe(14);
  });

  it.each([
    [0, "minimal"],
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "moderately-severe"],
    [19, "moderately-severe"],
    [20, "severe"],
    [27, "severe"],
  ])("puts a total of %i in the %s band (Kroenke 2001)", (total, code) => {
    expect(bandOf(phq9, total).code).toBe(code);
  });

  it("counts a total under 5 as remission", () => {
    expect(phq9.remissionMax).toBe(4);
  });

  it("treats any non-zero answer to item 9 as critical", () => {
    expect(phq9.suicideItem).toEqual({ item: 9, criticalAt: 1 });
  });

  it("carries the LOINC panel and total codes", () => {
    expect(phq9.loinc).toEqual({ panel: "44249-1", total: "44261-6" });
  });
});
