// Shared course builders for the optimization tests: a flat MADRS course, a run of sessions, and lookups.

import { assess } from "./assess.ts";
import type { Assessment, Recommendation } from "./assessment.ts";
import { daysBetween } from "./dates.ts";
import type { PatientRecordInput } from "./record.ts";
import { type ClinicSettings, defaultSettings } from "./settings.ts";
import {
  build,
  day0,
  ivCourse,
  lastDate,
  type MeasurementInput,
  madrs,
  type SessionInput,
} from "./test-records.ts";

export const noStop: ClinicSettings = {
  ...defaultSettings,
  discontinueAfterOptimizedTreatments: 20,
  discontinueAfterTreatmentsWithoutTrajectory: 24,
};

/** MADRS 36 at baseline, then flat at `latest` over the last ten days: no response, no trend. */
export function flat(lastDay: number, latest = 33, baseline = 36): MeasurementInput[] {
  return madrs([0, baseline], [lastDay - 10, latest], [lastDay - 7, latest], [lastDay, latest]);
}

interface Course {
  readonly sessions?: SessionInput[];
  readonly n?: number;
  /** Per-session changes to the standard IV infusion (0.5 mg/kg, 40 minutes, CADSS 5, BP 124/78). */
  readonly change?: (i: number) => Partial<SessionInput>;
  readonly measurements?: MeasurementInput[];
  readonly record?: Partial<PatientRecordInput>;
  readonly settings?: ClinicSettings;
}

/** An adequate IV course (six infusions unless `n` says otherwise) without a response, assessed on its last day. */
export function run({
  n = 6,
  change = () => ({}),
  sessions,
  measurements,
  record = {},
  settings = noStop,
}: Course = {}) {
  const course =
    sessions ??
    ivCourse(n, (i) => ({
      dissociation: { instrument: "CADSS", total: 5 },
      bloodPressure: { systolic: 124, diastolic: 78 },
      ...change(i),
    }));
  const last = lastDate(course);
  const lastDay = daysBetween(day0, last);
  return assess(
    build({ sessions: course, measurements: measurements ?? flat(lastDay), ...record }),
    last,
    settings,
  );
}

export const rec = (a: Assessment, code: string): Recommendation | undefined =>
  a.recommendations.find((r) => r.code === code);
export const codes = (a: Assessment) => a.recommendations.map((r) => r.code);
/** Six standard infusions, then `doses` in order. */
export const thenAt = (...doses: number[]) => ({
  n: 6 + doses.length,
  change: (i: number) => ({
    dissociation: { instrument: "CADSS" as const, total: 5 },
    ...(i >= 6 ? { doseMgPerKg: doses[i - 6] } : {}),
  }),
});
