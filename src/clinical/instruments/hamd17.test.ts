import { describe, expect, it } from "vitest";
import { hamd17 } from "./hamd17.ts";
import { bandOf } from "./instrument.ts";

const zeroToFour = [1, 2, 3, 7, 8, 9, 10, 11, 15];
const zeroToTwo = [4, 5, 6, 12, 13, 14, 16, 17];

describe("HAM-D 17", () => {
  it("scores items 1, 2, 3, 7–11 and 15 from 0 to 4 and the other eight from 0 to 2", () => {
    expect(hamd17.items).toHaveLength(17);
    for (const item of hamd17.items) {
      const expectedMax = zeroToFour.includes(item.number) ? 4 : 2;
      expect(zeroToFour.includes(item.number) || zeroToTwo.includes(item.number)).toBe(true);
      expect([item.min, item.max]).toEqual([0, expectedMax]);
    }
  });

  it("reaches 52 when every item is at its maximum", () => {
    expect(hamd17.totalRange).toEqual({ min: 0, max: 52 });
    expect(hamd17.score(hamd17.items.map((item) => item.max))).toBe(52);
  });

  it("scores the sum of the items", () => {
    expect(hamd17.score([3, 2, 1, 2, 1, 1, 3, 1, 1, 2, 2, 1, 1, 1, 1, 0, 0])).toBe(23);
  });

  it.each([
    [0, "none"],
    [7, "none"],
    [8, "mild"],
    [16, "mild"],
    [17, "moderate"],
    [23, "moderate"],
    [24, "severe"],
    [52, "severe"],
  ])("puts a total of %i in the %s band (Zimmerman 2013)", (total, code) => {
    expect(bandOf(hamd17, total).code).toBe(code);
  });

  it("counts 7 or less as remission (seed 003)", () => {
    expect(hamd17.remissionMax).toBe(7);
    expect(hamd17.sources.some((s) => s.id === "seed-003#defining-non-response")).toBe(true);
  });

  it("watches item 3 for suicidal thinking: warning at 1, critical from 2", () => {
    expect(hamd17.suicideItem).toEqual({ item: 3, warningAt: 1, criticalAt: 2 });
    expect(hamd17.items[2]?.label).toMatch(/suicid/i);
  });
});
