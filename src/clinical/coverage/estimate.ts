// The patient's estimated out-of-pocket cost for a planned course, with every step of the arithmetic shown.
// Covered: deductible, then coinsurance/copay, capped at the out-of-pocket maximum. Not covered: full price.
// Unknown or incomplete facts: a range from the kindest to the harshest reading, flagged as such.

import type { Modality } from "../protocols/protocol.ts";
import type { Coverage, PriceList } from "./coverage-schema.ts";
import { insuredWalk, type PlanTerms, type Walk } from "./insured-walk.ts";
import { formatCents } from "./money.ts";
import {
  allowedPerSession,
  type EstimateStep,
  priceFor,
  selfPayPerSession,
  uncoveredPrice,
} from "./price.ts";

export interface EstimatePlan {
  readonly pathway: Modality;
  readonly sessions: number;
}

export type CoverageStatus = "covered" | "not-covered" | "unknown" | "not-checked";

export type OutOfPocketEstimate =
  | {
      readonly status: "estimate" | "range";
      readonly pathway: Modality;
      readonly sessions: number;
      readonly coverageStatus: CoverageStatus;
      /** Equal when status is "estimate". */
      readonly lowCents: number;
      readonly highCents: number;
      /** The full self-pay price of the plan: no estimate is ever above it. */
      readonly uncoveredCents: number;
      readonly low: Walk;
      readonly high: Walk;
      /** What the figures take for granted, in words. */
      readonly assumptions: readonly string[];
    }
  | {
      readonly status: "no-price";
      readonly pathway: Modality;
      readonly sessions: number;
      readonly coverageStatus: CoverageStatus;
      readonly assumptions: readonly string[];
    };

function coverageStatusOf(coverage: Coverage | undefined): CoverageStatus {
  if (coverage === undefined) return "not-checked";
  if (coverage.covered === "no" || coverage.priorAuthStatus === "denied") return "not-covered";
  return coverage.covered === "yes" ? "covered" : "unknown";
}

/** Self-pay is never beaten by the insured figure: a patient can always choose the cash price. */
function capAtUncovered(walk: Walk, uncovered: Walk): Walk {
  if (walk.totalCents <= uncovered.totalCents) return walk;
  const step: EstimateStep = {
    label: "Self-pay is lower",
    detail: `the insured figure ${formatCents(walk.totalCents)} is above the self-pay price ${formatCents(uncovered.totalCents)}, so the self-pay price is the estimate`,
    amountCents: uncovered.totalCents,
  };
  return { totalCents: uncovered.totalCents, steps: [...walk.steps, step] };
}

interface Readings {
  readonly kind: PlanTerms;
  readonly harsh: PlanTerms;
  readonly assumptions: string[];
}

/** Fill each missing figure twice: the kindest reading for the low bound, the harshest for the high. */
function readings(coverage: Coverage | undefined): Readings {
  const assumptions: string[] = [];
  const c = coverage;
  const noCostShare = c?.coinsurancePercent === undefined && c?.copayPerVisitCents === undefined;
  if (c?.deductibleRemainingCents === undefined) {
    assumptions.push(
      "Deductible remaining not entered: low figure assumes none is left, high figure that all of it is.",
    );
  }
  if (noCostShare) {
    assumptions.push(
      "Neither coinsurance nor copay entered: low figure assumes none, high figure that the patient pays in full.",
    );
  } else if (c?.coinsurancePercent === undefined) {
    assumptions.push("No coinsurance entered: taken as 0%.");
  } else if (c.copayPerVisitCents === undefined) {
    assumptions.push("No copay entered: taken as none.");
  }
  if (c?.outOfPocketMaxRemainingCents === undefined) {
    assumptions.push("Out-of-pocket maximum remaining not entered: no cap applied.");
  }
  if (c?.sessionsCovered === undefined) {
    assumptions.push("Number of covered sessions not entered: all planned sessions taken as covered.");
  }
  const common = {
    copayPerVisitCents: c?.copayPerVisitCents ?? 0,
    outOfPocketMaxRemainingCents: c?.outOfPocketMaxRemainingCents ?? Number.POSITIVE_INFINITY,
    sessionsCovered: c?.sessionsCovered ?? Number.POSITIVE_INFINITY,
  };
  return {
    kind: {
      ...common,
      deductibleRemainingCents: c?.deductibleRemainingCents ?? 0,
      coinsurancePercent: c?.coinsurancePercent ?? 0,
    },
    harsh: {
      ...common,
      deductibleRemainingCents: c?.deductibleRemainingCents ?? Number.POSITIVE_INFINITY,
      coinsurancePercent: c?.coinsurancePercent ?? (noCostShare ? 100 : 0),
    },
    assumptions,
  };
}

export function estimateOutOfPocket(
  coverage: Coverage | undefined,
  priceList: PriceList,
  plan: EstimatePlan,
): OutOfPocketEstimate {
  const sessions = Math.max(0, Math.floor(plan.sessions));
  const coverageStatus = coverageStatusOf(coverage);
  const price = priceFor(priceList, plan.pathway);
  if (price === undefined) {
    return {
      status: "no-price",
      pathway: plan.pathway,
      sessions,
      coverageStatus,
      assumptions: ["The clinic's price list has no price for this pathway yet."],
    };
  }
  const uncovered = uncoveredPrice(price, sessions);
  const uncoveredWalk: Walk = { totalCents: uncovered.totalCents, steps: uncovered.steps };
  const base = { pathway: plan.pathway, sessions, coverageStatus, uncoveredCents: uncovered.totalCents };

  if (coverageStatus === "not-covered") {
    const why =
      coverage?.priorAuthStatus === "denied"
        ? "The prior authorization was denied, so the full self-pay price applies unless an appeal succeeds."
        : "The plan does not cover this pathway, so the full self-pay price applies.";
    return {
      ...base,
      status: "estimate",
      lowCents: uncovered.totalCents,
      highCents: uncovered.totalCents,
      low: uncoveredWalk,
      high: uncoveredWalk,
      assumptions: [why],
    };
  }

  const { kind, harsh, assumptions } = readings(coverage);
  const allowed = allowedPerSession(price);
  const selfPay = selfPayPerSession(price);
  const low = capAtUncovered(insuredWalk(kind, allowed, selfPay, sessions), uncoveredWalk);
  if (coverageStatus === "covered") {
    const high = capAtUncovered(insuredWalk(harsh, allowed, selfPay, sessions), uncoveredWalk);
    if (
      coverage !== undefined &&
      coverage.priorAuthRequired !== "no" &&
      coverage.priorAuthStatus !== "approved"
    ) {
      assumptions.push("Assumes the prior authorization is approved; without it the self-pay price applies.");
    }
    const status = low.totalCents === high.totalCents ? "estimate" : "range";
    return { ...base, status, lowCents: low.totalCents, highCents: high.totalCents, low, high, assumptions };
  }
  const why =
    coverageStatus === "not-checked"
      ? "No benefits check is recorded for this pathway: the cost lies between the insured figure and the full self-pay price."
      : "The benefits check could not say whether this pathway is covered: the cost lies between the insured figure and the full self-pay price.";
  return {
    ...base,
    status: "range",
    lowCents: low.totalCents,
    highCents: uncovered.totalCents,
    low,
    high: uncoveredWalk,
    assumptions: [why, ...assumptions],
  };
}
