// The intake's output: staging, screening and the three pathways side by side, ordered transparently (eligible
// first, then by the sum of weighed factors, each shown), with coverage facts and the out-of-pocket estimate.

import type { Finding } from "../assessment.ts";
import type { Coverage, PriceList } from "../coverage/coverage-schema.ts";
import { estimateOutOfPocket, type OutOfPocketEstimate } from "../coverage/estimate.ts";
import { type CssrsRisk, cssrsRisk } from "../instruments/cssrs.ts";
import { type PathwayFacts, pathwayFacts } from "../knowledge/pathway-facts.ts";
import { decisionSeed } from "../knowledge/screening-sources.ts";
import type { ClinicSettings } from "../settings.ts";
import { type Factor, weighFactors } from "./comparison-factors.ts";
import type { IntakeRecord, Priorities } from "./intake-record.ts";
import {
  type ComparedPathway,
  comparedPathways,
  type PathwayScreening,
  screenPathways,
} from "./screening.ts";
import { monthsBetween, type Staging, stageIntake } from "./staging.ts";

export interface PathwayComparison {
  readonly pathway: ComparedPathway;
  readonly rank: number;
  readonly eligible: boolean;
  readonly screening: PathwayScreening;
  readonly facts: PathwayFacts;
  readonly totalHours: number;
  readonly coverage: Coverage | null;
  readonly estimate: OutOfPocketEstimate;
  readonly factors: readonly Factor[];
  /** The sum of the weighed factors, shown beside them; never shown without them. */
  readonly total: number;
}

export interface IntakeAssessment {
  readonly evaluatedOn: string;
  readonly ageYears: number;
  readonly suicideRisk: CssrsRisk | null;
  readonly staging: Staging;
  readonly pathways: readonly PathwayComparison[];
  readonly priorities: Priorities;
  /** How the order was reached, in words. */
  readonly orderRule: string;
  /** Findings that come before any pathway choice (a suicidal crisis), then staging's. */
  readonly findings: readonly Finding[];
}

export interface IntakeInput {
  readonly intake: IntakeRecord;
  readonly birthDate: string;
  readonly settings: ClinicSettings;
  readonly coverage: readonly Coverage[];
  readonly priceList: PriceList | null;
}

const emptyPrices: PriceList = { currency: "USD", effectiveFrom: "1970-01-01", pathways: [] };

function crisisFindings(intake: IntakeRecord, risk: CssrsRisk | null): Finding[] {
  if (risk !== "high" && risk !== "moderate") return [];
  return [
    {
      code: risk === "high" ? "intake-suicide-risk-high" : "intake-suicide-risk-moderate",
      severity: risk === "high" ? "critical" : "warning",
      title:
        risk === "high"
          ? "High suicide risk on the C-SSRS screen"
          : "Moderate suicide risk on the C-SSRS screen",
      detail:
        risk === "high"
          ? "A same-day safety assessment and a safety plan come first; choosing a pathway does not replace crisis care. Rapid-acting options weigh more."
          : "Make a safety plan today; rapid-acting options weigh more in the comparison.",
      evidence: (intake.cssrs?.items ?? []).map((v, i) => ({ field: `cssrs.items[${i}]`, value: v })),
      source: decisionSeed,
    },
  ];
}

export function assessIntake(input: IntakeInput): IntakeAssessment {
  const { intake, settings } = input;
  const staging = stageIntake(intake, settings);
  const ageYears = Math.floor(monthsBetween(input.birthDate, intake.evaluatedOn) / 12);
  const risk = intake.cssrs ? cssrsRisk(intake.cssrs.items) : null;
  const screenings = screenPathways(intake, staging, ageYears);
  const prices = input.priceList ?? emptyPrices;
  const estimates = new Map<ComparedPathway, OutOfPocketEstimate>(
    comparedPathways.map((p) => [
      p,
      estimateOutOfPocket(
        input.coverage.find((c) => c.pathway === p),
        prices,
        { pathway: p, sessions: pathwayFacts[p].inductionSessions },
      ),
    ]),
  );
  const priced = screenings
    .filter((s) => s.eligible)
    .map((s) => estimates.get(s.pathway))
    .flatMap((e) => (e && e.status !== "no-price" ? [e.highCents] : []));
  const cheapestCents = priced.length ? Math.min(...priced) : null;
  const unordered = screenings.map((screening) => {
    const estimate =
      estimates.get(screening.pathway) ??
      estimateOutOfPocket(undefined, prices, { pathway: screening.pathway, sessions: 0 });
    const factors = weighFactors({ intake, staging, risk, screening, estimate, cheapestCents });
    const facts = pathwayFacts[screening.pathway];
    return {
      pathway: screening.pathway,
      eligible: screening.eligible,
      screening,
      facts,
      totalHours: facts.inductionSessions * facts.hoursPerVisit,
      coverage: input.coverage.find((c) => c.pathway === screening.pathway) ?? null,
      estimate,
      factors,
      total: factors.reduce((sum, f) => sum + f.weighted, 0),
    };
  });
  const ordered = [...unordered].sort(
    (a, b) =>
      Number(b.eligible) - Number(a.eligible) ||
      b.total - a.total ||
      comparedPathways.indexOf(a.pathway) - comparedPathways.indexOf(b.pathway),
  );
  return {
    evaluatedOn: intake.evaluatedOn,
    ageYears,
    suicideRisk: risk,
    staging,
    pathways: ordered.map((p, i) => ({ ...p, rank: i + 1 })),
    priorities: intake.priorities,
    orderRule:
      "Pathways without a hard stop come first; among them, the higher sum of weighed factors (contribution × weight) comes first; ties keep the order TMS, esketamine, IV ketamine.",
    findings: [...crisisFindings(intake, risk), ...staging.findings],
  };
}
