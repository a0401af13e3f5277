// Demo patients for the payer and REMS documents: an esketamine course with post-dose observation charted,
// and a candidate for esketamine or TMS whose antidepressant trials carry doses and weeks.

import type { CoverageInput } from "../clinical/index.ts";
import type { Chart, SessionInput } from "./chart.ts";
import { twiceWeekly } from "./chart.ts";
import { type DemoCase, engaged, recurrentSevere } from "./demo-case.ts";
import { daysBefore } from "./demo-dates.ts";

type Observation = NonNullable<SessionInput["observation"]>;

/** Fixed per-session variations, so the observation data differ between sessions but never between runs. */
const doseTimes = ["09:15", "10:30", "09:45", "13:10", "11:20", "09:30"] as const;

/** A complete post-dose record: checks at 40, 80 and 120 minutes, dissociation resolved by 80. */
function fullObservation(i: number, remsPatientId: string): Observation {
  const lift = i % 3;
  return {
    doseTime: doseTimes[i % doseTimes.length] ?? "09:30",
    checks: [
      {
        minutesAfterDose: 40,
        bloodPressure: { systolic: 136 + lift * 3, diastolic: 84 + lift },
        heartRate: 78 + lift * 2,
        spo2: 97,
        sedation: "mild",
        dissociation: true,
      },
      {
        minutesAfterDose: 80,
        bloodPressure: { systolic: 128 + lift, diastolic: 80 },
        heartRate: 74,
        spo2: 98,
        sedation: "none",
        dissociation: false,
      },
      {
        minutesAfterDose: 120,
        bloodPressure: { systolic: 124, diastolic: 78 + lift },
        heartRate: 72,
        spo2: 98,
        sedation: "none",
        dissociation: false,
      },
    ],
    respiratoryDepression: false,
    adverseEvents: i === 1 ? ["Nausea at 30 minutes, settled without treatment"] : [],
    readyToLeaveMinutes: 120 + lift * 5,
    dischargeCriteriaMet: true,
    escortConfirmed: true,
    remsPatientId,
  };
}

/** The latest session, charted in a hurry: one check only partly filled in and no escort recorded. */
function partialObservation(remsPatientId: string): Observation {
  return {
    doseTime: "14:05",
    checks: [
      {
        minutesAfterDose: 40,
        bloodPressure: { systolic: 142, diastolic: 88 },
        sedation: "moderate",
        dissociation: true,
      },
      { minutesAfterDose: 125, bloodPressure: { systolic: 126, diastolic: 80 }, heartRate: 76 },
    ],
    adverseEvents: ["Dizziness on standing at 60 minutes"],
    readyToLeaveMinutes: 135,
    remsPatientId,
  };
}

/** Adds observation data to the last `count` sessions of the chart, the very last one incomplete. */
function observeSessions(c: Chart, count: number, remsPatientId: string): void {
  const first = c.sessions.length - count;
  for (let i = first; i < c.sessions.length; i++) {
    const session = c.sessions[i];
    if (session === undefined) continue;
    const last = i === c.sessions.length - 1;
    c.sessions[i] = {
      ...session,
      observation: last ? partialObservation(remsPatientId) : fullObservation(i - first, remsPatientId),
    };
  }
}

/** Prior treatments with daily doses, so the packet can show which trials were adequate. */
function dosedTrials(c: Chart): void {
  c.priorTreatments.push(
    { type: "antidepressant", name: "sertraline", dailyDoseMg: 150, weeks: 10, outcome: "no-response" },
    {
      type: "antidepressant",
      name: "venlafaxine XR",
      dailyDoseMg: 225,
      weeks: 8,
      outcome: "partial-response",
    },
    { type: "antidepressant", name: "mirtazapine", dailyDoseMg: 15, weeks: 3, outcome: "not-tolerated" },
    { type: "augmentation", name: "aripiprazole", dailyDoseMg: 5, weeks: 8, outcome: "no-response" },
    { type: "psychotherapy", name: "CBT, 14 sessions", weeks: 16, outcome: "partial-response" },
  );
}

const priorAuthorizationStory =
  "Referred for esketamine or TMS: prior authorization and benefits check to prepare";

/** The prior-authorization candidate, and the benefits check a coordinator entered for each pathway. */
export const priorAuthorizationDemo = {
  story: priorAuthorizationStory,
  coverage: (today: string): Record<"esketamine" | "tms", Omit<CoverageInput, "pathway">> => ({
    esketamine: {
      covered: "yes",
      priorAuthRequired: "yes",
      priorAuthStatus: "not-started",
      planName: "Lakeside Mutual PPO (synthetic)",
      deductibleRemainingCents: 75_000,
      coinsurancePercent: 20,
      copayPerVisitCents: 0,
      outOfPocketMaxRemainingCents: 350_000,
      sessionsCovered: 8,
      checkedOn: daysBefore(today, 5),
      notes: "Induction covered once authorized; maintenance needs a second request.",
    },
    tms: {
      covered: "unknown",
      priorAuthRequired: "yes",
      priorAuthStatus: "not-started",
      planName: "Lakeside Mutual PPO (synthetic)",
      deductibleRemainingCents: 75_000,
      coinsurancePercent: 20,
      checkedOn: daysBefore(today, 5),
      notes: "Plan asked for the TMS policy number before it would confirm cover.",
    },
  }),
};

export const documents: readonly DemoCase[] = [
  {
    story: "Esketamine induction with REMS post-dose monitoring charted on the last four sessions",
    sex: "female",
    age: 47,
    weightKg: 70,
    heightCm: 165,
    shows: { classification: "partial-response", recommendations: ["complete-adequate-trial"] },
    chart: (c) => {
      c.history = engaged;
      dosedTrials(c.diagnosis(...recurrentSevere));
      c.medication("venlafaxine XR", "225 mg daily", 420);
      c.event(40, "insurance-covers-esketamine", "Prior authorization approved for eight induction sessions");
      c.course("esketamine", twiceWeekly(24, 7), { dose: [56, 56, 84] });
      observeSessions(c, 4, "RP-DEMO-20417");
      c.madrs([24, 32], [17, 26], [10, 22], [3, 19]);
    },
  },
  {
    story: priorAuthorizationStory,
    sex: "male",
    age: 51,
    weightKg: 83,
    heightCm: 179,
    shows: { classification: "insufficient-data", recommendations: ["measure-outcome"] },
    chart: (c) => {
      c.history = { ...engaged, anxiousDistress: true };
      dosedTrials(c.diagnosis(...recurrentSevere));
      c.medication("venlafaxine XR", "225 mg daily", 300);
      c.medication("aripiprazole", "5 mg daily", 120);
      c.event(10, "note", "Referred by primary care after three antidepressant trials and CBT");
      c.madrs([12, 33], [3, 31]);
      c.scores("PHQ9", [12, 19], [3, 18]);
    },
  },
];
