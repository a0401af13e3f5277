// Demo patients with a safety signal or mid-course, and the clinic's former (inactive) patients.

import { twiceWeekly, weekdays } from "./chart.ts";
import { type DemoCase, engaged, failedTrials, recurrentModerate, recurrentSevere } from "./demo-case.ts";

export const safety: readonly DemoCase[] = [
  {
    story: "PHQ-9 item 9 positive mid-induction on esketamine: see today",
    sex: "female",
    age: 23,
    weightKg: 54,
    heightCm: 162,
    shows: {
      classification: "partial-response",
      recommendations: ["suicide-risk", "complete-adequate-trial"],
    },
    chart: (c) => {
      c.history = { ...engaged, socialSupport: false };
      failedTrials(c.diagnosis(...recurrentSevere), 1).medication("fluoxetine", "40 mg daily", 300);
      c.course("esketamine", twiceWeekly(12, 4), { dose: [56, 84] });
      c.madrs([12, 34], [5, 24]);
      c.phq9Items(12, 21, 1).phq9Items(2, 17, 1);
    },
  },
  {
    story: "MADRS item 10 at 4 after six infusions with no response: hold and assess risk",
    sex: "male",
    age: 32,
    weightKg: 72,
    heightCm: 177,
    shows: { classification: "non-response", recommendations: ["suicide-risk", "review-point"] },
    chart: (c) => {
      c.history = { ...engaged, perpetuatingFactors: ["psychosocial-stressors"] };
      failedTrials(c.diagnosis(...recurrentSevere), 0);
      c.course("iv-ketamine", twiceWeekly(18, 6));
      c.madrsItems(18, 32, 3).madrs([11, 30], [4, 29]).madrsItems(1, 31, 4);
    },
  },
  {
    story: "Esketamine responder, last dose held for blood pressure 152/94",
    sex: "male",
    age: 61,
    weightKg: 95,
    heightCm: 176,
    shows: { classification: "response", recommendations: ["blood-pressure-hold", "maintenance-plan"] },
    chart: (c) => {
      c.history = { ...engaged, perpetuatingFactors: ["medical-illness"] };
      failedTrials(c.diagnosis(...recurrentModerate), 2).medication("amlodipine", "5 mg daily", 400);
      c.course("esketamine", twiceWeekly(30, 8), { dose: [56, 84] });
      c.course("esketamine", [2], {
        completed: false,
        bloodPressure: { systolic: 152, diastolic: 94 },
        interruptionReason: "Dose held: pre-dose blood pressure 152/94 on two readings",
      });
      c.madrs([30, 30], [20, 22], [13, 17], [6, 14]);
    },
  },
  {
    story: "TMS mid-course: 11 of 30 sessions, partial response and improving",
    sex: "female",
    age: 50,
    weightKg: 65,
    heightCm: 168,
    shows: {
      classification: "partial-response",
      recommendations: ["complete-adequate-trial", "continue-course"],
    },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentModerate), 0).medication("sertraline", "150 mg daily", 700);
      c.course("tms", weekdays(16, 11));
      c.madrs([16, 32], [9, 28], [2, 24]);
    },
  },
  {
    story: "Esketamine mid-induction rated on the PHQ-9 from a patient link: improving",
    sex: "male",
    age: 28,
    weightKg: 70,
    heightCm: 174,
    shows: {
      classification: "partial-response",
      recommendations: ["complete-adequate-trial", "continue-course"],
    },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentModerate), 2).medication("escitalopram", "20 mg daily", 365);
      c.course("esketamine", twiceWeekly(13, 4), { dose: [56, 84] });
      c.scores("PHQ9", [13, 21], [6, 16], [3, 14]);
    },
  },
  {
    story: "Former patient: remission on IV ketamine, moved out of state",
    sex: "female",
    age: 39,
    weightKg: 62,
    heightCm: 171,
    inactive: "Moved out of state; care transferred to the referring psychiatrist",
    shows: { classification: "remission", recommendations: ["maintenance-plan"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentSevere), 0);
      c.course("iv-ketamine", [...twiceWeekly(430, 6), 400, 372]);
      c.madrs([430, 30], [416, 18], [400, 10], [372, 8]);
      c.event(360, "note", "Moved out of state; records sent to the referring psychiatrist");
    },
  },
  {
    story: "Former patient: stopped esketamine, could not arrange transport after each dose",
    sex: "male",
    age: 66,
    weightKg: 77,
    heightCm: 170,
    inactive: "Stopped treatment at the patient's request",
    shows: { classification: "non-response", recommendations: ["discontinue"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentModerate), 1);
      c.course("esketamine", twiceWeekly(260, 6), { dose: [56, 84] });
      c.madrs([260, 29], [250, 24], [243, 22]);
      c.event(240, "patient-preference", "Could not arrange a driver home after each dose");
    },
  },
  {
    story: "Former patient: TMS responder discharged to the referring psychiatrist",
    sex: "female",
    age: 55,
    weightKg: 66,
    heightCm: 159,
    inactive: "Course complete; discharged to the referring psychiatrist",
    shows: { classification: "response", recommendations: ["maintenance-plan"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentModerate), 2);
      c.course("tms", weekdays(330, 30), { tms: { protocol: "iTBS left DLPFC", pulses: 600 } });
      c.madrs([330, 28], [316, 22], [302, 15], [291, 12]);
    },
  },
];
