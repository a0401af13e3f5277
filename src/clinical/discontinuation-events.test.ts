// Discontinuation from events and contraindications, and the plan once a criterion is met.

import { describe, expect, it } from "vitest";
import { assess } from "./assess.ts";
import { criteriaOf, discontinuationOf } from "./discontinuation.fixtures.ts";
import type { PatientRecordInput } from "./record.ts";
import { build, day, ivCourse, madrs } from "./test-records.ts";

describe("events", () => {
  const sessions = ivCourse(4);
  const measurements = madrs([0, 30], [10, 20]);

  it("stops for intolerable side effects, quoting the note", () => {
    const d = discontinuationOf(
      {
        sessions,
        measurements,
        events: [{ date: day(8), type: "intolerable-side-effects", note: "vomiting" }],
      },
      day(10),
    );
    expect(d.criteria).toEqual([
      {
        criterion: "intolerable-side-effects",
        evidence: [{ field: "events[0].type", value: "intolerable-side-effects: vomiting", date: day(8) }],
      },
    ]);
  });

  it("stops at the patient's informed choice", () => {
    const d = discontinuationOf(
      { sessions, measurements, events: [{ date: day(9), type: "patient-preference" }] },
      day(10),
    );
    expect(criteriaOf(d)).toEqual(["patient-preference"]);
  });

  it("ignores events after asOf", () => {
    const d = discontinuationOf(
      {
        sessions,
        measurements,
        events: [
          { date: day(11), type: "patient-preference" },
          { date: day(11), type: "intolerable-side-effects" },
        ],
      },
      day(10),
    );
    expect(d).toEqual({ met: false, criteria: [] });
  });
});

describe("emerging contraindication", () => {
  const sessions = ivCourse(4);
  const run = (input: Partial<PatientRecordInput>) => discontinuationOf({ sessions, ...input }, day(10));

  it("is met by a history of psychosis", () => {
    expect(run({ history: { psychosis: true } }).criteria).toEqual([
      { criterion: "emerging-contraindication", evidence: [{ field: "history.psychosis", value: true }] },
    ]);
  });

  it.each(["psychosis", "contraindication"] as const)("is met by a %s event at any time", (type) => {
    expect(criteriaOf(run({ events: [{ date: day(-30), type }] }))).toEqual(["emerging-contraindication"]);
  });

  it("is met by substance use from the first session on", () => {
    expect(criteriaOf(run({ events: [{ date: day(0), type: "substance-use" }] }))).toEqual([
      "emerging-contraindication",
    ]);
    expect(criteriaOf(run({ events: [{ date: day(5), type: "substance-use" }] }))).toEqual([
      "emerging-contraindication",
    ]);
  });

  it("is not met by substance use before the course or in the history alone", () => {
    expect(run({ events: [{ date: day(-1), type: "substance-use" }] }).met).toBe(false);
    expect(run({ history: { substanceUse: true } }).met).toBe(false);
  });

  it("is not met by substance use before any session", () => {
    const d = discontinuationOf({ events: [{ date: day(-1), type: "substance-use" }] }, day(10));
    expect(d.met).toBe(false);
  });
});

describe("the plan when a criterion is met", () => {
  const a = assess(
    build({
      sessions: ivCourse(6, () => ({ dissociation: { instrument: "CADSS", total: 4 } })),
      measurements: madrs([0, 36], [10, 33], [14, 33], [17, 33]),
      events: [{ date: day(16), type: "patient-preference" }],
    }),
    day(17),
  );
  const codes = a.recommendations.map((r) => r.code);

  it("recommends discontinuing and agreeing a next pathway", () => {
    expect(codes).toEqual(expect.arrayContaining(["discontinue", "consider-alternative-pathways"]));
    expect(a.nextPathways.length).toBeGreaterThan(0);
  });

  it("offers no further optimization", () => {
    for (const code of ["escalate-dose", "faster-infusion", "review-point", "continue-course"])
      expect(codes).not.toContain(code);
  });

  it("lists every pathway as evidence for the next step", () => {
    const next = a.recommendations.find((r) => r.code === "consider-alternative-pathways");
    expect(next?.evidence).toHaveLength(a.nextPathways.length);
    expect(next?.detail).toMatch(/^Options for this patient: /);
  });

  it("names the criterion in the discontinue evidence", () => {
    const stop = a.recommendations.find((r) => r.code === "discontinue");
    expect(stop?.evidence[0]).toEqual({ field: "discontinuation.criterion", value: "patient-preference" });
    expect(stop?.detail).toMatch(/informed decision to stop/);
  });
});
