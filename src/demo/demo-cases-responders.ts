// Demo patients whose courses worked: remission and response on every route, ready for a maintenance plan.

import { twiceWeekly, weekdays, weekly } from "./chart.ts";
import { type DemoCase, engaged, failedTrials, recurrentModerate, recurrentSevere } from "./demo-case.ts";

export const responders: readonly DemoCase[] = [
  {
    story: "IV ketamine: remission after six infusions, now on spaced maintenance",
    sex: "female",
    age: 44,
    weightKg: 68,
    heightCm: 166,
    shows: { classification: "remission", recommendations: ["maintenance-plan"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentSevere), 0).medication("bupropion XL", "300 mg daily", 700);
      c.course("iv-ketamine", [...twiceWeekly(62, 6), 31, 17, 3]);
      c.madrs([62, 34], [52, 22], [45, 13], [31, 10], [17, 9], [3, 8]);
      c.scores("PHQ9", [62, 19], [45, 8], [3, 4]);
    },
  },
  {
    story: "Esketamine: 56 then 84 mg, remission, weekly maintenance",
    sex: "male",
    age: 39,
    weightKg: 79,
    heightCm: 181,
    shows: { classification: "remission", recommendations: ["maintenance-plan"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentSevere), 1).medication("vortioxetine", "20 mg daily", 400);
      c.event(
        80,
        "insurance-covers-esketamine",
        "Prior authorization approved for induction and maintenance",
      );
      c.course("esketamine", twiceWeekly(74, 8), { dose: [56, 84] });
      c.course("esketamine", weekly(43, 7), { dose: 84 });
      c.madrs([74, 31], [64, 24], [57, 17], [50, 12], [36, 10], [22, 9], [8, 7]);
    },
  },
  {
    story: "Seed 003 case 1 after optimization: clonazepam tapered, 0.75 mg/kg, response (61%)",
    sex: "male",
    age: 48,
    weightKg: 84,
    heightCm: 180,
    shows: { classification: "response", recommendations: ["maintenance-plan"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentSevere), 0)
        .prior("ect", "right unilateral ECT, 9 treatments", "no-response")
        .medication("clonazepam", "1 mg twice daily, tapered over 3 weeks", 900, 28)
        .medication("bupropion XL", "300 mg daily", 600);
      c.course("iv-ketamine", twiceWeekly(52, 6), { cadss: [2, 6] });
      c.course("iv-ketamine", twiceWeekly(24, 4), { dose: 0.75, cadss: [8, 14] });
      c.madrs([52, 36], [42, 31], [35, 29], [21, 22], [14, 14]);
      c.event(35, "note", "Review point: clonazepam taper agreed, dose to step up after the taper");
    },
  },
  {
    story: "Esketamine: response (57%) after a full eight-session induction",
    sex: "female",
    age: 57,
    weightKg: 72,
    heightCm: 160,
    shows: { classification: "response", recommendations: ["maintenance-plan"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentModerate), 2).medication("sertraline", "150 mg daily", 500);
      c.course("esketamine", twiceWeekly(40, 8), { dose: [56, 84] });
      c.course("esketamine", [9, 2], { dose: 84 });
      c.madrs([40, 30], [30, 24], [23, 18], [16, 14], [2, 13]);
    },
  },
  {
    story: "IM ketamine for poor venous access: response (54%)",
    sex: "female",
    age: 31,
    weightKg: 58,
    heightCm: 163,
    shows: { classification: "response", recommendations: ["maintenance-plan"] },
    chart: (c) => {
      c.history = { ...engaged, poorVenousAccess: true };
      failedTrials(c.diagnosis(...recurrentModerate), 1).prior(
        "ketamine",
        "IV ketamine, stopped after repeated failed cannulation",
        "unknown",
      );
      c.course("im-ketamine", [...twiceWeekly(30, 6), 6]);
      c.madrs([30, 28], [20, 21], [13, 15], [6, 13]);
    },
  },
  {
    story: "Sublingual ketamine at home: response (54%)",
    sex: "male",
    age: 36,
    weightKg: 88,
    heightCm: 183,
    shows: { classification: "response", recommendations: ["maintenance-plan"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentModerate), 0);
      c.event(50, "prefers-home-treatment", "Shift work; cannot attend twice-weekly clinic sessions");
      c.course("sublingual-ketamine", [...twiceWeekly(45, 8), ...weekly(14, 3)], { dose: 150 });
      c.madrs([45, 26], [35, 21], [28, 17], [21, 14], [7, 12]);
    },
  },
  {
    story: "Oral ketamine: response (56%) on 200 mg twice weekly",
    sex: "female",
    age: 62,
    weightKg: 64,
    heightCm: 158,
    shows: { classification: "response", recommendations: ["maintenance-plan"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentSevere), 2).event(46, "cost-barrier", "IV course not covered");
      c.course("oral-ketamine", [...twiceWeekly(40, 8), 12, 5], { dose: 200 });
      c.madrs([40, 27], [30, 21], [19, 15], [5, 12]);
    },
  },
  {
    story: "TMS, 30 sessions over six weeks: response (57%)",
    sex: "male",
    age: 53,
    weightKg: 90,
    heightCm: 177,
    shows: { classification: "response", recommendations: ["maintenance-plan"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentModerate), 1).medication("escitalopram", "20 mg daily", 800);
      c.course("tms", weekdays(44, 30));
      c.madrs([44, 30], [37, 27], [30, 23], [23, 19], [16, 16], [9, 14], [5, 13]);
    },
  },
  {
    story: "BMI over 40, dosed on actual weight: response (57%), weight basis to review",
    sex: "female",
    age: 46,
    weightKg: 121,
    heightCm: 168,
    shows: {
      classification: "response",
      recommendations: ["maintenance-plan"],
      findings: ["review-dose-weight-basis"],
    },
    chart: (c) => {
      c.history = { ...engaged, perpetuatingFactors: ["medical-illness"] };
      failedTrials(c.diagnosis(...recurrentSevere), 2).medication("metformin", "1000 mg twice daily", 900);
      c.course("iv-ketamine", [...twiceWeekly(36, 6), 5]);
      c.madrs([36, 30], [26, 21], [19, 15], [5, 13]);
    },
  },
  {
    story: "Slow starter: little change in six infusions, response (52%) after ten",
    sex: "male",
    age: 29,
    weightKg: 75,
    heightCm: 175,
    shows: { classification: "response", recommendations: ["maintenance-plan"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentSevere), 1);
      c.course("iv-ketamine", twiceWeekly(40, 10));
      c.madrs([40, 33], [30, 31], [23, 29], [16, 22], [9, 16]);
    },
  },
  {
    story: "Rated on the HAM-D 17: remission after an IV induction",
    sex: "female",
    age: 41,
    weightKg: 61,
    heightCm: 170,
    shows: { classification: "remission", recommendations: ["maintenance-plan"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentModerate), 0);
      c.course("iv-ketamine", [...twiceWeekly(33, 6), 12]);
      c.scores("HAMD17", [33, 24], [23, 15], [16, 11], [12, 6]);
    },
  },
];
