// Screening per pathway: each item a coded finding with its source. A contraindication (critical) is a hard stop
// with its reason; a caution (warning) goes ahead with care; a requirement (info) is what the pathway asks.

import type { Finding, Severity } from "../assessment.ts";
import type { IntakeRecord } from "./intake-record.ts";
import { screenEsketamine, screenKetamine } from "./screening-ketamine.ts";
import { screenTms } from "./screening-tms.ts";
import type { Staging } from "./staging.ts";

export const comparedPathways = ["tms", "esketamine", "iv-ketamine"] as const;
export type ComparedPathway = (typeof comparedPathways)[number];

export interface PathwayScreening {
  readonly pathway: ComparedPathway;
  readonly eligible: boolean;
  readonly findings: readonly Finding[];
}

const order: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export function screenPathways(intake: IntakeRecord, staging: Staging, ageYears: number): PathwayScreening[] {
  const lists: Record<ComparedPathway, Finding[]> = {
    tms: screenTms(intake),
    esketamine: screenEsketamine(intake, staging, ageYears),
    "iv-ketamine": screenKetamine(intake, staging, ageYears),
  };
  return comparedPathways.map((pathway) => {
    const findings = [...lists[pathway]].sort((a, b) => order[a.severity] - order[b.severity]);
    return { pathway, eligible: !findings.some((f) => f.severity === "critical"), findings };
  });
}
