// The wording of each scale on a link: complete for its instrument, held only in the languages it claims, answers that score right.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instruments } from "../instruments/index.ts";
import { shapsAnswers } from "../instruments/shaps.ts";
import { formsNotIn, questionsFor, toMeasurements } from "../self-report-forms.ts";
import { type LinkScale, languages, officialIn, scaleWordings } from "./self-report-wording.ts";

const scales = Object.keys(scaleWordings) as LinkScale[];

describe("scale wording", () => {
  it.each(scales)("%s has one worded item per instrument item, each answer a score the item allows", (id) => {
    const wording = scaleWordings[id];
    const { items } = instruments[id];
    expect(wording.items).toHaveLength(items.length);
    wording.items.forEach((item, i) => {
      const range = items[i];
      const values = item.choices.map((c) => c.value).sort((a, b) => a - b);
      expect(values).toEqual(
        Array.from({ length: (range?.max ?? 0) - (range?.min ?? 0) + 1 }, (_, k) => (range?.min ?? 0) + k),
      );
    });
  });

  it.each(scales)(
    "%s holds text in exactly the languages it claims, so nothing is silently untranslated",
    (id) => {
      const wording = scaleWordings[id];
      const texts = [
        wording.stem,
        ...wording.items.flatMap((item) => [item.text, ...item.choices.map((c) => c.label)]),
      ];
      for (const text of texts) {
        for (const language of languages) {
          const held = language === "en" ? text.en : text[language];
          if (wording.languages.includes(language)) expect(held?.trim()).toBeTruthy();
          else expect(held).toBeUndefined();
        }
      }
      expect(wording.provenance.length).toBeGreaterThan(0);
    },
  );

  it("keeps QIDS-SR16 and SHAPS in English only, the PHQ screeners in English and Spanish", () => {
    expect(scaleWordings.QIDSSR16.languages).toEqual(["en"]);
    expect(scaleWordings.SHAPS.languages).toEqual(["en"]);
    expect(scaleWordings.PHQ9.languages).toEqual(["en", "es"]);
    expect(formsNotIn(["PHQ9", "QIDSSR16", "GAD7", "SHAPS", "PRESESSION"], "es")).toEqual([
      "QIDSSR16",
      "SHAPS",
    ]);
    expect(formsNotIn(["PHQ9", "QIDSSR16", "GAD7", "SHAPS", "PRESESSION"], "en")).toEqual([]);
  });

  it("shows English, marked as English, where the official wording has no Spanish", () => {
    expect(officialIn({ en: "Feeling sad" }, "es")).toEqual({ text: "Feeling sad", language: "en" });
    expect(officialIn({ en: "Trouble relaxing", es: "Ha tenido dificultad para relajarse" }, "es")).toEqual({
      text: "Ha tenido dificultad para relajarse",
      language: "es",
    });
  });
});

describe("QIDS-SR16 by link", () => {
  it("words item 12 as the form does, with 2 meaning thoughts of death several times a week", () => {
    const item12 = questionsFor(["QIDSSR16"]).find((q) => q.id === "QIDSSR16.12");
    expect(item12?.text.en).toBe("Thoughts of death or suicide");
    expect(item12?.choices.find((c) => c.value === 2)?.label.en).toContain("several times a week");
  });

  it("scores the answers by domain, the highest sleep, appetite/weight and psychomotor item once each", () => {
    const answers = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`QIDSSR16.${i + 1}`, 0]));
    Object.assign(answers, {
      "QIDSSR16.1": 3,
      "QIDSSR16.2": 2,
      "QIDSSR16.7": 2,
      "QIDSSR16.9": 1,
      "QIDSSR16.16": 1,
    });
    const [m] = toMeasurements(["QIDSSR16"], answers, "2026-03-02");
    expect(m?.total).toBe(3 + 2 + 1);
  });
});

describe("SHAPS by link", () => {
  const agreementFirst = [2, 4, 5, 7, 9, 12, 14];

  it("prints agreement first on items 2, 4, 5, 7, 9, 12 and 14 and disagreement first on the rest", () => {
    for (const q of questionsFor(["SHAPS"])) {
      const first = q.choices[0]?.value;
      if (agreementFirst.includes(q.item ?? 0)) expect(first).toBe(shapsAnswers.definitelyAgree);
      else expect(first).toBe(shapsAnswers.definitelyDisagree);
    }
  });

  it("scores a disagreeing answer 1 wherever it sits on the screen", () => {
    const questions = questionsFor(["SHAPS"]);
    const byLabel = (label: string) =>
      Object.fromEntries(
        questions.map((q) => [q.id, q.choices.find((c) => c.label.en === label)?.value ?? 0]),
      );
    expect(toMeasurements(["SHAPS"], byLabel("Strongly disagree"), "2026-03-02")[0]?.total).toBe(14);
    expect(toMeasurements(["SHAPS"], byLabel("Agree"), "2026-03-02")[0]?.total).toBe(0);
    expect(toMeasurements(["SHAPS"], byLabel("Disagree"), "2026-03-02")[0]?.total).toBe(14);
  });
});

describe("any complete set of answers on a link", () => {
  it("becomes the instrument's own total, inside its range", () => {
    const arbitrary = fc
      .constantFrom(...scales)
      .chain((scale) =>
        fc
          .tuple(
            ...questionsFor([scale]).map((q) =>
              fc.constantFrom(...q.choices.map((c) => [q.id, c.value] as const)),
            ),
          )
          .map((pairs) => ({ scale, answers: Object.fromEntries(pairs) })),
      );
    fc.assert(
      fc.property(arbitrary, ({ scale, answers }) => {
        const [m] = toMeasurements([scale], answers, "2026-03-02");
        const instrument = instruments[scale];
        expect(m?.total).toBe(instrument.score(m?.items ?? []));
        expect(m?.total).toBeGreaterThanOrEqual(instrument.totalRange.min);
        expect(m?.total).toBeLessThanOrEqual(instrument.totalRange.max);
      }),
    );
  });
});
