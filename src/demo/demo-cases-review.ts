// Demo patients whose course cannot be judged yet, was not an adequate trial, or should stop with a next step.

import { twiceWeekly } from "./chart.ts";
import { type DemoCase, engaged, failedTrials, recurrentModerate, recurrentSevere } from "./demo-case.ts";

export const review: readonly DemoCase[] = [
  {
    story: "New referral: baseline ratings only, first infusion not yet booked",
    sex: "female",
    age: 26,
    weightKg: 57,
    heightCm: 160,
    shows: { classification: "insufficient-data", recommendations: ["measure-outcome"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentSevere), 1).medication("sertraline", "100 mg daily", 200);
      c.madrs([2, 33]).phq9Items(2, 20, 0).scores("GAD7", [2, 9]);
    },
  },
  {
    story: "Mid-induction: three IV infusions, only the baseline MADRS so far",
    sex: "male",
    age: 40,
    weightKg: 83,
    heightCm: 182,
    shows: {
      classification: "insufficient-data",
      recommendations: ["measure-outcome", "complete-adequate-trial", "continue-course"],
    },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentModerate), 0);
      c.course("iv-ketamine", [6, 3, 0]);
      c.madrs([6, 31]);
    },
  },
  {
    story: "Too few infusions to judge: one stopped when the IV line infiltrated, then a 10-day gap",
    sex: "female",
    age: 52,
    weightKg: 69,
    heightCm: 158,
    shows: {
      classification: "non-response",
      recommendations: ["complete-adequate-trial", "verify-treatment-delivery"],
    },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentSevere), 2);
      c.course("iv-ketamine", [24]);
      c.course("iv-ketamine", [20], {
        completed: false,
        interrupted: true,
        interruptionReason: "IV line infiltrated; infusion stopped at 10 minutes",
      });
      c.course("iv-ketamine", [10]);
      c.madrs([24, 30], [10, 27]);
    },
  },
  {
    story: "Esketamine kept at 56 mg for eight sessions: not an adequate trial until 84 mg",
    sex: "male",
    age: 58,
    weightKg: 80,
    heightCm: 171,
    shows: { classification: "non-response", recommendations: ["complete-adequate-trial", "escalate-dose"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentModerate), 1).medication("venlafaxine XR", "225 mg daily", 500);
      c.course("esketamine", twiceWeekly(27, 8), { dose: 56 });
      c.madrs([27, 30], [17, 27], [10, 26], [3, 25]);
      c.event(24, "note", "Nausea after the first dose; kept at 56 mg");
    },
  },
  {
    story: "Seed 003 case 3: twelve treatments, escalation, lithium and IM, plateau near 30%: discontinue",
    sex: "male",
    age: 52,
    weightKg: 92,
    heightCm: 178,
    shows: {
      classification: "partial-response",
      recommendations: ["discontinue", "consider-alternative-pathways"],
    },
    chart: (c) => {
      c.history = {
        ...engaged,
        chronicPain: true,
        comorbidities: ["chronic-pain", "personality-disorder"],
        perpetuatingFactors: ["psychosocial-stressors"],
      };
      c.diagnosis(...recurrentModerate)
        .diagnosis("F34.1", "Dysthymic disorder")
        .prior("antidepressant", "fluoxetine", "no-response", 12)
        .prior("antidepressant", "duloxetine", "no-response", 10)
        .prior("antidepressant", "nortriptyline", "not-tolerated", 8)
        .medication("divalproex", "500 mg twice daily", 1200)
        .medication("lithium carbonate", "300 mg twice daily", 10);
      c.course("iv-ketamine", twiceWeekly(38, 6), { cadss: [5, 8] });
      c.course("iv-ketamine", twiceWeekly(17, 4), { dose: 0.75, cadss: [9, 12] });
      c.course("im-ketamine", [3, 0], { dose: 0.75, cadss: [8, 10] });
      c.madrs([38, 34], [21, 24], [14, 24], [7, 23], [0, 24]);
      c.event(7, "note", "Patient tired of the treatment schedule");
    },
  },
  {
    story: "Ten infusions up to 0.75 mg/kg, MADRS 32 → 27: clear non-response, discontinue",
    sex: "female",
    age: 47,
    weightKg: 71,
    heightCm: 166,
    shows: {
      classification: "non-response",
      recommendations: ["discontinue", "consider-alternative-pathways"],
    },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentSevere), 0);
      c.course("iv-ketamine", twiceWeekly(45, 6));
      c.course("iv-ketamine", twiceWeekly(24, 2), { dose: 0.6 });
      c.course("iv-ketamine", twiceWeekly(17, 2), { dose: 0.75, cadss: [6, 10] });
      c.madrs([45, 32], [35, 29], [28, 28], [21, 28], [14, 27]);
    },
  },
  {
    story: "Partial response, but the patient chose to stop: a 90-minute drive each way",
    sex: "male",
    age: 37,
    weightKg: 76,
    heightCm: 180,
    shows: {
      classification: "partial-response",
      recommendations: ["discontinue", "consider-alternative-pathways"],
    },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentModerate), 2);
      c.course("iv-ketamine", twiceWeekly(30, 6));
      c.madrs([30, 29], [20, 22], [13, 20]);
      c.event(15, "access-barrier", "90-minute drive each way");
      c.event(8, "patient-preference", "Decided to stop; would like to try TMS nearer home");
    },
  },
  {
    story: "Vomiting after every infusion despite ondansetron: stopped for side effects",
    sex: "female",
    age: 43,
    weightKg: 59,
    heightCm: 164,
    shows: { classification: "non-response", recommendations: ["discontinue"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentSevere), 1).medication("ondansetron", "4 mg before infusions", 20);
      c.course("iv-ketamine", twiceWeekly(20, 4), { sideEffects: ["nausea", "vomiting"] });
      c.madrs([20, 29], [10, 25]);
      c.event(8, "intolerable-side-effects", "Vomiting after every infusion despite ondansetron");
    },
  },
];
