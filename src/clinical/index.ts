// The clinical engine's public face: everything outside src/clinical/ imports from here.

export { assess } from "./assess.ts";
export type * from "./assessment.ts";
export { bodyWeights } from "./body-weight.ts";
export * from "./coverage/index.ts";
export {
  calculateDose,
  type DoseRequest,
  type DoseResult,
  sessionLimitViolations,
  type Violation,
} from "./dose.ts";
export { bandOf, checkMeasurement, instrumentShortNames, instruments } from "./instruments/index.ts";
export type { Instrument, InstrumentId } from "./instruments/instrument.ts";
export * from "./intake/index.ts";
export {
  type Language,
  languages,
  type ScaleWording,
  scaleWordings,
  type Wording,
} from "./knowledge/self-report-wording.ts";
export type { Source } from "./knowledge/source.ts";
export { knowledgeVersion } from "./knowledge/version.ts";
export * from "./observation.ts";
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
export { type Modality, modalities, protocols, tmsProtocols } from "./protocols/index.ts";
export * from "./record.ts";
export {
  type Attention,
  type AttentionItem,
  attentionOf,
  compareAttention,
} from "./self-report-attention.ts";
export {
  answerProblem,
  formsNotIn,
  knownForms,
  preSessionOf,
  questionsFor,
  type SelfReportAnswers,
  type SelfReportForm,
  type SelfReportQuestion,
  selfReportForms,
  toMeasurements,
  unanswered,
} from "./self-report-forms.ts";
export { type PreSession, preSessionQuestions, preSessionValues } from "./self-report-presession.ts";
export { type PatientProgress, patientProgress } from "./self-report-progress.ts";
export {
  type DueSelfReport,
  dueSelfReports,
  type ScheduleInput,
  type SchedulePoint,
} from "./self-report-schedule.ts";
export {
  needsCrisisResources,
  type SelfReportSignal,
  type SignalKind,
  selfReportSignals,
} from "./self-report-signals.ts";
export { type ClinicSettings, clinicSettingsSchema, defaultSettings } from "./settings.ts";
