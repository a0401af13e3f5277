// Shared course for the safety tests: six tolerated infusions with no response, assessed with lookups.

import { assess } from "./assess.ts";
import type { Assessment } from "./assessment.ts";
import type { PatientRecordInput } from "./record.ts";
import { type ClinicSettings, defaultSettings } from "./settings.ts";
import { build, day, ivCourse, madrs, type SessionInput } from "./test-records.ts";

export const asOf = day(20);

/** Six tolerated standard infusions with no response: a course where escalation is otherwise proposed. */
export function run(
  extra: Partial<PatientRecordInput> & { readonly last?: Partial<SessionInput> } = {},
  settings: ClinicSettings = defaultSettings,
): Assessment {
  const { last = {}, measurements = [], ...rest } = extra;
  return assess(
    build({
      sessions: ivCourse(6, (i) => ({
        dissociation: { instrument: "CADSS", total: 5 },
        bloodPressure: { systolic: 124, diastolic: 78 },
        ...(i === 5 ? last : {}),
      })),
      measurements: [...madrs([0, 36], [7, 33], [14, 33], [17, 33]), ...measurements],
      ...rest,
    }),
    asOf,
    settings,
  );
}

export const finding = (a: Assessment, code: string) => a.findings.find((f) => f.code === code);
export const codes = (a: Assessment) => a.recommendations.map((r) => r.code);
