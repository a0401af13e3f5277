// A sent link's answers in words: scale totals by name, the checklist answers as the patient gave them.

import { describe, expect, it } from "vitest";
import { answersOf, checklistWords } from "./self-report-link-words.ts";

describe("a sent link's answers in words", () => {
  it("says nothing has come back for a link not yet answered", () => {
    expect(answersOf(null)).toBe("—");
  });

  it("names each scale with its total", () => {
    const scores = [
      { instrument: "PHQ9", total: 12 },
      { instrument: "QIDSSR16", total: 2 },
    ];
    expect(answersOf({ preSession: null, scores })).toBe("PHQ-9 12; QIDS-SR16 2");
  });

  it("words the checklist, with sleep in the range the patient chose", () => {
    expect(
      checklistWords({
        fasted: true,
        caffeine: false,
        sleepHours: 6,
        benzodiazepineTaken: true,
        naltrexoneTaken: false,
      }),
    ).toEqual([
      "fasted as asked",
      "no caffeine",
      "slept 6 to 7 hours",
      "benzodiazepine today or last night",
      "no naltrexone in the last 3 days",
    ]);
    expect(checklistWords({ fasted: false, sleepHours: 3 })).toEqual([
      "ate, or not sure",
      "slept less than 4 hours",
    ]);
    expect(checklistWords({})).toEqual([]);
  });
});
