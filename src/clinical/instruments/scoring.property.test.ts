import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandOf, checkMeasurement, cssrsRisk, type Instrument, instrumentIds, instruments } from "./index.ts";

const all = instrumentIds.map((id) => [id, instruments[id]] as const);
const sumScored = ["MADRS", "HAMD17", "PHQ9", "GAD7", "CADSS", "CSSRS"] as const;

const validItems = (instrument: Instrument): fc.Arbitrary<number[]> =>
  fc.tuple(...instrument.items.map((item) => fc.integer({ min: item.min, max: item.max })));

const validTotal = (instrument: Instrument): fc.Arbitrary<number> =>
  fc.integer({ min: instrument.totalRange.min, max: instrument.totalRange.max });

/** A value that is not a valid score for an item ranging min–max. */
const invalidScore = (min: number, max: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: min - 100, max: min - 1 }),
    fc.integer({ min: max + 1, max: max + 100 }),
    fc.double({ min, max, noNaN: true }).filter((v) => !Number.isInteger(v)),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
  );

const bandIndex = (instrument: Instrument, total: number): number =>
  instrument.bands.indexOf(bandOf(instrument, total));

describe.each(all)("%s scoring properties", (_id, instrument) => {
  it("scores any valid item vector as a whole number within the total range", () => {
    fc.assert(
      fc.property(validItems(instrument), (items) => {
        const total = instrument.score(items);
        expect(Number.isInteger(total)).toBe(true);
        expect(total).toBeGreaterThanOrEqual(instrument.totalRange.min);
        expect(total).toBeLessThanOrEqual(instrument.totalRange.max);
      }),
    );
  });

  it("has bands that tile the total range with no gap or overlap", () => {
    const { bands, totalRange } = instrument;
    expect(bands[0]?.min).toBe(totalRange.min);
    expect(bands.at(-1)?.max).toBe(totalRange.max);
    bands.forEach((band, i) => {
      expect(band.min).toBeLessThanOrEqual(band.max);
      const next = bands[i + 1];
      if (next) expect(next.min).toBe(band.max + 1);
    });
    fc.assert(
      fc.property(validTotal(instrument), (total) => {
        expect(bands.filter((b) => total >= b.min && total <= b.max)).toHaveLength(1);
      }),
    );
  });

  it("never puts a higher total in a lower band", () => {
    fc.assert(
      fc.property(validTotal(instrument), validTotal(instrument), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(bandIndex(instrument, low)).toBeLessThanOrEqual(bandIndex(instrument, high));
      }),
    );
  });

  it("places any remission cut-off inside the total range", () => {
    if (instrument.remissionMax === undefined) return;
    expect(instrument.remissionMax).toBeGreaterThanOrEqual(instrument.totalRange.min);
    expect(instrument.remissionMax).toBeLessThan(instrument.totalRange.max);
  });

  it("accepts every valid item vector and returns its score", () => {
    fc.assert(
      fc.property(validItems(instrument), (items) => {
        expect(checkMeasurement(instrument.id, { items })).toEqual({ total: instrument.score(items) });
        const total = instrument.score(items);
        expect(checkMeasurement(instrument.id, { items, total })).toEqual({ total });
      }),
    );
  });

  it("rejects a vector with one bad item, naming that item", () => {
    const withBadItem = validItems(instrument).chain((items) =>
      fc.nat({ max: items.length - 1 }).chain((index) => {
        const item = instrument.items[index];
        const bad = item ? invalidScore(item.min, item.max) : fc.constant(Number.NaN);
        return bad.map((value) => ({ items: items.map((v, i) => (i === index ? value : v)), index }));
      }),
    );
    fc.assert(
      fc.property(withBadItem, ({ items, index }) => {
        const result = checkMeasurement(instrument.id, { items });
        expect(result).toHaveProperty("errors");
        if (!("errors" in result)) return;
        expect(result.errors).toHaveLength(1);
        expect(result.errors[0]?.field).toBe(`items[${index}]`);
        expect(result.errors[0]?.message).toContain(`item ${index + 1} must be`);
      }),
    );
  });

  it("rejects a vector of the wrong length", () => {
    const wrongLength = fc
      .array(fc.constant(instrument.items[0]?.min ?? 0), { maxLength: 40 })
      .filter((items) => items.length !== instrument.items.length);
    fc.assert(
      fc.property(wrongLength, (items) => {
        expect(checkMeasurement(instrument.id, { items })).toEqual({
          errors: [{ field: "items", message: expect.stringContaining(`got ${items.length}`) }],
        });
      }),
    );
  });

  it("rejects a stated total that differs from the scored items", () => {
    const mismatched = validItems(instrument).chain((items) =>
      validTotal(instrument)
        .filter((total) => total !== instrument.score(items))
        .map((total) => ({ items, total })),
    );
    fc.assert(
      fc.property(mismatched, ({ items, total }) => {
        const result = checkMeasurement(instrument.id, { items, total });
        expect(result).toHaveProperty("errors");
      }),
    );
  });
});

describe("scale-specific scoring properties", () => {
  it.each(sumScored)("%s scores exactly the sum of its items", (id) => {
    const instrument = instruments[id];
    fc.assert(
      fc.property(validItems(instrument), (items) => {
        expect(instrument.score(items)).toBe(items.reduce((a, b) => a + b, 0));
      }),
    );
  });

  it("QIDS-SR16 never exceeds 27 and never exceeds the plain item sum", () => {
    const qids = instruments.QIDSSR16;
    fc.assert(
      fc.property(validItems(qids), (items) => {
        const total = qids.score(items);
        expect(total).toBeLessThanOrEqual(27);
        expect(total).toBeLessThanOrEqual(items.reduce((a, b) => a + b, 0));
      }),
    );
  });

  it("SHAPS scores the number of disagree answers", () => {
    const shaps = instruments.SHAPS;
    fc.assert(
      fc.property(validItems(shaps), (items) => {
        expect(shaps.score(items)).toBe(items.filter((answer) => answer >= 3).length);
      }),
    );
  });

  it("C-SSRS risk never falls when another question is answered yes", () => {
    const order = ["negative", "low", "moderate", "high"];
    fc.assert(
      fc.property(validItems(instruments.CSSRS), fc.nat({ max: 5 }), (items, question) => {
        const more = items.map((v, i) => (i === question ? 1 : v));
        expect(order.indexOf(cssrsRisk(more))).toBeGreaterThanOrEqual(order.indexOf(cssrsRisk(items)));
      }),
    );
  });
});
