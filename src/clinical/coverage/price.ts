// What a plan of sessions costs without insurance, and what a plan allows per session, from the price list.

import type { Modality } from "../protocols/protocol.ts";
import type { PathwayPrice, PriceList } from "./coverage-schema.ts";
import { formatCents } from "./money.ts";

export interface EstimateStep {
  readonly label: string;
  /** The arithmetic, in words and figures. */
  readonly detail: string;
  /** The patient's share from this step, in cents. */
  readonly amountCents: number;
}

export function priceFor(list: PriceList, pathway: Modality): PathwayPrice | undefined {
  return list.pathways.find((p) => p.pathway === pathway);
}

/** Cash price of one session with its extras. */
export function selfPayPerSession(price: PathwayPrice): number {
  return price.extras.reduce((sum, extra) => sum + extra.selfPayCents, price.selfPayPerSessionCents);
}

/** What a plan allows for one session with its extras; self-pay figures stand in where none is entered. */
export function allowedPerSession(price: PathwayPrice): number {
  return price.extras.reduce(
    (sum, extra) => sum + (extra.allowedCents ?? extra.selfPayCents),
    price.allowedPerSessionCents ?? price.selfPayPerSessionCents,
  );
}

export interface Uncovered {
  readonly totalCents: number;
  readonly steps: readonly EstimateStep[];
}

/**
 * The full self-pay price of `sessions` sessions: per session, or the course package plus any sessions past
 * it, whichever is lower (a clinic would not charge more than its own package).
 */
export function uncoveredPrice(price: PathwayPrice, sessions: number): Uncovered {
  const each = selfPayPerSession(price);
  const perSession = each * sessions;
  const extrasText = price.extras.length
    ? ` (${formatCents(price.selfPayPerSessionCents)} + ${price.extras
        .map((e) => `${e.label} ${formatCents(e.selfPayCents)}`)
        .join(" + ")})`
    : "";
  const perSessionStep: EstimateStep = {
    label: "Self-pay, per session",
    detail: `${sessions} × ${formatCents(each)}${extrasText} = ${formatCents(perSession)}`,
    amountCents: perSession,
  };
  if (price.selfPayCourseCents === undefined || price.courseSessions === undefined || sessions === 0) {
    return { totalCents: perSession, steps: [perSessionStep] };
  }
  const beyond = Math.max(0, sessions - price.courseSessions);
  const packaged = price.selfPayCourseCents + beyond * each;
  if (packaged >= perSession) return { totalCents: perSession, steps: [perSessionStep] };
  const beyondText = beyond > 0 ? ` + ${beyond} more × ${formatCents(each)}` : "";
  return {
    totalCents: packaged,
    steps: [
      {
        label: "Self-pay, course package",
        detail: `package of ${price.courseSessions} sessions ${formatCents(price.selfPayCourseCents)}${beyondText} = ${formatCents(packaged)}, less than ${formatCents(perSession)} paid per session`,
        amountCents: packaged,
      },
    ],
  };
}
