// Demo intake data: the clinic's price list, and a re-evaluation with benefits checks for the candidate patient
// who is weighing esketamine, TMS and IV ketamine. Synthetic figures; stored through the intake scope.

import {
  type CoverageInput,
  coverageSchema,
  type IntakeRecordInput,
  intakeRecordSchema,
  type PriceListInput,
  priceListSchema,
} from "../clinical/index.ts";
import type { ClinicScope } from "../store/index.ts";
import { priorAuthorizationDemo } from "./demo-cases-documents.ts";
import { daysBefore } from "./demo-dates.ts";
import { demoPatients } from "./demo-patients.ts";

export function demoPriceList(today: string): PriceListInput {
  return {
    effectiveFrom: daysBefore(today, 90),
    pathways: [
      {
        pathway: "tms",
        selfPayPerSessionCents: 30_000,
        allowedPerSessionCents: 22_000,
        selfPayCourseCents: 750_000,
        courseSessions: 36,
      },
      {
        pathway: "esketamine",
        selfPayPerSessionCents: 35_000,
        allowedPerSessionCents: 28_000,
        extras: [
          {
            label: "Esketamine nasal spray (drug)",
            code: "S0013",
            selfPayCents: 65_000,
            allowedCents: 55_000,
          },
        ],
      },
      {
        pathway: "iv-ketamine",
        selfPayPerSessionCents: 50_000,
        selfPayCourseCents: 270_000,
        courseSessions: 6,
      },
    ],
  };
}

/** The candidate's re-evaluation: three adequate failed trials, an augmentation, no contraindication. */
export function demoIntake(today: string): IntakeRecordInput {
  return {
    evaluatedOn: daysBefore(today, 3),
    diagnosis: {
      code: "F33.2",
      display: "Major depressive disorder, recurrent, severe without psychotic features",
      confidence: "confirmed",
      episodeStart: daysBefore(today, 560),
      severity: "severe",
    },
    coOccurring: ["anxiety"],
    treatments: [
      {
        type: "antidepressant",
        name: "Sertraline",
        dailyDoseMg: 150,
        weeks: 10,
        outcome: "no-response",
        tolerability: "well-tolerated",
      },
      {
        type: "antidepressant",
        name: "Venlafaxine XR",
        dailyDoseMg: 225,
        weeks: 8,
        outcome: "partial-response",
        tolerability: "side-effects",
      },
      {
        type: "antidepressant",
        name: "Mirtazapine",
        dailyDoseMg: 15,
        weeks: 3,
        outcome: "not-tolerated",
        tolerability: "stopped-for-side-effects",
      },
      { type: "augmentation", name: "Aripiprazole", dailyDoseMg: 5, weeks: 8, outcome: "no-response" },
      { type: "psychotherapy", name: "CBT, 14 sessions", weeks: 16, outcome: "partial-response" },
    ],
    cssrs: { date: daysBefore(today, 3), items: [1, 0, 0, 0, 0, 0] },
    medical: { hypertension: "controlled" },
    contributors: {
      sleep: "being-addressed",
      thyroid: "not-a-factor",
      substances: "not-a-factor",
      interactingMedications: "addressed",
    },
    practical: {
      canAttendDaily: false,
      canStayTwoHours: true,
      hasDriver: true,
      travelMinutes: 35,
      schedule: "Works weekdays 8–4; mornings off on Tuesdays and Fridays",
    },
    preferences: { dissociation: "unsure", medication: "no-preference", needles: "fine", speed: "important" },
    priorities: { speed: 2, timeBurden: 2, cost: 1, preference: 1 },
  };
}

export function demoCoverage(today: string): CoverageInput[] {
  const facts = priorAuthorizationDemo.coverage(today);
  return [
    { pathway: "esketamine", ...facts.esketamine },
    { pathway: "tms", ...facts.tms },
    {
      pathway: "iv-ketamine",
      covered: "no",
      priorAuthRequired: "no",
      priorAuthStatus: "not-needed",
      checkedOn: daysBefore(today, 5),
      notes: "Plan lists ketamine for depression as investigational",
    },
  ];
}

/** Stores the price list, and the candidate's intake and coverage facts; `ids` maps each demo MRN to its patient id. */
export async function seedDemoIntake(
  scope: ClinicScope,
  today: string,
  ids: ReadonlyMap<string, string>,
): Promise<void> {
  await scope.intake.savePriceList(priceListSchema.parse(demoPriceList(today)), null);
  const candidate = demoPatients(today).find((p) => p.story === priorAuthorizationDemo.story);
  const patientId = candidate === undefined ? undefined : ids.get(candidate.mrn);
  if (patientId === undefined) return;
  await scope.intake.saveIntake(patientId, intakeRecordSchema.parse(demoIntake(today)), {
    kind: "new-evaluation",
    reason: null,
    expectedVersion: 0,
  });
  for (const c of demoCoverage(today)) await scope.intake.saveCoverage(patientId, coverageSchema.parse(c));
}
