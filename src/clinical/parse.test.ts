import { describe, expect, it } from "vitest";
import { fieldPath, type InputIssue, parseAsOf, parseRecord, parseSettings } from "./parse.ts";
import { defaultSettings } from "./settings.ts";
import { day, patient } from "./test-records.ts";

const today = "2026-03-01";

function issues(input: Record<string, unknown>): InputIssue[] {
  const parsed = parseRecord({ patient, ...input }, { today });
  return parsed.ok ? [] : parsed.issues;
}
const fields = (input: Record<string, unknown>) => issues(input).map((i) => i.field);
const iv = (fields: Record<string, unknown> = {}) => ({
  date: day(0),
  modality: "iv-ketamine",
  doseMgPerKg: 0.5,
  ...fields,
});

describe("valid records", () => {
  it("pass with defaults applied", () => {
    const parsed = parseRecord({ patient, sessions: [iv()] }, { today });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record).toEqual({
      patient,
      diagnoses: [],
      history: {},
      priorTreatments: [],
      medications: [],
      sessions: [{ ...iv(), completed: true, sideEffects: [] }],
      measurements: [],
      events: [],
    });
  });

  it("accept a dose exactly at each hard limit", () => {
    expect(
      issues({
        sessions: [
          iv({ doseMgPerKg: 1.0, infusionMinutes: 20 }),
          { date: day(1), modality: "im-ketamine", doseMgPerKg: 1.0 },
          { date: day(2), modality: "esketamine", doseMg: 84 },
          { date: day(3), modality: "sublingual-ketamine", doseMg: 300 },
          { date: day(4), modality: "oral-ketamine", doseMg: 300 },
          { date: day(5), modality: "tms", intensityPercentMT: 120 },
        ],
      }),
    ).toEqual([]);
  });

  it("accept dates on today", () => {
    expect(issues({ sessions: [iv({ date: today })], events: [{ date: today, type: "note" }] })).toEqual([]);
  });

  it("accept a measurement whose stated total matches its items", () => {
    const items = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
    expect(issues({ measurements: [{ date: day(0), instrument: "MADRS", total: 30, items }] })).toEqual([]);
  });
});

describe("rating scales", () => {
  it("refuses a MADRS total of 61", () => {
    expect(issues({ measurements: [{ date: day(0), instrument: "MADRS", total: 61 }] })).toEqual([
      { field: "measurements[0].total", message: "MADRS total must be between 0 and 60" },
    ]);
  });

  it("refuses an item out of range, naming the item", () => {
    const items = [3, 3, 3, 7, 3, 3, 3, 3, 3, 3];
    expect(issues({ measurements: [{ date: day(0), instrument: "MADRS", items }] })).toEqual([
      { field: "measurements[0].items[3]", message: "MADRS item 4 must be between 0 and 6" },
    ]);
  });

  it("refuses a HAM-D item above its own narrower range", () => {
    const items = [2, 2, 0, 3, 1, 1, 2, 2, 1, 2, 2, 1, 1, 1, 1, 0, 0];
    expect(fields({ measurements: [{ date: day(0), instrument: "HAMD17", items }] })).toEqual([
      "measurements[0].items[3]",
    ]);
  });

  it("refuses the wrong number of items", () => {
    expect(fields({ measurements: [{ date: day(0), instrument: "PHQ9", items: [1, 1, 1] }] })).toEqual([
      "measurements[0].items",
    ]);
  });

  it("refuses a stated total that is not the item sum", () => {
    const items = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
    expect(issues({ measurements: [{ date: day(0), instrument: "MADRS", total: 31, items }] })).toEqual([
      { field: "measurements[0].total", message: "stated total 31 does not match the item sum 30" },
    ]);
  });

  it("refuses a measurement with neither total nor items", () => {
    expect(fields({ measurements: [{ date: day(0), instrument: "MADRS" }] })).toEqual([
      "measurements[0].total",
    ]);
  });

  it("refuses an unknown instrument", () => {
    expect(fields({ measurements: [{ date: day(0), instrument: "BDI", total: 20 }] })).toEqual([
      "measurements[0].instrument",
    ]);
  });

  it("refuses a fractional total", () => {
    expect(fields({ measurements: [{ date: day(0), instrument: "MADRS", total: 20.5 }] })).toContain(
      "measurements[0].total",
    );
  });

  it("checks CADSS charted at a session", () => {
    const dissociation = { instrument: "CADSS", total: 93 };
    expect(fields({ sessions: [iv({ dissociation })] })).toEqual(["sessions[0].dissociation.total"]);
  });
});

describe("dose hard limits", () => {
  it("refuses IV ketamine at 1.01 mg/kg", () => {
    const found = issues({ sessions: [iv({ doseMgPerKg: 1.01 })] });
    expect(found).toHaveLength(1);
    expect(found[0]?.field).toBe("sessions[0].doseMgPerKg");
    expect(found[0]?.message).toMatch(/hard limit of 1\.0 mg\/kg/);
  });

  it("refuses IM ketamine above 1.0 mg/kg", () => {
    expect(fields({ sessions: [{ date: day(0), modality: "im-ketamine", doseMgPerKg: 1.1 }] })).toEqual([
      "sessions[0].doseMgPerKg",
    ]);
  });

  it("refuses IV ketamine without a mg/kg dose", () => {
    expect(fields({ sessions: [{ date: day(0), modality: "iv-ketamine" }] })).toEqual([
      "sessions[0].doseMgPerKg",
    ]);
  });

  it("refuses esketamine at 57 mg", () => {
    const found = issues({ sessions: [{ date: day(0), modality: "esketamine", doseMg: 57 }] });
    expect(found.map((i) => i.field)).toEqual(["sessions[0].doseMg"]);
    expect(found[0]?.message).toMatch(/28, 56 or 84 mg/);
  });

  it("refuses sublingual and oral ketamine above 300 mg", () => {
    expect(
      fields({
        sessions: [
          { date: day(0), modality: "sublingual-ketamine", doseMg: 301 },
          { date: day(1), modality: "oral-ketamine", doseMg: 400 },
        ],
      }),
    ).toEqual(["sessions[0].doseMg", "sessions[1].doseMg"]);
  });

  it("refuses an IV infusion under 20 minutes", () => {
    expect(fields({ sessions: [iv({ infusionMinutes: 19 })] })).toEqual(["sessions[0].infusionMinutes"]);
  });

  it("refuses TMS above 120% of motor threshold", () => {
    expect(fields({ sessions: [{ date: day(0), modality: "tms", intensityPercentMT: 121 }] })).toEqual([
      "sessions[0].intensityPercentMT",
    ]);
  });

  it("refuses a zero or negative dose", () => {
    expect(fields({ sessions: [iv({ doseMgPerKg: 0 })] })).toContain("sessions[0].doseMgPerKg");
  });
});

describe("dates", () => {
  it("refuses a date in the future relative to today", () => {
    expect(issues({ sessions: [iv({ date: "2026-03-02" })] })).toEqual([
      { field: "sessions[0].date", message: `must not be in the future (after ${today})` },
    ]);
  });

  it.each([
    ["measurements[0].date", { measurements: [{ date: "2026-04-01", instrument: "MADRS", total: 20 }] }],
    ["events[0].date", { events: [{ date: "2026-04-01", type: "note" }] }],
    ["medications[0].start", { medications: [{ name: "sertraline", start: "2026-04-01" }] }],
    ["patient.birthDate", { patient: { ...patient, birthDate: "2026-04-01" } }],
  ])("refuses a future %s", (field, input) => {
    expect(fields(input)).toContain(field);
  });

  it("refuses an impossible date", () => {
    expect(fields({ sessions: [iv({ date: "2026-02-30" })] })).toEqual(["sessions[0].date"]);
  });

  it("refuses a date not written YYYY-MM-DD", () => {
    expect(fields({ events: [{ date: "01/02/2026", type: "note" }] })).toEqual(["events[0].date"]);
  });

  it("refuses a medication that ends before it starts", () => {
    expect(issues({ medications: [{ name: "lithium", start: "2026-01-10", end: "2026-01-09" }] })).toEqual([
      { field: "medications[0].end", message: "must not be before the start date" },
    ]);
  });

  it("accepts a medication that ends on the day it starts", () => {
    expect(issues({ medications: [{ name: "lithium", start: "2026-01-10", end: "2026-01-10" }] })).toEqual(
      [],
    );
  });

  it("refuses a session before the birth date", () => {
    expect(fields({ sessions: [iv({ date: "1979-12-31" })] })).toEqual(["sessions[0].date"]);
  });
});

describe("the record's shape", () => {
  it("refuses a patient without a weight", () => {
    const { weightKg: _, ...noWeight } = patient;
    expect(fields({ patient: noWeight })).toEqual(["patient.weightKg"]);
  });

  it("refuses a weight outside 25–350 kg", () => {
    expect(issues({ patient: { ...patient, weightKg: 24 } })).toEqual([
      { field: "patient.weightKg", message: "must be at least 25 kg" },
    ]);
  });

  it("refuses an unknown modality and event type", () => {
    expect(
      fields({
        sessions: [{ date: day(0), modality: "ketamine-lozenge", doseMg: 100 }],
        events: [{ date: day(0), type: "weather" }],
      }),
    ).toEqual(["sessions[0].modality", "events[0].type"]);
  });

  it("names the whole record when the input is not an object", () => {
    const parsed = parseRecord("a record", { today });
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.field)).toEqual(["(record)"]);
  });

  it("reports every boundary issue at once", () => {
    expect(
      fields({
        sessions: [iv({ doseMgPerKg: 1.5 }), { date: day(1), modality: "esketamine", doseMg: 57 }],
        measurements: [{ date: day(0), instrument: "MADRS", total: 61 }],
      }),
    ).toEqual(["measurements[0].total", "sessions[0].doseMgPerKg", "sessions[1].doseMg"]);
  });

  it("writes paths with indexes in brackets", () => {
    expect(fieldPath(["sessions", 2, "bloodPressure", "systolic"])).toBe(
      "sessions[2].bloodPressure.systolic",
    );
    expect(fieldPath([])).toBe("(record)");
  });
});

describe("settings", () => {
  it("fills in the defaults", () => {
    expect(parseSettings({})).toEqual({ ok: true, settings: defaultSettings });
    expect(defaultSettings).toMatchObject({
      madrsRemissionMax: 10,
      phq9Response: "fifty-percent",
      bloodPressureHoldSystolic: 140,
      bloodPressureHoldDiastolic: 90,
      doseWeightBasis: "actual",
      discontinueAfterOptimizedTreatments: 8,
      discontinueAfterTreatmentsWithoutTrajectory: 10,
    });
  });

  it("refuses a MADRS remission cut-off above 12, naming the setting", () => {
    const parsed = parseSettings({ madrsRemissionMax: 13 });
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.field)).toEqual(["madrsRemissionMax"]);
  });

  it("accepts madrsRemissionMax 12", () => {
    const parsed = parseSettings({ madrsRemissionMax: 12 });
    expect(parsed.ok && parsed.settings.madrsRemissionMax).toBe(12);
  });
});

describe("as-of dates", () => {
  it("accepts today and earlier", () => {
    expect(parseAsOf(today, today)).toEqual({ ok: true, date: today });
  });

  it("refuses a date not written YYYY-MM-DD", () => {
    expect(parseAsOf("2026-3-1", today)).toMatchObject({ ok: false, issues: [{ field: "asOf" }] });
  });

  it("refuses an impossible date and a future one", () => {
    expect(parseAsOf("2026-02-30", today)).toMatchObject({ ok: false, issues: [{ field: "asOf" }] });
    expect(parseAsOf("2026-03-02", today)).toEqual({
      ok: false,
      issues: [{ field: "asOf", message: `must not be in the future (after ${today})` }],
    });
  });
});
