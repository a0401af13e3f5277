// The benchmark must measure valid input: every synthetic record passes the boundary check unchanged in shape.

import { describe, expect, it } from "vitest";
import { parseRecord } from "../src/clinical/index.ts";
import { benchAsOf, seededRandom, syntheticRecord } from "./synthetic-record.ts";

describe("syntheticRecord", () => {
  it("yields records that parseRecord accepts", () => {
    for (let i = 0; i < 200; i += 1) {
      const record = syntheticRecord(i);
      const parsed = parseRecord(JSON.parse(JSON.stringify(record)), { today: benchAsOf });
      expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    }
  });

  it("builds 30 IV ketamine sessions with MADRS every third session", () => {
    const record = syntheticRecord(7);
    expect(record.sessions).toHaveLength(30);
    expect(new Set(record.sessions.map((s) => s.modality))).toEqual(new Set(["iv-ketamine"]));
    expect(record.measurements.filter((m) => m.instrument === "MADRS")).toHaveLength(10);
    expect(record.sessions.every((s) => s.date < benchAsOf)).toBe(true);
  });

  it("is deterministic", () => {
    expect(syntheticRecord(42)).toEqual(syntheticRecord(42));
    expect(syntheticRecord(42)).not.toEqual(syntheticRecord(43));
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
