// The clinical engine's public face: everything outside src/clinical/ imports from here.

export { assess } from "./assess.ts";
export type * from "./assessment.ts";
export { bodyWeights } from "./body-weight.ts";
export {
  calculateDose,
  type DoseRequest,
  type DoseResult,
  sessionLimitViolations,
  type Violation,
} from "./dose.ts";
export { bandOf, checkMeasurement, instruments } from "./instruments/index.ts";
export type { Instrument, InstrumentId } from "./instruments/instrument.ts";
export type { Source } from "./knowledge/source.ts";
export { knowledgeVersion } from "./knowledge/version.ts";
export {
  type InputIssue,
  type Invalid,
  type ParsedDate,
  type ParsedRecord,
  type ParsedSettings,
  parseAsOf,
  parseRecord,
  parseSettings,
} from "./parse.ts";
export { type Modality, modalities, protocols } from "./protocols/index.ts";
export * from "./record.ts";
export { type ClinicSettings, clinicSettingsSchema, defaultSettings } from "./settings.ts";
