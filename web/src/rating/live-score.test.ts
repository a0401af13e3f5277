// Live scoring reads the instrument modules: totals, bands only when complete, and the suicide-item signal.

import { describe, expect, it } from "vitest";
import { instruments } from "../../../src/clinical/index.ts";
import { bandOfTotal, liveScore } from "./live-score.ts";

const { MADRS, QIDSSR16, CSSRS } = instruments;

describe("liveScore", () => {
  it("totals a complete MADRS and names its band", () => {
    const live = liveScore(MADRS, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(live).toMatchObject({
      total: 10,
      complete: true,
      scored: 10,
      of: 10,
      bandLabel: "Mild depression",
    });
    expect(live.suicide).toBeNull();
  });

  it("shows no band until every item is scored", () => {
    const live = liveScore(MADRS, [3, 3]);
    expect(live).toMatchObject({ total: 6, complete: false, scored: 2, bandLabel: null });
  });

  it("raises the suicide item's warning and critical levels the moment it is scored", () => {
    const items = Array.from<number | undefined>({ length: 10 });
    items[9] = 2;
    expect(liveScore(MADRS, items).suicide?.level).toBe("warning");
    items[9] = 4;
    expect(liveScore(MADRS, items).suicide).toMatchObject({ level: "critical" });
    expect(liveScore(MADRS, items).suicide?.message).toMatch(/item 10 \(Suicidal thoughts\) scored 4/);
  });

  it("uses the scale's own scoring rule (QIDS counts each domain once)", () => {
    const items = Array.from({ length: 16 }, () => 0);
    items[0] = 3;
    items[1] = 3;
    expect(liveScore(QIDSSR16, items).total).toBe(3);
  });

  it("treats any yes on the C-SSRS screen as a positive screen", () => {
    expect(liveScore(CSSRS, [0, 0, 0, 0, 0, 1]).suicide?.level).toBe("critical");
    expect(liveScore(CSSRS, [0, 0, 0, 0, 0, 0]).suicide).toBeNull();
  });
});

describe("bandOfTotal", () => {
  it("bands a typed total in range and refuses the rest", () => {
    expect(bandOfTotal(MADRS, 36)).toBe("Severe depression");
    expect(bandOfTotal(MADRS, 61)).toBeNull();
    expect(bandOfTotal(MADRS, 12.5)).toBeNull();
  });
});
