// Shared lookups for the discontinuation tests: assess a record and read its discontinuation verdict.

import { assess } from "./assess.ts";
import type { Assessment } from "./assessment.ts";
import type { PatientRecordInput } from "./record.ts";
import { type ClinicSettings, defaultSettings } from "./settings.ts";
import { build } from "./test-records.ts";

export function discontinuationOf(
  input: Partial<PatientRecordInput>,
  asOf: string,
  settings: ClinicSettings = defaultSettings,
): Assessment["discontinuation"] {
  return assess(build(input), asOf, settings).discontinuation;
}
export const criteriaOf = (d: Assessment["discontinuation"]) => d.criteria.map((c) => c.criterion);
