// Safety signals from self-report answers: each trigger at and around its boundary, and properties over all answers.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modalities } from "./protocols/protocol.ts";
import { needsCrisisResources, selfReportSignals } from "./self-report-signals.ts";

const codes = (
  answers: Record<string, number>,
  modality: (typeof modalities)[number] | null = "iv-ketamine",
) => selfReportSignals({ answers, modality }).map((s) => s.code);

describe("suicide items", () => {
  it("raises PHQ-9 item 9 at 1 and above, never at 0", () => {
    expect(codes({ "PHQ9.9": 0 })).toEqual([]);
    for (const v of [1, 2, 3]) expect(codes({ "PHQ9.9": v })).toEqual(["self-report-phq9-item-9"]);
  });

  it("raises QIDS-SR16 item 12 at 2 and above, not at 1", () => {
    expect(codes({ "QIDSSR16.12": 1 })).toEqual([]);
    expect(codes({ "QIDSSR16.12": 2 })).toEqual(["self-report-qids-item-12"]);
    expect(codes({ "QIDSSR16.12": 3 })).toEqual(["self-report-qids-item-12"]);
  });

  it("raises any yes on the Columbia screen, with the yes answers as evidence", () => {
    expect(codes({ "CSSRS.1": 0, "CSSRS.2": 0 })).toEqual([]);
    const [signal] = selfReportSignals({ answers: { "CSSRS.1": 0, "CSSRS.6": 1 }, modality: null });
    expect(signal?.code).toBe("self-report-cssrs-positive");
    expect(signal?.evidence).toEqual([{ field: "answers.CSSRS.6", value: 1 }]);
  });

  it("names the answer as evidence and the instrument's reference as source", () => {
    const [signal] = selfReportSignals({ answers: { "PHQ9.9": 2 }, modality: null });
    expect(signal).toMatchObject({
      kind: "suicide-risk",
      severity: "critical",
      evidence: [{ field: "answers.PHQ9.9", value: 2 }],
      source: { id: "kroenke-2001" },
    });
  });
});

describe("pre-session answers that make dosing unsafe", () => {
  it("flags not fasted, or unsure, only where fasting matters", () => {
    expect(codes({ "PRESESSION.fasted": 0 }, "esketamine")).toEqual([]);
    expect(codes({ "PRESESSION.fasted": 1 }, "esketamine")).toEqual(["self-report-not-fasted"]);
    expect(codes({ "PRESESSION.fasted": 2 }, "oral-ketamine")).toEqual(["self-report-not-fasted"]);
    expect(codes({ "PRESESSION.fasted": 1 }, "iv-ketamine")).toEqual([]);
    expect(codes({ "PRESESSION.fasted": 1 }, "tms")).toEqual([]);
    expect(codes({ "PRESESSION.fasted": 1 }, null)).toEqual(["self-report-not-fasted"]);
  });

  it("flags a benzodiazepine today and naltrexone within 72 hours, not earlier doses", () => {
    expect(codes({ "PRESESSION.benzodiazepine": 1 })).toEqual(["self-report-benzodiazepine-today"]);
    expect(codes({ "PRESESSION.benzodiazepine": 2 })).toEqual([]);
    expect(codes({ "PRESESSION.naltrexone": 1 })).toEqual(["self-report-naltrexone-within-72h"]);
    expect(codes({ "PRESESSION.naltrexone": 2 })).toEqual([]);
    expect(codes({ "PRESESSION.naltrexone": 0, "PRESESSION.benzodiazepine": 0 })).toEqual([]);
  });

  it("cites seed 003 for dosing signals and shows crisis resources only for suicide risk", () => {
    const signals = selfReportSignals({ answers: { "PRESESSION.naltrexone": 1 }, modality: null });
    expect(signals[0]?.source.id).toMatch(/^seed-003#/);
    expect(needsCrisisResources(signals)).toBe(false);
    expect(needsCrisisResources(selfReportSignals({ answers: { "PHQ9.9": 1 }, modality: null }))).toBe(true);
  });
});

describe("properties", () => {
  const phq9 = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 });
  const toAnswers = (items: number[]) => Object.fromEntries(items.map((v, i) => [`PHQ9.${i + 1}`, v]));

  it("a PHQ-9 raises a signal exactly when item 9 is above 0, whatever the other items", () => {
    fc.assert(
      fc.property(phq9, fc.constantFrom(null, ...modalities), (items, modality) => {
        const signals = selfReportSignals({ answers: toAnswers(items), modality });
        expect(signals.length > 0).toBe((items[8] ?? 0) > 0);
      }),
    );
  });

  it("every signal is critical, carries evidence from the answers and a source", () => {
    const answers = fc.dictionary(
      fc.constantFrom(
        "PHQ9.9",
        "QIDSSR16.12",
        "CSSRS.1",
        "CSSRS.4",
        "PRESESSION.fasted",
        "PRESESSION.benzodiazepine",
        "PRESESSION.naltrexone",
      ),
      fc.integer({ min: 0, max: 3 }),
    );
    fc.assert(
      fc.property(answers, fc.constantFrom(null, ...modalities), (a, modality) => {
        for (const s of selfReportSignals({ answers: a, modality })) {
          expect(s.severity).toBe("critical");
          expect(s.evidence.length).toBeGreaterThan(0);
          for (const e of s.evidence) expect(a[e.field.replace(/^answers\./, "")]).toBe(e.value);
          expect(s.source.id).not.toBe("");
        }
      }),
    );
  });

  it("adding answers never removes a signal", () => {
    fc.assert(
      fc.property(phq9, fc.integer({ min: 0, max: 2 }), (items, fasted) => {
        const base = selfReportSignals({ answers: toAnswers(items), modality: null }).map((s) => s.code);
        const more = selfReportSignals({
          answers: { ...toAnswers(items), "PRESESSION.fasted": fasted },
          modality: null,
        }).map((s) => s.code);
        for (const code of base) expect(more).toContain(code);
      }),
    );
  });
});
