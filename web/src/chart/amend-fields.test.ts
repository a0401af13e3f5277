import { describe, expect, it } from "vitest";
import { amendFields, correctedRow, readField } from "./amend-fields.ts";
import { changes } from "./amendment-note.tsx";

const session = {
  date: "2026-11-02",
  modality: "esketamine" as const,
  doseMg: 56,
  completed: true,
  sideEffects: ["nausea"],
  bloodPressure: { systolic: 128, diastolic: 80 },
};

describe("correcting a row's fields", () => {
  const fields = amendFields("sessions", session);
  const values = (change: Record<string, string>) => ({
    ...Object.fromEntries(fields.map((f) => [f.path, readField(session, f)])),
    ...change,
  });

  it("offers the fields of the session's modality", () => {
    expect(fields.map((f) => f.path)).toEqual([
      "date",
      "doseMg",
      "bloodPressure.systolic",
      "bloodPressure.diastolic",
      "dissociation.total",
      "recoveryMinutes",
      "sideEffects",
    ]);
    expect(amendFields("sessions", { ...session, modality: "tms" }).map((f) => f.path)).toContain(
      "motorThresholdPercentOutput",
    );
  });

  it("leaves an untouched row as it was", () => {
    expect(correctedRow(session, fields, values({}))).toEqual(session);
  });

  it("writes numbers, lists and nested values, and drops an emptied pair", () => {
    const corrected = correctedRow(
      session,
      fields,
      values({
        doseMg: "84",
        sideEffects: "nausea, headache",
        "bloodPressure.systolic": "",
        "bloodPressure.diastolic": "",
      }),
    );
    expect(corrected).toEqual({
      ...session,
      doseMg: 84,
      sideEffects: ["nausea", "headache"],
      bloodPressure: undefined,
    });
    expect(corrected).not.toHaveProperty("bloodPressure");
  });

  it("names CADSS when a total is added to a session without one", () => {
    expect(correctedRow(session, fields, values({ "dissociation.total": "12" }))).toMatchObject({
      dissociation: { instrument: "CADSS", total: 12 },
    });
  });

  it("keeps an itemised score's total read-only", () => {
    const total = amendFields("measurements", {
      date: "2026-11-02",
      instrument: "MADRS",
      items: [1, 2],
    }).find((f) => f.path === "total");
    expect(total?.readOnly).toBe(true);
  });
});

describe("what an amendment changed", () => {
  it("lists each changed leaf with its before and after", () => {
    expect(changes({ ...session, doseMg: 56 }, { ...session, doseMg: 84, sideEffects: [] })).toEqual([
      { path: "doseMg", before: "56", after: "84" },
      { path: "sideEffects", before: "nausea", after: "" },
    ]);
  });
});
