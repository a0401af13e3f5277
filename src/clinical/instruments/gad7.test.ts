import { describe, expect, it } from "vitest";
import { gad7 } from "./gad7.ts";
import { bandOf } from "./instrument.ts";

describe("GAD-7", () => {
  it("measures anxiety with seven items scored 0 to 3 and a total of 0 to 21", () => {
    expect(gad7.measures).toBe("anxiety");
    expect(gad7.items).toHaveLength(7);
    expect(gad7.items.every((item) => item.min === 0 && item.max === 3)).toBe(true);
    expect(gad7.totalRange).toEqual({ min: 0, max: 21 });
  });

  it("scores the sum of the items", () => {
    expect(gad7.score([1, 2, 2, 1, 0, 3, 1])).toBe(10);
  });

  it.each([
    [0, "minimal"],
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "severe"],
    [21, "severe"],
  ])("puts a total of %i in the %s band (Spitzer 2006)", (total, code) => {
    expect(bandOf(gad7, total).code).toBe(code);
  });

  it("has no remission cut-off and no suicide item", () => {
    expect(gad7.remissionMax).toBeUndefined();
    expect(gad7.suicideItem).toBeUndefined();
  });

  it("carries the LOINC panel and total codes", () => {
    expect(gad7.loinc).toEqual({ panel: "69737-5", total: "70274-6" });
  });
});
