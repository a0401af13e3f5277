// The insured arithmetic, session by session: deductible first, then coinsurance and copay, capped at the
// out-of-pocket maximum; sessions past the plan's limit are self-pay. Runs of equal sessions become one step.

import { formatCents, percentOf } from "./money.ts";
import type { EstimateStep } from "./price.ts";

/** Plan terms with every gap already filled (Infinity for "no limit"). */
export interface PlanTerms {
  readonly deductibleRemainingCents: number;
  readonly coinsurancePercent: number;
  readonly copayPerVisitCents: number;
  readonly outOfPocketMaxRemainingCents: number;
  readonly sessionsCovered: number;
}

interface SessionShare {
  readonly kind: "covered" | "beyond-limit";
  readonly deductible: number;
  readonly coinsurance: number;
  readonly copay: number;
  /** Cut by the out-of-pocket maximum, in cents (0 when the cap did not bite). */
  readonly capped: number;
  readonly share: number;
}

function sameShare(a: SessionShare, b: SessionShare): boolean {
  return (
    a.kind === b.kind &&
    a.deductible === b.deductible &&
    a.coinsurance === b.coinsurance &&
    a.copay === b.copay &&
    a.capped === b.capped &&
    a.share === b.share
  );
}

function describe(s: SessionShare, terms: PlanTerms, allowed: number, selfPay: number): string {
  if (s.kind === "beyond-limit")
    return `past the ${terms.sessionsCovered} sessions the plan covers: self-pay ${formatCents(selfPay)}`;
  const parts = [`allowed ${formatCents(allowed)}`];
  if (s.deductible > 0) parts.push(`deductible ${formatCents(s.deductible)}`);
  if (s.coinsurance > 0) {
    parts.push(
      `${terms.coinsurancePercent}% coinsurance on ${formatCents(allowed - s.deductible)} = ${formatCents(s.coinsurance)}`,
    );
  }
  if (s.copay > 0) parts.push(`copay ${formatCents(s.copay)}`);
  if (s.capped > 0) parts.push(`out-of-pocket maximum reached, ${formatCents(s.capped)} not charged`);
  return `${parts.join("; ")}; patient pays ${formatCents(s.share)}`;
}

export interface Walk {
  readonly totalCents: number;
  readonly steps: readonly EstimateStep[];
}

export function insuredWalk(terms: PlanTerms, allowed: number, selfPay: number, sessions: number): Walk {
  let deductibleLeft = terms.deductibleRemainingCents;
  let capLeft = terms.outOfPocketMaxRemainingCents;
  const shares: SessionShare[] = [];
  for (let i = 1; i <= sessions; i++) {
    if (i > terms.sessionsCovered) {
      shares.push({
        kind: "beyond-limit",
        deductible: 0,
        coinsurance: 0,
        copay: 0,
        capped: 0,
        share: selfPay,
      });
      continue;
    }
    const deductible = Math.min(allowed, deductibleLeft);
    deductibleLeft -= deductible;
    const rest = allowed - deductible;
    const coinsurance = percentOf(rest, terms.coinsurancePercent);
    // A copay never takes the patient's share past what the plan allows for the visit.
    const copay = Math.min(terms.copayPerVisitCents, rest - coinsurance);
    const before = deductible + coinsurance + copay;
    const share = Math.min(before, capLeft);
    capLeft -= share;
    shares.push({ kind: "covered", deductible, coinsurance, copay, capped: before - share, share });
  }
  const steps: EstimateStep[] = [];
  let start = 0;
  for (let i = 1; i <= shares.length; i++) {
    const first = shares[start];
    const current = shares[i];
    if (first === undefined) break;
    if (current !== undefined && sameShare(first, current)) continue;
    const count = i - start;
    const label = count === 1 ? `Session ${start + 1}` : `Sessions ${start + 1}–${i}`;
    const each = describe(first, terms, allowed, selfPay);
    steps.push({
      label,
      detail:
        count === 1
          ? each
          : `each: ${each}; ${count} × ${formatCents(first.share)} = ${formatCents(count * first.share)}`,
      amountCents: count * first.share,
    });
    start = i;
  }
  return { totalCents: shares.reduce((sum, s) => sum + s.share, 0), steps };
}
