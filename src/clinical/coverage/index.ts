// Coverage facts, the clinic's price list and the out-of-pocket estimate: the coverage feature's public face.

export * from "./coverage-schema.ts";
export {
  type CoverageStatus,
  type EstimatePlan,
  estimateOutOfPocket,
  type OutOfPocketEstimate,
} from "./estimate.ts";
export type { Walk } from "./insured-walk.ts";
export { formatCents } from "./money.ts";
export type { EstimateStep } from "./price.ts";
