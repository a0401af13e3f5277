import { describe, expect, it } from "vitest";
import { bandOf } from "./instrument.ts";
import { madrs } from "./madrs.ts";

describe("MADRS", () => {
  it("has ten items scored 0 to 6 and a total of 0 to 60", () => {
    expect(madrs.items).toHaveLength(10);
    expect(madrs.items.every((item) => item.min === 0 && item.max === 6)).toBe(true);
    expect(madrs.items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(madrs.totalRange).toEqual({ min: 0, max: 60 });
  });

  it("scores the sum of the items", () => {
    expect(madrs.score([4, 4, 3, 4, 2, 3, 3, 4, 3, 2])).toBe(32);
    expect(madrs.score([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe(0);
    expect(madrs.score([6, 6, 6, 6, 6, 6, 6, 6, 6, 6])).toBe(60);
  });

  it.each([
    [0, "normal"],
    [6, "normal"],
    [7, "mild"],
    [19, "mild"],
    [20, "moderate"],
    [34, "moderate"],
    [35, "severe"],
    [60, "severe"],
  ])("puts a total of %i in the %s band", (total, code) => {
    expect(bandOf(madrs, total).code).toBe(code);
  });

  it("sets remission at a total of 10 or less (seed 003)", () => {
    expect(madrs.remissionMax).toBe(10);
    expect(madrs.sources.some((s) => s.id === "seed-003#defining-non-response")).toBe(true);
  });

  it("watches item 10 for suicidal thoughts: warning from 2, critical from 4", () => {
    expect(madrs.suicideItem).toEqual({ item: 10, warningAt: 2, criticalAt: 4 });
    expect(madrs.items[9]?.label).toMatch(/suicid/i);
  });

  it("claims no LOINC code, since none could be verified", () => {
    expect(madrs.loinc).toBeUndefined();
  });
});
