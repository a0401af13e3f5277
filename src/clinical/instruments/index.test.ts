import { describe, expect, it } from "vitest";
import { checkMeasurement, instrumentIds, instrumentShortNames, instruments } from "./index.ts";

const madrsItems = [4, 4, 3, 4, 2, 3, 3, 4, 3, 2]; // 32

describe("instrument registry", () => {
  it("has one instrument per id, filed under its own id", () => {
    expect(Object.keys(instruments).sort()).toEqual([...instrumentIds].sort());
    for (const id of instrumentIds) expect(instruments[id].id).toBe(id);
  });

  it("gives every instrument a published source", () => {
    for (const id of instrumentIds) {
      expect(instruments[id].sources.some((s) => s.document === undefined)).toBe(true);
    }
  });

  it("labels every item and numbers the items from 1 without gaps", () => {
    for (const id of instrumentIds) {
      const { items } = instruments[id];
      expect(items.map((item) => item.number)).toEqual(items.map((_, i) => i + 1));
      for (const item of items) expect(item.label.length).toBeGreaterThan(0);
    }
  });

  it("points every suicide item at an item that exists, with warning below critical", () => {
    for (const id of instrumentIds) {
      const suicide = instruments[id].suicideItem;
      if (suicide === undefined) continue;
      const item = instruments[id].items[suicide.item - 1];
      expect(item).toBeDefined();
      expect(suicide.criticalAt).toBeLessThanOrEqual(item?.max ?? -1);
      if (suicide.warningAt !== undefined) expect(suicide.warningAt).toBeLessThan(suicide.criticalAt);
    }
  });

  it("names each scale by the abbreviation clinicians use", () => {
    expect(instrumentShortNames.HAMD17).toBe("HAM-D 17");
    expect(instrumentShortNames.CSSRS).toBe("C-SSRS");
  });
});

describe("checkMeasurement", () => {
  it("scores the items when no total is stated", () => {
    expect(checkMeasurement("MADRS", { items: madrsItems })).toEqual({ total: 32 });
  });

  it("accepts a stated total alone when it is in range", () => {
    expect(checkMeasurement("MADRS", { total: 60 })).toEqual({ total: 60 });
    expect(checkMeasurement("MADRS", { total: 0 })).toEqual({ total: 0 });
  });

  it("accepts a stated total that matches the items", () => {
    expect(checkMeasurement("MADRS", { total: 32, items: madrsItems })).toEqual({ total: 32 });
  });

  it("rejects a stated total that disagrees with the item sum", () => {
    expect(
      checkMeasurement("MADRS", { total: 30, items: madrsItems.map((v, i) => (i === 0 ? 0 : v)) }),
    ).toEqual({
      errors: [{ field: "total", message: "stated total 30 does not match the item sum 28" }],
    });
  });

  it("says 'score of the items' rather than 'item sum' for a scale that is not a plain sum", () => {
    const items = [3, 3, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(checkMeasurement("QIDSSR16", { total: 12, items })).toEqual({
      errors: [
        { field: "total", message: "stated total 12 does not match the QIDS-SR16 score of the items, 3" },
      ],
    });
  });

  it("names the item that is out of range", () => {
    const items = [...madrsItems.slice(0, 9), 7];
    expect(checkMeasurement("MADRS", { items })).toEqual({
      errors: [{ field: "items[9]", message: "MADRS item 10 must be between 0 and 6" }],
    });
  });

  it("reports every bad item, each under its own field", () => {
    const result = checkMeasurement("PHQ9", { items: [-1, 0, 0, 4, 0, 0, 0, 0, 1.5] });
    expect(result).toEqual({
      errors: [
        { field: "items[0]", message: "PHQ-9 item 1 must be between 0 and 3" },
        { field: "items[3]", message: "PHQ-9 item 4 must be between 0 and 3" },
        { field: "items[8]", message: "PHQ-9 item 9 must be a whole number between 0 and 3" },
      ],
    });
  });

  it("checks each HAM-D item against its own range", () => {
    const items = Array.from({ length: 17 }, () => 0);
    items[0] = 4; // item 1 goes to 4
    items[3] = 3; // item 4 stops at 2
    expect(checkMeasurement("HAMD17", { items })).toEqual({
      errors: [{ field: "items[3]", message: "HAM-D 17 item 4 must be between 0 and 2" }],
    });
  });

  it("rejects SHAPS answers of 0, since answers run from 1 to 4", () => {
    const items = Array.from({ length: 14 }, () => 2);
    items[6] = 0;
    expect(checkMeasurement("SHAPS", { items })).toEqual({
      errors: [{ field: "items[6]", message: "SHAPS item 7 must be between 1 and 4" }],
    });
  });

  it("rejects a list with the wrong number of items", () => {
    expect(checkMeasurement("MADRS", { items: madrsItems.slice(0, 9) })).toEqual({
      errors: [{ field: "items", message: "MADRS needs 10 item scores, got 9" }],
    });
  });

  it.each([61, -1, 30.5, Number.NaN])("rejects a MADRS total of %d", (total) => {
    const result = checkMeasurement("MADRS", { total });
    expect(result).toHaveProperty("errors");
    if ("errors" in result) expect(result.errors[0]?.field).toBe("total");
  });

  it("words the total range error for the clinician", () => {
    expect(checkMeasurement("MADRS", { total: 61 })).toEqual({
      errors: [{ field: "total", message: "MADRS total must be between 0 and 60" }],
    });
    expect(checkMeasurement("SHAPS", { total: 30 })).toEqual({
      errors: [{ field: "total", message: "SHAPS total must be between 0 and 14" }],
    });
  });

  it("reports item and total errors together", () => {
    const result = checkMeasurement("GAD7", { total: 22, items: [0, 0, 0, 0, 0, 0, 9] });
    expect(result).toEqual({
      errors: [
        { field: "items[6]", message: "GAD-7 item 7 must be between 0 and 3" },
        { field: "total", message: "GAD-7 total must be between 0 and 21" },
      ],
    });
  });

  it("rejects a measurement with neither a total nor items", () => {
    expect(checkMeasurement("PHQ9", {})).toEqual({
      errors: [{ field: "total", message: "PHQ-9 measurement needs a total or item scores" }],
    });
    expect(checkMeasurement("PHQ9", { total: undefined, items: undefined })).toHaveProperty("errors");
  });
});
