import { describe, expect, it } from "vitest";
import { bandOf } from "./instrument.ts";
import { scoreShaps, shaps, shapsAnswers } from "./shaps.ts";

const { definitelyAgree, agree, disagree, definitelyDisagree } = shapsAnswers;
const allAnswered = (answer: number): number[] => Array.from({ length: 14 }, () => answer);

describe("SHAPS", () => {
  it("records fourteen answers from 1 to 4 but totals 0 to 14", () => {
    expect(shaps.measures).toBe("anhedonia");
    expect(shaps.items).toHaveLength(14);
    expect(shaps.items.every((item) => item.min === 1 && item.max === 4)).toBe(true);
    expect(shaps.totalRange).toEqual({ min: 0, max: 14 });
  });

  it("scores 1 for each disagree answer and 0 for each agree answer", () => {
    expect(scoreShaps(allAnswered(definitelyAgree))).toBe(0);
    expect(scoreShaps(allAnswered(agree))).toBe(0);
    expect(scoreShaps(allAnswered(disagree))).toBe(14);
    expect(scoreShaps(allAnswered(definitelyDisagree))).toBe(14);
  });

  it("does not weight 'definitely' answers more than plain ones", () => {
    const mixed = [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 1, 2, 1, 2];
    expect(shaps.score(mixed)).toBe(4);
  });

  it.each([
    [0, "normal"],
    [2, "normal"],
    [3, "anhedonia"],
    [14, "anhedonia"],
  ])("puts a total of %i in the %s band (Snaith 1995)", (total, code) => {
    expect(bandOf(shaps, total).code).toBe(code);
  });

  it("flags anhedonia from three disagree answers", () => {
    const items = allAnswered(agree);
    items[0] = disagree;
    items[5] = definitelyDisagree;
    expect(bandOf(shaps, shaps.score(items)).code).toBe("normal");
    items[9] = disagree;
    expect(bandOf(shaps, shaps.score(items)).code).toBe("anhedonia");
  });
});
