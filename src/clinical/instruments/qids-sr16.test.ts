import { describe, expect, it } from "vitest";
import { bandOf } from "./instrument.ts";
import { qidsDomains, qidsSr16, scoreQids } from "./qids-sr16.ts";

const none = (): number[] => Array.from({ length: 16 }, () => 0);
const withScores = (scores: Record<number, number>): number[] => {
  const items = none();
  for (const [n, value] of Object.entries(scores)) items[Number(n) - 1] = value;
  return items;
};

describe("QIDS-SR16", () => {
  it("has sixteen items scored 0 to 3 and a total of 0 to 27", () => {
    expect(qidsSr16.items).toHaveLength(16);
    expect(qidsSr16.items.every((item) => item.min === 0 && item.max === 3)).toBe(true);
    expect(qidsSr16.totalRange).toEqual({ min: 0, max: 27 });
  });

  it("groups every item into exactly one of nine domains", () => {
    expect(qidsDomains).toHaveLength(9);
    expect(qidsDomains.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });

  it("counts the sleep items once, at the highest of items 1–4", () => {
    expect(scoreQids(withScores({ 1: 1, 2: 3, 3: 2, 4: 0 }))).toBe(3);
  });

  it("counts the appetite and weight items once, at the highest of items 6–9", () => {
    expect(scoreQids(withScores({ 6: 2, 7: 0, 8: 1, 9: 0 }))).toBe(2);
  });

  it("counts the psychomotor items once, at the higher of items 15 and 16", () => {
    expect(scoreQids(withScores({ 15: 1, 16: 2 }))).toBe(2);
  });

  it("adds items 5 and 10–14 as they are", () => {
    expect(scoreQids(withScores({ 5: 2, 10: 1, 11: 3, 12: 1, 13: 2, 14: 3 }))).toBe(12);
  });

  it("scores a worked example by domain, not by summing all sixteen items", () => {
    const items = [2, 3, 1, 0, 2, 0, 1, 2, 0, 2, 1, 1, 2, 2, 1, 0];
    // sleep 3 + mood 2 + appetite/weight 2 + 2 + 1 + 1 + 2 + 2 + psychomotor 1
    expect(qidsSr16.score(items)).toBe(16);
    expect(items.reduce((a, b) => a + b, 0)).toBe(20);
  });

  it("reaches 27 with every item at 3", () => {
    expect(scoreQids(Array.from({ length: 16 }, () => 3))).toBe(27);
  });

  it.each([
    [0, "none"],
    [5, "none"],
    [6, "mild"],
    [10, "mild"],
    [11, "moderate"],
    [15, "moderate"],
    [16, "severe"],
    [20, "severe"],
    [21, "very-severe"],
    [27, "very-severe"],
  ])("puts a total of %i in the %s band (Rush 2003)", (total, code) => {
    expect(bandOf(qidsSr16, total).code).toBe(code);
  });

  it("sets remission at a total of 5 or less", () => {
    expect(qidsSr16.remissionMax).toBe(5);
  });

  it("treats item 12 as a warning at 1 and critical from 2", () => {
    expect(qidsSr16.suicideItem).toEqual({ item: 12, warningAt: 1, criticalAt: 2 });
    expect(qidsSr16.items[11]?.label).toMatch(/suicide/i);
  });
});
