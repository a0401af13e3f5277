import { describe, expect, it } from "vitest";
import { assess } from "./assess.ts";
import type { Assessment, Recommendation } from "./assessment.ts";
import type { PatientRecordInput } from "./record.ts";
import { build, day, ivCourse, madrs } from "./test-records.ts";

const rec = (a: Assessment, code: string): Recommendation | undefined =>
  a.recommendations.find((r) => r.code === code);
const codes = (a: Assessment) => a.recommendations.map((r) => r.code);
const run = (input: Partial<PatientRecordInput>, asOf: string) => assess(build(input), asOf);
const minimal = { dissociation: { instrument: "CADSS" as const, total: 4 } };

describe("measure-outcome", () => {
  it("asks for a baseline when nothing is rated", () => {
    const a = run({}, day(0));
    expect(rec(a, "measure-outcome")).toMatchObject({
      severity: "warning",
      title: "Record a baseline rating",
      source: { section: "Response Metrics and Thresholds" },
    });
    expect(codes(a)).not.toContain("complete-adequate-trial");
  });

  it("asks for a baseline when ratings began after the first session", () => {
    const a = run({ sessions: ivCourse(3), measurements: madrs([3, 30]) }, day(7));
    expect(rec(a, "measure-outcome")?.title).toBe("Record a baseline rating");
  });

  it("asks for another rating when only the baseline is recorded", () => {
    const a = run({ sessions: ivCourse(6, () => minimal), measurements: madrs([0, 30]) }, day(17));
    expect(rec(a, "measure-outcome")).toMatchObject({
      title: "Rate depression again",
      evidence: [
        { field: "outcome.instrument", value: "MADRS" },
        { field: "outcome.baseline", value: 30 },
      ],
    });
  });

  it("keeps an adequate course going while it cannot be judged", () => {
    const a = run({ sessions: ivCourse(6, () => minimal), measurements: madrs([0, 30]) }, day(17));
    expect(rec(a, "continue-course")?.detail).toMatch(/Keep rating/);
    expect(codes(a)).not.toContain("review-point");
  });

  it("is not given once a change can be measured", () => {
    const a = run({ sessions: ivCourse(6, () => minimal), measurements: madrs([0, 30], [17, 28]) }, day(17));
    expect(codes(a)).not.toContain("measure-outcome");
  });
});

describe("complete-adequate-trial", () => {
  it("names what is missing from a short course, as information while the patient responds partly", () => {
    const a = run({ sessions: ivCourse(3), measurements: madrs([0, 40], [7, 28]) }, day(7));
    const r = rec(a, "complete-adequate-trial");
    expect(r?.severity).toBe("info");
    expect(r?.title).toBe("Complete an adequate IV ketamine trial before judging it");
    expect(r?.evidence).toEqual([
      { field: "trial.modality", value: "iv-ketamine" },
      { field: "trial.countedSessions", value: 3 },
      {
        field: "trial.missing.too-few-sessions",
        value: "1 more completed session at 0.5 mg/kg or more is needed (3 of 4 so far)",
      },
    ]);
    expect(r?.source.section).toBe("What Constitutes an Adequate Trial?");
    expect(rec(a, "continue-course")).toBeDefined();
  });

  it("is a warning for a non-responder, with no continue-course while nothing moves", () => {
    const a = run({ sessions: ivCourse(3), measurements: madrs([0, 36], [3, 36], [7, 35]) }, day(7));
    expect(rec(a, "complete-adequate-trial")?.severity).toBe("warning");
    expect(codes(a)).not.toContain("continue-course");
  });

  it("keeps an improving non-responder going", () => {
    const a = run({ sessions: ivCourse(3), measurements: madrs([0, 40], [3, 37], [7, 34]) }, day(7));
    expect(a.outcome.classification).toBe("non-response");
    expect(a.trajectory.direction).toBe("improving");
    expect(rec(a, "continue-course")).toBeDefined();
  });

  it("names infrequent sessions", () => {
    const weekly = [0, 7, 14, 21, 28, 35].map((d) => ({
      date: day(d),
      modality: "iv-ketamine" as const,
      doseMgPerKg: 0.5,
    }));
    const a = run({ sessions: weekly, measurements: madrs([0, 36], [35, 34]) }, day(35));
    expect(rec(a, "complete-adequate-trial")?.evidence).toContainEqual({
      field: "trial.missing.too-infrequent",
      value: "counted sessions came 1.0 a week; an adequate trial needs at least 1.75 a week",
    });
  });

  it("does not count sub-therapeutic infusions toward the trial", () => {
    const a = run(
      { sessions: ivCourse(6, () => ({ doseMgPerKg: 0.4 })), measurements: madrs([0, 36], [17, 30]) },
      day(17),
    );
    expect(rec(a, "complete-adequate-trial")?.evidence).toContainEqual({
      field: "trial.countedSessions",
      value: 0,
    });
  });
});

describe("response and remission", () => {
  it("continues the course when responding before the trial is complete", () => {
    const a = run({ sessions: ivCourse(3), measurements: madrs([0, 40], [7, 18]) }, day(7));
    expect(a.outcome.classification).toBe("response");
    expect(rec(a, "continue-course")?.detail).toMatch(/finish the induction/);
    expect(codes(a)).not.toContain("maintenance-plan");
  });

  it("plans maintenance for a response after an adequate trial", () => {
    const a = run({ sessions: ivCourse(6, () => minimal), measurements: madrs([0, 40], [17, 18]) }, day(17));
    expect(rec(a, "maintenance-plan")).toMatchObject({
      title: "Responding: plan maintenance",
      category: "continuation",
      evidence: [
        { field: "outcome.classification", value: "response" },
        { field: "trial.adequate", value: true },
      ],
      source: { document: "002_5685f4bc39a225b2.txt", section: "Integration & ongoing care" },
    });
  });

  it("plans maintenance in remission", () => {
    const a = run({ sessions: ivCourse(6, () => minimal), measurements: madrs([0, 40], [17, 9]) }, day(17));
    expect(rec(a, "maintenance-plan")?.title).toBe("In remission: plan maintenance");
  });

  it("offers no optimization to a responder", () => {
    const a = run({ sessions: ivCourse(6, () => minimal), measurements: madrs([0, 40], [17, 18]) }, day(17));
    for (const code of [
      "review-point",
      "escalate-dose",
      "faster-infusion",
      "continue-course",
      "complete-adequate-trial",
    ])
      expect(codes(a)).not.toContain(code);
  });
});

describe("review point", () => {
  it("is reached after an adequate trial without a full response", () => {
    const a = run({ sessions: ivCourse(6, () => minimal), measurements: madrs([0, 40], [17, 28]) }, day(17));
    expect(a.outcome.classification).toBe("partial-response");
    expect(rec(a, "review-point")).toMatchObject({
      severity: "info",
      source: { document: "001_28388cdacbddfa73.txt", section: "Non-Response to Ketamine / Esketamine" },
    });
    expect(rec(a, "review-point")?.evidence[0]).toEqual({
      field: "outcome.classification",
      value: "partial-response",
    });
  });
});

describe("consider-alternative-pathways when nothing is left", () => {
  it("follows an adequate TMS course without response", () => {
    const weekdays = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25];
    const a = run(
      {
        sessions: weekdays.map((d) => ({ date: day(d), modality: "tms" as const })),
        measurements: madrs([0, 30], [11, 29], [18, 29], [25, 29]),
      },
      day(25),
    );
    expect(a.trial.adequate).toBe(true);
    expect(a.discontinuation.met).toBe(false);
    const r = rec(a, "consider-alternative-pathways");
    expect(r).toMatchObject({ severity: "warning", category: "pathway" });
    expect(r?.evidence).toEqual([{ field: "course.optimizationsTried", value: "none" }]);
    expect(r?.detail).toContain(a.nextPathways[0]?.option ?? "?");
  });

  it("follows an IM course at the top of its ladder, on lithium, esketamine already tried", () => {
    const a = run(
      {
        sessions: [0, 3, 7, 10, 14].map((d) => ({
          date: day(d),
          modality: "im-ketamine" as const,
          doseMgPerKg: 1.0,
          dissociation: { instrument: "CADSS" as const, total: 15 },
        })),
        measurements: madrs([0, 30], [7, 29], [10, 29], [14, 29]),
        medications: [{ name: "lithium carbonate", start: "2025-01-01" }],
        priorTreatments: [{ type: "esketamine", name: "Spravato", outcome: "no-response" }],
      },
      day(14),
    );
    expect(a.trial.adequate).toBe(true);
    expect(rec(a, "consider-alternative-pathways")?.evidence).toEqual([
      { field: "course.optimizationsTried", value: "escalate-dose" },
    ]);
    expect(codes(a).filter((c) => c.startsWith("switch-route") || c === "escalate-dose")).toEqual([]);
  });

  it("is not given while a strategy is left", () => {
    const a = run(
      { sessions: ivCourse(6, () => minimal), measurements: madrs([0, 36], [10, 33], [14, 33], [17, 33]) },
      day(17),
    );
    expect(codes(a)).toContain("escalate-dose");
    expect(codes(a)).not.toContain("consider-alternative-pathways");
  });
});

describe("never without a next step", () => {
  it.each<[string, Partial<PatientRecordInput>, string]>([
    ["an empty record", {}, day(0)],
    ["ratings only", { measurements: madrs([0, 30]) }, day(0)],
    ["a course with no ratings", { sessions: ivCourse(6) }, day(17)],
    ["a course in remission", { sessions: ivCourse(6), measurements: madrs([0, 30], [17, 5]) }, day(17)],
  ])("gives %s at least one recommendation", (_, input, asOf) => {
    expect(run(input, asOf).recommendations.length).toBeGreaterThan(0);
  });
});
