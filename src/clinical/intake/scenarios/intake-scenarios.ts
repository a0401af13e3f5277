// Named intake scenarios with the eligibility and ordering a clinician would expect, shared by the engine tests.
// Synthetic patients: a base adult with two adequate failed trials, varied one fact at a time.

import type { CoverageInput, PriceListInput } from "../../coverage/coverage-schema.ts";
import { samplePriceList } from "../../coverage/sample-price-list.ts";
import type { IntakeRecordInput } from "../intake-record.ts";
import type { ComparedPathway } from "../screening.ts";

export interface IntakeScenario {
  readonly name: string;
  readonly intake: IntakeRecordInput;
  readonly expect: {
    readonly eligible: Readonly<Record<ComparedPathway, boolean>>;
    readonly order: readonly ComparedPathway[];
    readonly adequateFailedTrials: number;
    readonly treatmentResistant: boolean;
    /** Finding codes that must appear (in screening or the intake's own findings). */
    readonly codes: readonly string[];
  };
}

export const scenarioBirthDate = "1981-03-14";

/** The clinic's synthetic price list, shared with the estimate's own tests. */
export const scenarioPrices: PriceListInput = samplePriceList;

const plan = {
  planName: "Synthetic Health PPO",
  deductibleRemainingCents: 50000,
  coinsurancePercent: 20,
  copayPerVisitCents: 0,
  outOfPocketMaxRemainingCents: 300000,
  checkedOn: "2026-10-20",
};
export const scenarioCoverage: readonly CoverageInput[] = [
  {
    pathway: "tms",
    covered: "yes",
    priorAuthRequired: "yes",
    priorAuthStatus: "not-started",
    sessionsCovered: 36,
    ...plan,
  },
  {
    pathway: "esketamine",
    covered: "yes",
    priorAuthRequired: "yes",
    priorAuthStatus: "not-started",
    sessionsCovered: 24,
    ...plan,
  },
  {
    pathway: "iv-ketamine",
    covered: "no",
    checkedOn: "2026-10-20",
    notes: "Plan treats it as investigational",
  },
];

export const baseIntake: IntakeRecordInput = {
  evaluatedOn: "2026-11-02",
  diagnosis: {
    code: "F33.2",
    display: "Major depressive disorder, recurrent",
    confidence: "confirmed",
    episodeStart: "2025-05-01",
    severity: "moderate",
  },
  coOccurring: ["anxiety"],
  treatments: [
    {
      type: "antidepressant",
      name: "Sertraline",
      dailyDoseMg: 150,
      weeks: 8,
      outcome: "no-response",
      tolerability: "well-tolerated",
    },
    {
      type: "antidepressant",
      name: "Venlafaxine XR",
      dailyDoseMg: 225,
      weeks: 10,
      outcome: "partial-response",
      tolerability: "side-effects",
    },
    { type: "psychotherapy", name: "CBT, 16 sessions", outcome: "partial-response" },
  ],
  cssrs: { date: "2026-11-02", items: [1, 0, 0, 0, 0, 0] },
  medical: {},
  contributors: {
    sleep: "addressed",
    thyroid: "not-a-factor",
    substances: "not-a-factor",
    interactingMedications: "addressed",
  },
  practical: { canAttendDaily: true, canStayTwoHours: true, hasDriver: true, travelMinutes: 20 },
  preferences: {},
  priorities: {},
};

const all = { tms: true, esketamine: true, "iv-ketamine": true } as const;

export const intakeScenarios: readonly IntakeScenario[] = [
  {
    name: "two adequate failed trials",
    intake: baseIntake,
    expect: {
      eligible: all,
      order: ["esketamine", "tms", "iv-ketamine"],
      adequateFailedTrials: 2,
      treatmentResistant: true,
      codes: ["intake-trd-met", "esketamine-label-met", "ketamine-off-label"],
    },
  },
  {
    name: "only one adequate failed trial",
    intake: {
      ...baseIntake,
      cssrs: { date: "2026-11-02", items: [0, 0, 0, 0, 0, 0] },
      treatments: [
        { type: "antidepressant", name: "Sertraline", dailyDoseMg: 150, weeks: 8, outcome: "no-response" },
        { type: "antidepressant", name: "Escitalopram", dailyDoseMg: 5, weeks: 8, outcome: "no-response" },
      ],
    },
    expect: {
      eligible: { tms: true, esketamine: false, "iv-ketamine": true },
      order: ["tms", "iv-ketamine", "esketamine"],
      adequateFailedTrials: 1,
      treatmentResistant: false,
      codes: ["intake-trd-not-met", "esketamine-label-indication"],
    },
  },
  {
    name: "pacemaker without clearance",
    intake: { ...baseIntake, medical: { implantedDevices: ["cardiac-pacemaker-or-icd"] } },
    expect: {
      eligible: { ...all, tms: false },
      order: ["esketamine", "iv-ketamine", "tms"],
      adequateFailedTrials: 2,
      treatmentResistant: true,
      codes: ["tms-implanted-device"],
    },
  },
  {
    name: "aneurysm history",
    intake: { ...baseIntake, medical: { aneurysmalVascularDisease: true } },
    expect: {
      eligible: { tms: true, esketamine: false, "iv-ketamine": false },
      order: ["tms", "esketamine", "iv-ketamine"],
      adequateFailedTrials: 2,
      treatmentResistant: true,
      codes: ["esketamine-aneurysm", "ketamine-aneurysm"],
    },
  },
  {
    name: "acute suicidal crisis",
    intake: {
      ...baseIntake,
      diagnosis: { ...baseIntake.diagnosis, severity: "severe" },
      cssrs: { date: "2026-11-02", items: [1, 1, 1, 1, 0, 0] },
    },
    expect: {
      eligible: all,
      order: ["esketamine", "iv-ketamine", "tms"],
      adequateFailedTrials: 2,
      treatmentResistant: true,
      codes: ["intake-suicide-risk-high"],
    },
  },
  {
    name: "cannot attend daily",
    intake: { ...baseIntake, practical: { ...baseIntake.practical, canAttendDaily: false } },
    expect: {
      eligible: all,
      order: ["esketamine", "iv-ketamine", "tms"],
      adequateFailedTrials: 2,
      treatmentResistant: true,
      codes: ["tms-daily-visits"],
    },
  },
];
