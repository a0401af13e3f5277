import { describe, expect, it } from "vitest";
import { defaultSettings } from "../settings.ts";
import { cadss, cadssBands } from "./cadss.ts";
import { bandOf } from "./instrument.ts";

describe("CADSS", () => {
  it("measures dissociation with 23 clinician-rated items scored 0 to 4 and a total of 0 to 92", () => {
    expect(cadss.measures).toBe("dissociation");
    expect(cadss.rater).toBe("clinician");
    expect(cadss.items).toHaveLength(23);
    expect(cadss.items.every((item) => item.min === 0 && item.max === 4)).toBe(true);
    expect(cadss.totalRange).toEqual({ min: 0, max: 92 });
  });

  it("scores the sum of the items", () => {
    const items = Array.from({ length: 23 }, (_, i) => (i < 5 ? 2 : 0));
    expect(cadss.score(items)).toBe(10);
    expect(cadss.score(Array.from({ length: 23 }, () => 4))).toBe(92);
  });

  it.each([
    [0, "minimal"],
    [10, "minimal"],
    [11, "moderate"],
    [24, "moderate"],
    [25, "marked"],
    [92, "marked"],
  ])("puts a total of %i in the %s band", (total, code) => {
    expect(bandOf(cadss, total).code).toBe(code);
  });

  it("draws its bands from the clinic settings' defaults", () => {
    expect(cadss.bands[0]?.max).toBe(defaultSettings.cadssMinimalMax);
    expect(cadss.bands.at(-1)?.min).toBe(defaultSettings.cadssMarkedMin);
  });

  it("builds bands for other clinic thresholds without gaps", () => {
    expect(cadssBands(4, 20).map((b) => [b.code, b.min, b.max])).toEqual([
      ["minimal", 0, 4],
      ["moderate", 5, 19],
      ["marked", 20, 92],
    ]);
  });

  it("leaves out the moderate band when the thresholds touch", () => {
    expect(cadssBands(10, 11).map((b) => b.code)).toEqual(["minimal", "marked"]);
  });

  it("refuses thresholds that overlap or leave the scale", () => {
    expect(() => cadssBands(25, 25)).toThrow(RangeError);
    expect(() => cadssBands(30, 20)).toThrow(RangeError);
    expect(() => cadssBands(10, 93)).toThrow(RangeError);
  });

  it("has no remission cut-off and no suicide item", () => {
    expect(cadss.remissionMax).toBeUndefined();
    expect(cadss.suicideItem).toBeUndefined();
  });
});
