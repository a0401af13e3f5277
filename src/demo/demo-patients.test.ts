// The demo cohort parses, and as of today shows every classification and the main optimization paths.

import { describe, expect, it } from "vitest";
import { type Assessment, assess, type PatientRecord, parseRecord } from "../clinical/index.ts";
import { daysBefore } from "./demo-dates.ts";
import { demoPatients } from "./demo-patients.ts";

const today = "2026-11-28";
const patients = demoPatients(today);

function parsed(record: unknown, asOf: string): PatientRecord {
  const result = parseRecord(record, { today: asOf });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.record;
}

const assessed: { mrn: string; a: Assessment }[] = patients.map((p) => ({
  mrn: p.mrn,
  a: assess(parsed(p.record, today), today),
}));
const active = assessed.filter((_, i) => patients[i]?.status === "active");

const requiredCodes = [
  "taper-benzodiazepine",
  "escalate-dose",
  "lower-dose",
  "slower-infusion",
  "switch-route-esketamine",
  "extend-induction",
  "augment-lithium",
  "hold-naltrexone-72h",
  "maintenance-plan",
  "continue-course",
  "complete-adequate-trial",
  "discontinue",
  "consider-alternative-pathways",
  "suicide-risk",
  "blood-pressure-hold",
];

describe("demo patients", () => {
  it("is a clinic of about forty, a few of them inactive, with unique MRNs and names", () => {
    expect(patients.length).toBeGreaterThanOrEqual(38);
    expect(patients.length).toBeLessThanOrEqual(45);
    expect(new Set(patients.map((p) => p.mrn)).size).toBe(patients.length);
    expect(new Set(patients.map((p) => `${p.givenName} ${p.familyName}`)).size).toBe(patients.length);
    expect(patients.every((p) => /^DEMO-\d{4}$/.test(p.mrn))).toBe(true);
    const inactive = patients.filter((p) => p.status === "inactive");
    expect(inactive.length).toBeGreaterThanOrEqual(2);
    expect(inactive.every((p) => p.inactiveReason !== null)).toBe(true);
  });

  it.each(patients.map((p) => [p.mrn, p.story, p] as const))("%s parses: %s", (_mrn, _story, p) => {
    expect(parseRecord(p.record, { today })).toMatchObject({ ok: true });
  });

  it("puts every date on or before today", () => {
    const dates = JSON.stringify(patients).match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    expect(dates.length).toBeGreaterThan(500);
    expect(dates.filter((d) => d > today)).toEqual([]);
  });

  it.each(patients.map((p, i) => [p.mrn, p.story, p, assessed[i]?.a] as const))(
    "%s shows what it was built for: %s",
    (_mrn, _story, p, a) => {
      expect(a?.outcome.classification).toBe(p.shows.classification);
      const codes = a?.recommendations.map((r) => r.code) ?? [];
      expect(codes).toEqual(expect.arrayContaining([...p.shows.recommendations]));
      const findings = a?.findings.map((f) => f.code) ?? [];
      expect(findings).toEqual(expect.arrayContaining([...(p.shows.findings ?? [])]));
    },
  );

  it("covers all five classifications among active patients", () => {
    const seen = new Set(active.map(({ a }) => a.outcome.classification));
    expect([...seen].sort()).toEqual(
      ["insufficient-data", "non-response", "partial-response", "remission", "response"].sort(),
    );
  });

  it("gives the main recommendation codes somewhere in the clinic", () => {
    const codes = new Set(active.flatMap(({ a }) => a.recommendations.map((r) => r.code)));
    expect(requiredCodes.filter((code) => !codes.has(code))).toEqual([]);
    const findings = new Set(active.flatMap(({ a }) => a.findings.map((f) => f.code)));
    expect(findings.has("review-dose-weight-basis")).toBe(true);
  });

  it("covers every modality", () => {
    const modalities = new Set(patients.flatMap((p) => (p.record.sessions ?? []).map((s) => s.modality)));
    expect(modalities.size).toBe(6);
  });

  it("is deterministic for the same today", () => {
    expect(demoPatients(today)).toEqual(patients);
  });

  it("moves with today: every date shifts by the same number of days and nothing else changes", () => {
    const later = "2027-03-15";
    const shift = Math.round((Date.parse(later) - Date.parse(today)) / 86_400_000);
    const moved = JSON.stringify(patients).replace(/\d{4}-\d{2}-\d{2}/g, (d) => daysBefore(d, -shift));
    expect(JSON.parse(moved)).toEqual(demoPatients(later));
    const laterAssessed = demoPatients(later).map((p) => assess(parsed(p.record, later), later));
    expect(laterAssessed.map((a) => a.outcome.classification)).toEqual(
      assessed.map(({ a }) => a.outcome.classification),
    );
  });

  it("refuses a today that is not a real date", () => {
    expect(() => demoPatients("2026-02-30")).toThrow(RangeError);
  });
});
