// The text summary shows what the Assessment says, in the order a clinician reads it.

import { describe, expect, it } from "vitest";
import type { Assessment } from "../clinical/index.ts";
import { formatSummary } from "./format-summary.ts";

const source = { id: "seed-003#step-3", citation: 'Seed 003, "Step 3"', section: "Step 3" };

const assessment: Assessment = {
  asOf: "2026-02-02",
  knowledgeVersion: "test-1",
  settings: {
    madrsRemissionMax: 10,
    phq9Response: "fifty-percent",
    trdMinimumFailedTrials: 2,
    antidepressantTrialMinWeeks: 6,
    bloodPressureHoldSystolic: 140,
    bloodPressureHoldDiastolic: 90,
    doseWeightBasis: "actual",
    cadssMinimalMax: 10,
    cadssMarkedMin: 25,
    discontinueAfterOptimizedTreatments: 8,
    discontinueAfterTreatmentsWithoutTrajectory: 10,
  },
  patient: { id: "T-1", ageYears: 48, weights: { actualKg: 82, idealKg: 73, adjustedKg: 76.6, bmi: 25.9 } },
  outcome: {
    instrument: "MADRS",
    baseline: { date: "2026-01-05", total: 36, band: "severe" },
    latest: { date: "2026-01-22", total: 29, band: "moderate" },
    best: { date: "2026-01-22", total: 29, band: "moderate" },
    improvementPercent: 19.444444,
    bestImprovementPercent: 19.444444,
    classification: "non-response",
    remissionMax: 10,
    responseRule: "a fall of 50% or more from baseline",
    reason: "The MADRS fell by less than 25% from baseline.",
  },
  trajectory: {
    instrument: "MADRS",
    points: [
      { date: "2026-01-05", total: 36, week: 0 },
      { date: "2026-01-22", total: 29, week: 2.43 },
    ],
    slopePerWeek: -2.88,
    recentSlopePerWeek: null,
    recentImprovementPercentPerWeek: null,
    direction: "improving",
    signals: ["still-improving"],
    weeksToResponse: null,
    summary: "Scores are falling slowly.",
  },
  trial: {
    modality: "iv-ketamine",
    sessions: 6,
    countedSessions: 6,
    spanDays: 17,
    sessionsPerWeek: 2.47,
    highestDoseMgPerKg: 0.5,
    highestDoseMg: null,
    adequate: true,
    missing: [],
    criteria: "at least 4 completed infusions",
  },
  course: {
    totalTreatments: 6,
    modalities: ["iv-ketamine"],
    firstSessionDate: "2026-01-05",
    lastSessionDate: "2026-01-22",
    optimizationsTried: [],
  },
  workup: {
    indicated: true,
    steps: [
      {
        step: "medications",
        title: "Concurrent medications",
        status: "concern",
        answers: [{ question: "Interfering medications?", answer: "clonazepam", concern: true }],
      },
    ],
  },
  discontinuation: { met: false, criteria: [] },
  nextPathways: [],
  latestScores: [{ instrument: "MADRS", date: "2026-01-22", total: 29, band: "moderate" }],
  findings: [
    {
      code: "benzodiazepine-interference",
      severity: "warning",
      title: "A benzodiazepine may blunt the response",
      detail: "Clonazepam is on the medication list.",
      evidence: [{ field: "medications[0].name", value: "clonazepam", date: "2023-04-01" }],
      source,
    },
  ],
  recommendations: [
    {
      code: "escalate-dose",
      severity: "info",
      category: "optimization",
      title: "Raise the dose to 0.6 mg/kg",
      detail: "Next step on the escalation ladder.",
      evidence: [{ field: "sessions[5].doseMgPerKg", value: 0.5 }],
      source,
      doseMgPerKg: 0.6,
      doseMg: 49.2,
      weightBasis: "actual",
      basisWeightKg: 82,
      infusionMinutes: 40,
    },
  ],
  citations: [source],
};

describe("formatSummary", () => {
  const text = formatSummary(assessment);

  it("states the classification with baseline, latest and percent", () => {
    expect(text).toContain("OUTCOME  Non-response (MADRS)");
    expect(text).toContain(
      "Baseline 36 on 2026-01-05 (severe) → latest 29 on 2026-01-22 (moderate): 19.4% improvement",
    );
  });

  it("shows trial adequacy, work-up concerns and the trajectory", () => {
    expect(text).toContain("TRIAL  iv-ketamine: adequate");
    expect(text).toContain("! Interfering medications? clonazepam");
    expect(text).toContain("TRAJECTORY  improving (MADRS)");
    expect(text).toContain("Scores are falling slowly.");
  });

  it("lists findings before recommendations, each with code, evidence and source", () => {
    const findingAt = text.indexOf("WARNING  benzodiazepine-interference");
    const recommendationAt = text.indexOf("INFO     escalate-dose [optimization]");
    expect(findingAt).toBeGreaterThan(0);
    expect(recommendationAt).toBeGreaterThan(findingAt);
    expect(text).toContain("Evidence: medications[0].name = clonazepam (2023-04-01)");
    expect(text).toContain('Source: Seed 003, "Step 3"');
    expect(text).toContain("Dose: 0.6 mg/kg, 49.2 mg, on actual weight 82 kg, over 40 minutes");
  });

  it("ends with the settings used and the knowledge version", () => {
    expect(text).toContain("madrsRemissionMax 10");
    expect(text.endsWith("Knowledge version test-1\n")).toBe(true);
  });

  it("says so when there is nothing to measure yet", () => {
    const empty = formatSummary({
      ...assessment,
      outcome: {
        ...assessment.outcome,
        baseline: null,
        latest: null,
        best: null,
        classification: "insufficient-data",
      },
      trial: { ...assessment.trial, modality: null, adequate: false },
      findings: [],
    });
    expect(empty).toContain("OUTCOME  Not enough data to classify");
    expect(empty).toContain("No baseline score recorded");
    expect(empty).toContain("TRIAL  no treatment sessions recorded");
    expect(empty).toContain("FINDINGS (0)\n  none");
  });

  it("keeps every line within 100 columns", () => {
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
  });
});
