// Running the intake assessment on a scenario's intake with the shared synthetic coverage and prices, for tests.

import { coverageSchema, priceListSchema } from "../../coverage/coverage-schema.ts";
import { defaultSettings } from "../../settings.ts";
import { assessIntake, type IntakeAssessment } from "../comparison.ts";
import { type IntakeRecordInput, intakeRecordSchema } from "../intake-record.ts";
import { scenarioBirthDate, scenarioCoverage, scenarioPrices } from "./intake-scenarios.ts";

const priceList = priceListSchema.parse(scenarioPrices);
const coverage = scenarioCoverage.map((c) => coverageSchema.parse(c));

/** The assessment of `intake`; without prices, no coverage or price list at all. */
export function assessScenario(intake: IntakeRecordInput, withPrices = true): IntakeAssessment {
  return assessIntake({
    intake: intakeRecordSchema.parse(intake),
    birthDate: scenarioBirthDate,
    settings: defaultSettings,
    coverage: withPrices ? coverage : [],
    priceList: withPrices ? priceList : null,
  });
}
