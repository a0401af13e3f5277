// The intake feature's public face: the re-evaluation schema, staging, screening and the pathway comparison.

export {
  assessIntake,
  type IntakeAssessment,
  type IntakeInput,
  type PathwayComparison,
} from "./comparison.ts";
export type { Factor, FactorId } from "./comparison-factors.ts";
export { factorIds } from "./comparison-factors.ts";
export * from "./intake-record.ts";
export {
  type ComparedPathway,
  comparedPathways,
  type PathwayScreening,
  screenPathways,
} from "./screening.ts";
export { type Staging, type StagingComponent, stageIntake } from "./staging.ts";
export { type JudgedTrial, judgeTrial, type TrialJudgement, type TrialVerdict } from "./trial-judgement.ts";
