import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { clinicalBodies, newPatientBody, patientChangesBody } from "./clinical-input.ts";

const today = () => "2026-05-01";
const bodies = clinicalBodies(today);

function issues(schema: z.ZodType, input: unknown): { field: string; message: string }[] {
  const parsed = schema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
}

describe("clinical request bodies", () => {
  it("refuse an IV ketamine dose over 1.0 mg/kg, naming doseMgPerKg", () => {
    const found = issues(bodies.sessions, { date: "2026-04-30", modality: "iv-ketamine", doseMgPerKg: 1.5 });
    expect(found.map((i) => i.field)).toEqual(["doseMgPerKg"]);
  });

  it("accept 1.0 mg/kg exactly", () => {
    expect(
      issues(bodies.sessions, { date: "2026-04-30", modality: "iv-ketamine", doseMgPerKg: 1.0 }),
    ).toEqual([]);
  });

  it("refuse a MADRS total of 61, naming total", () => {
    const found = issues(bodies.measurements, { date: "2026-04-30", instrument: "MADRS", total: 61 });
    expect(found).toEqual([{ field: "total", message: expect.stringMatching(/between 0 and 60/) }]);
  });

  it("refuse dates after today, in the same answer as the other problems", () => {
    const found = issues(bodies.sessions, {
      date: "2026-05-02",
      modality: "iv-ketamine",
      doseMgPerKg: 1.4,
      infusionMinutes: 500,
    });
    expect(found.map((i) => i.field).sort()).toEqual(["date", "doseMgPerKg", "infusionMinutes"]);
    expect(found.find((i) => i.field === "date")?.message).toBe(
      "must not be in the future (after 2026-05-01)",
    );
  });

  it("refuse a medication that ends before it starts, or starts in the future", () => {
    expect(issues(bodies.medications, { name: "lithium", start: "2026-03-01", end: "2026-02-01" })).toEqual([
      { field: "end", message: "must not be before the start date" },
    ]);
    expect(issues(bodies.medications, { name: "lithium", start: "2026-06-01" }).map((i) => i.field)).toEqual([
      "start",
    ]);
  });

  it("check CADSS dissociation scores inside a session", () => {
    const found = issues(bodies.sessions, {
      date: "2026-04-30",
      modality: "iv-ketamine",
      doseMgPerKg: 0.5,
      dissociation: { instrument: "CADSS", total: 500 },
    });
    expect(found.map((i) => i.field)).toEqual(["dissociation.total"]);
  });

  it("refuse a future birth date, and a correction that changes nothing", () => {
    const patient = { givenName: "A", familyName: "B", birthDate: "2030-01-01", sex: "female", weightKg: 70 };
    expect(issues(newPatientBody(today), patient).map((i) => i.field)).toEqual(["birthDate"]);
    expect(issues(patientChangesBody(today), { reason: "typo" })).toEqual([
      { field: "", message: "must change at least one field" },
    ]);
    expect(issues(patientChangesBody(today), { weightKg: 71 }).map((i) => i.field)).toEqual(["reason"]);
  });
});
