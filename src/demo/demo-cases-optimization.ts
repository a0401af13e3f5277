// Demo patients at the review point after an adequate trial: partial and non-responders and the optimizations they call for.

import { twiceWeekly } from "./chart.ts";
import { type DemoCase, engaged, failedTrials, recurrentModerate, recurrentSevere } from "./demo-case.ts";

const distressing = {
  cadss: [30, 40],
  distressing: true,
  sideEffects: ["distressing dissociation"],
  recoveryMinutes: [95, 120],
} as const;

export const optimization: readonly DemoCase[] = [
  {
    story: "IV partial response (32%) still improving: extend the induction",
    sex: "female",
    age: 38,
    weightKg: 70,
    heightCm: 169,
    shows: { classification: "partial-response", recommendations: ["extend-induction", "review-point"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentSevere), 0);
      c.course("iv-ketamine", twiceWeekly(19, 6), { cadss: [12, 18] });
      c.madrs([19, 34], [12, 31], [5, 27], [2, 23]);
    },
  },
  {
    story: "Esketamine partial response (41%) still improving after 84 mg: extend, or IV, or lithium",
    sex: "male",
    age: 50,
    weightKg: 86,
    heightCm: 178,
    shows: {
      classification: "partial-response",
      recommendations: ["extend-induction", "switch-route-iv", "augment-lithium"],
    },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentModerate), 1).medication("sertraline", "200 mg daily", 600);
      c.course("esketamine", twiceWeekly(26, 8), { dose: [56, 84] });
      c.madrs([26, 32], [16, 28], [9, 24], [2, 19]);
    },
  },
  {
    story: "IV partial response (27%) on a plateau, minimal dissociation: escalate or shorten the infusion",
    sex: "male",
    age: 33,
    weightKg: 77,
    heightCm: 185,
    shows: {
      classification: "partial-response",
      recommendations: ["escalate-dose", "faster-infusion", "review-point"],
    },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentSevere), 2);
      c.course("iv-ketamine", twiceWeekly(24, 6));
      c.madrs([24, 33], [17, 25], [10, 24], [7, 24]);
    },
  },
  {
    story: "Seed 003 case 1 at the review point: clonazepam on board, MADRS 36 → 29",
    sex: "male",
    age: 48,
    weightKg: 84,
    heightCm: 180,
    shows: {
      classification: "non-response",
      recommendations: ["taper-benzodiazepine", "escalate-dose", "review-point", "reassess-diagnosis"],
    },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentSevere), 0)
        .prior("ect", "right unilateral ECT, 9 treatments", "no-response")
        .medication("clonazepam", "1 mg twice daily", 900)
        .medication("bupropion XL", "300 mg daily", 600);
      c.course("iv-ketamine", twiceWeekly(17, 6), {
        cadss: [2, 6],
        preSession: { benzodiazepineTaken: true },
      });
      c.madrs([17, 36], [10, 31], [3, 30], [0, 29]);
    },
  },
  {
    story: "IV non-response (13%) with minimal dissociation: step up to 0.6 mg/kg",
    sex: "female",
    age: 27,
    weightKg: 55,
    heightCm: 161,
    shows: { classification: "non-response", recommendations: ["escalate-dose", "faster-infusion"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentModerate), 1);
      c.course("iv-ketamine", twiceWeekly(21, 6), { cadss: [1, 5] });
      c.madrs([21, 30], [14, 27], [7, 26], [4, 26]);
    },
  },
  {
    story: "Seed 003 case 2 pattern: distressing dissociation and trauma history, non-response",
    sex: "female",
    age: 35,
    weightKg: 66,
    heightCm: 165,
    shows: {
      classification: "non-response",
      recommendations: ["lower-dose", "slower-infusion", "switch-route-esketamine", "augment-lithium"],
    },
    chart: (c) => {
      c.history = { ...engaged, trauma: true, comorbidities: ["ptsd"] };
      failedTrials(c.diagnosis(...recurrentSevere), 2).medication("prazosin", "2 mg at night", 500);
      c.course("iv-ketamine", twiceWeekly(20, 6), distressing);
      c.madrs([20, 31], [13, 28], [6, 27], [3, 27]);
    },
  },
  {
    story: "Naltrexone taken before sessions: non-response, hold it 72 hours before each treatment",
    sex: "male",
    age: 42,
    weightKg: 81,
    heightCm: 176,
    shows: { classification: "non-response", recommendations: ["hold-naltrexone-72h", "escalate-dose"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentModerate), 0).medication(
        "naltrexone",
        "50 mg daily (alcohol use disorder, in sustained remission)",
        500,
      );
      c.course("iv-ketamine", twiceWeekly(18, 6), { preSession: { naltrexoneTaken: true } });
      c.madrs([18, 29], [11, 26], [4, 25], [1, 25]);
    },
  },
  {
    story: "Memantine on board: non-response, stop memantine during the course",
    sex: "female",
    age: 59,
    weightKg: 63,
    heightCm: 162,
    shows: { classification: "non-response", recommendations: ["avoid-memantine", "escalate-dose"] },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentSevere), 1).medication(
        "memantine",
        "10 mg twice daily (for concentration complaints)",
        300,
      );
      c.course("iv-ketamine", twiceWeekly(23, 6));
      c.madrs([23, 28], [16, 26], [9, 25], [6, 25]);
    },
  },
  {
    story: "Bipolar II on lamotrigine: partial response (30%) on a plateau",
    sex: "female",
    age: 34,
    weightKg: 67,
    heightCm: 172,
    shows: {
      classification: "partial-response",
      recommendations: ["monitor-lamotrigine", "escalate-dose", "reassess-diagnosis"],
    },
    chart: (c) => {
      c.history = { ...engaged, comorbidities: ["bipolar"] };
      c.diagnosis("F31.81", "Bipolar II disorder, current episode depressed")
        .prior("augmentation", "quetiapine", "partial-response", 10)
        .prior("antidepressant", "escitalopram", "no-response", 8)
        .medication("lamotrigine", "200 mg daily", 700);
      c.course("iv-ketamine", twiceWeekly(27, 6), { cadss: [12, 20] });
      c.madrs([27, 30], [20, 22], [13, 21], [10, 21]);
    },
  },
  {
    story: "Anxious distress (GAD-7 16): partial response, lower the dose and slow the infusion",
    sex: "female",
    age: 30,
    weightKg: 60,
    heightCm: 167,
    shows: {
      classification: "partial-response",
      recommendations: ["lower-dose", "slower-infusion", "escalate-dose"],
    },
    chart: (c) => {
      c.history = { ...engaged, anxiousDistress: true, comorbidities: ["anxiety-disorder"] };
      failedTrials(c.diagnosis(...recurrentModerate), 0).medication(
        "hydroxyzine",
        "25 mg as needed for procedural anxiety",
        40,
      );
      c.course("iv-ketamine", twiceWeekly(22, 6), { cadss: [12, 20] });
      c.madrs([22, 32], [15, 23], [8, 22], [5, 22]);
      c.scores("GAD7", [22, 16], [8, 15]);
    },
  },
  {
    story: "Chronic pain on tramadol: non-response, longer infusions and opioid cross-tolerance",
    sex: "male",
    age: 55,
    weightKg: 93,
    heightCm: 179,
    shows: {
      classification: "non-response",
      recommendations: ["extended-infusion", "opioid-cross-tolerance", "escalate-dose"],
    },
    chart: (c) => {
      c.history = { ...engaged, chronicPain: true, comorbidities: ["chronic-pain"] };
      failedTrials(c.diagnosis(...recurrentModerate), 2)
        .medication("tramadol", "50 mg up to three times daily", 1000)
        .medication("duloxetine", "60 mg daily", 800);
      c.course("iv-ketamine", twiceWeekly(25, 6));
      c.madrs([25, 30], [18, 27], [11, 26], [8, 26]);
    },
  },
  {
    story: "IM ketamine escalated to 0.75 mg/kg without response: 1.0 mg/kg, esketamine or lithium",
    sex: "male",
    age: 45,
    weightKg: 82,
    heightCm: 174,
    shows: {
      classification: "non-response",
      recommendations: ["escalate-dose", "switch-route-esketamine", "augment-lithium"],
    },
    chart: (c) => {
      c.history = { ...engaged, poorVenousAccess: true };
      failedTrials(c.diagnosis(...recurrentSevere), 1);
      c.course("im-ketamine", twiceWeekly(24, 6), { dose: [0.5, 0.5, 0.5, 0.5, 0.75] });
      c.madrs([24, 29], [14, 26], [10, 25], [7, 25]);
    },
  },
  {
    story: "Sublingual partial response (29%) on a plateau: higher dose, IV, or lithium",
    sex: "female",
    age: 49,
    weightKg: 74,
    heightCm: 164,
    shows: {
      classification: "partial-response",
      recommendations: ["escalate-dose", "switch-route-iv", "augment-lithium"],
    },
    chart: (c) => {
      c.history = engaged;
      failedTrials(c.diagnosis(...recurrentModerate), 2).event(40, "cost-barrier", "High-deductible plan");
      c.course("sublingual-ketamine", twiceWeekly(35, 8), { dose: 150 });
      c.madrs([35, 28], [25, 22], [18, 20], [11, 20]);
    },
  },
  {
    story: "Gains lost on spaced maintenance: best 56%, now 28%",
    sex: "male",
    age: 60,
    weightKg: 78,
    heightCm: 172,
    shows: { classification: "partial-response", recommendations: ["escalate-dose", "review-point"] },
    chart: (c) => {
      c.history = { ...engaged, perpetuatingFactors: ["psychosocial-stressors"] };
      failedTrials(c.diagnosis(...recurrentSevere), 0);
      c.course("iv-ketamine", [...twiceWeekly(90, 6), 52, 24]);
      c.madrs([90, 32], [80, 20], [73, 14], [52, 18], [24, 22], [3, 23]);
    },
  },
];
