// Optimization by route and strategy: switching route, esketamine dose, lithium augmentation, extending induction.

import { describe, expect, it } from "vitest";
import { codes, rec, run, thenAt } from "./optimization.fixtures.ts";
import { day, ivCourse, madrs, patient, twiceWeekly } from "./test-records.ts";

describe("switch-route-esketamine", () => {
  it("is offered at 56 mg after distressing dissociation", () => {
    const a = run({
      change: (i) => (i === 5 ? { dissociation: { instrument: "CADSS", total: 30, distressing: true } } : {}),
    });
    const r = rec(a, "switch-route-esketamine");
    expect(r).toMatchObject({ doseMg: 56, source: { section: "Intranasal Esketamine (Spravato)" } });
    expect(r?.doseMgPerKg).toBeUndefined();
    expect(r?.detail).toMatch(/less intense dissociation/);
  });

  it("is offered once escalation reached 0.75 mg/kg", () => {
    expect(rec(run(thenAt(0.6, 0.6, 0.75, 0.75)), "switch-route-esketamine")).toBeDefined();
  });

  it("is not offered at the standard dose with nothing to prompt it", () => {
    expect(rec(run(), "switch-route-esketamine")).toBeUndefined();
  });

  it.each(["prefers-non-iv-route", "insurance-covers-esketamine"] as const)(
    "is offered after a %s event",
    (type) => {
      const r = rec(run({ record: { events: [{ date: day(10), type }] } }), "switch-route-esketamine");
      expect(r?.evidence).toContainEqual({ field: "events[0].type", value: type, date: day(10) });
    },
  );

  it("ignores such an event after asOf", () => {
    const a = run({ record: { events: [{ date: day(30), type: "prefers-non-iv-route" }] } });
    expect(rec(a, "switch-route-esketamine")).toBeUndefined();
  });

  it("starts at 28 mg from age 65", () => {
    const event = { events: [{ date: day(10), type: "prefers-non-iv-route" as const }] };
    const at65 = run({ record: { patient: { ...patient, birthDate: "1961-01-22" }, ...event } });
    expect(at65.patient.ageYears).toBe(65);
    expect(rec(at65, "switch-route-esketamine")?.doseMg).toBe(28);
    const at64 = run({ record: { patient: { ...patient, birthDate: "1961-01-23" }, ...event } });
    expect(at64.patient.ageYears).toBe(64);
    expect(rec(at64, "switch-route-esketamine")?.doseMg).toBe(56);
  });

  it("is not offered when esketamine was tried before", () => {
    const a = run({
      ...thenAt(0.6, 0.6, 0.75, 0.75),
      record: { priorTreatments: [{ type: "esketamine", name: "Spravato", outcome: "no-response" }] },
    });
    expect(rec(a, "switch-route-esketamine")).toBeUndefined();
  });
});

describe("switch-route-im", () => {
  it("is a warning with poor venous access", () => {
    const r = rec(run({ record: { history: { poorVenousAccess: true } } }), "switch-route-im");
    expect(r).toMatchObject({ severity: "warning", doseMgPerKg: 0.5, doseMg: 35, weightBasis: "actual" });
    expect(r?.evidence).toContainEqual({ field: "history.poorVenousAccess", value: true });
  });

  it("is offered when an infusion was interrupted by the line", () => {
    const a = run({
      change: (i) => (i === 3 ? { interrupted: true, interruptionReason: "IV line infiltrated" } : {}),
    });
    expect(rec(a, "switch-route-im")?.severity).toBe("warning");
  });

  it("is information once escalation is done, and absent before", () => {
    expect(rec(run(thenAt(0.6, 0.6, 0.75, 0.75)), "switch-route-im")?.severity).toBe("info");
    expect(rec(run(), "switch-route-im")).toBeUndefined();
  });

  it("is not offered again after an IM course in this record failed", () => {
    const sessions = [
      ...ivCourse(6),
      ...[0.5, 0.5, 0.5, 0.5].map((doseMgPerKg, i) => ({
        date: day(twiceWeekly(6 + i)),
        modality: "im-ketamine" as const,
        doseMgPerKg,
      })),
      ...[0.75, 0.75, 0.75, 0.75].map((doseMgPerKg, i) => ({
        date: day(twiceWeekly(10 + i)),
        modality: "iv-ketamine" as const,
        doseMgPerKg,
        dissociation: { instrument: "CADSS" as const, total: 15 },
      })),
    ];
    const a = run({ sessions });
    expect(a.course.modalities).toContain("im-ketamine");
    expect(rec(a, "switch-route-im")).toBeUndefined();
  });
});

describe("switch-route-sublingual", () => {
  it.each(["cost-barrier", "prefers-home-treatment"] as const)(
    "is offered at 100 mg after a %s event",
    (type) => {
      const r = rec(run({ record: { events: [{ date: day(12), type }] } }), "switch-route-sublingual");
      expect(r).toMatchObject({ doseMg: 100, source: { section: "Sublingual/Oral Ketamine" } });
      expect(r?.evidence).toContainEqual({ field: "events[0].type", value: type, date: day(12) });
    },
  );

  it("is not offered without one", () => {
    expect(rec(run(), "switch-route-sublingual")).toBeUndefined();
  });
});

describe("switch-route-iv", () => {
  const esketamine = (doses: number[]) =>
    doses.map((doseMg, i) => ({ date: day(twiceWeekly(i)), modality: "esketamine" as const, doseMg }));

  it("is offered at 0.5 mg/kg over 40 minutes after an adequate esketamine course reached 84 mg", () => {
    const a = run({ sessions: esketamine([56, 84, 84, 84, 84, 84, 84, 84]) });
    expect(a.trial.adequate).toBe(true);
    expect(rec(a, "switch-route-iv")).toMatchObject({
      doseMgPerKg: 0.5,
      doseMg: 35,
      infusionMinutes: 40,
      source: { section: "Transitioning to IV Ketamine" },
    });
  });

  it("is not offered when IV ketamine was part of this course", () => {
    const sessions = [
      ...ivCourse(2),
      ...[56, 84, 84, 84, 84, 84, 84, 84].map((doseMg, i) => ({
        date: day(twiceWeekly(2 + i)),
        modality: "esketamine" as const,
        doseMg,
      })),
    ];
    expect(rec(run({ sessions }), "switch-route-iv")).toBeUndefined();
  });

  it("is offered after an adequate sublingual course", () => {
    const sessions = [0, 7, 14, 21, 28, 35].map((d) => ({
      date: day(d),
      modality: "sublingual-ketamine" as const,
      doseMg: 200,
    }));
    const a = run({ sessions });
    expect(a.trial.adequate).toBe(true);
    expect(rec(a, "switch-route-iv")?.source.section).toBe("Sublingual/Oral Ketamine");
  });
});

describe("esketamine stuck at 56 mg", () => {
  const sessions = [0, 3, 7, 10, 14, 17, 21, 24].map((d) => ({
    date: day(d),
    modality: "esketamine" as const,
    doseMg: 56,
  }));

  it("proposes 84 mg and completing the trial", () => {
    const a = run({ sessions });
    expect(a.trial.adequate).toBe(false);
    expect(rec(a, "escalate-dose")).toMatchObject({ doseMg: 84, title: "Escalate to 84 mg" });
    expect(rec(a, "escalate-dose")?.doseMgPerKg).toBeUndefined();
    expect(rec(a, "complete-adequate-trial")?.evidence).toContainEqual(
      expect.objectContaining({ field: "trial.missing.dose-not-escalated" }),
    );
  });

  it("does not escalate while a blood-pressure hold applies", () => {
    const held = sessions.map((s, i) =>
      i === 7 ? { ...s, bloodPressure: { systolic: 160, diastolic: 95 } } : s,
    );
    expect(rec(run({ sessions: held }), "escalate-dose")).toBeUndefined();
  });
});

describe("augment-lithium", () => {
  const done = thenAt(0.6, 0.6, 0.75, 0.75);

  it("is offered at 300 mg once escalation is done", () => {
    expect(rec(run(done), "augment-lithium")).toMatchObject({
      doseMg: 300,
      source: { section: "Lithium Augmentation" },
    });
  });

  it("is offered when dissociation rules out escalation", () => {
    const a = run({ change: (i) => (i === 5 ? { dissociation: { instrument: "CADSS", total: 30 } } : {}) });
    expect(rec(a, "augment-lithium")).toBeDefined();
  });

  it("is not offered while lithium is taken, but is once it was stopped", () => {
    const on = run({
      ...done,
      record: { medications: [{ name: "lithium carbonate 600 mg", start: "2025-01-01" }] },
    });
    expect(rec(on, "augment-lithium")).toBeUndefined();
    const off = run({
      ...done,
      record: { medications: [{ name: "lithium carbonate", start: "2024-01-01", end: "2025-01-01" }] },
    });
    expect(rec(off, "augment-lithium")).toBeDefined();
  });

  it("is not offered at the first rung with nothing ruling out escalation", () => {
    expect(rec(run(), "augment-lithium")).toBeUndefined();
  });
});

describe("extend-induction", () => {
  const improving = (lastDay: number) => madrs([0, 40], [lastDay - 14, 40], [lastDay - 7, 37], [lastDay, 34]);

  it("is proposed while the score is still falling", () => {
    const a = run({ measurements: improving(17) });
    expect(a.outcome.classification).toBe("non-response");
    expect(a.trajectory.direction).toBe("improving");
    expect(rec(a, "extend-induction")).toMatchObject({
      severity: "warning",
      source: { section: "Strategy 4: Extended Treatment Duration" },
    });
    expect(rec(a, "extend-induction")?.evidence).toContainEqual({
      field: "trajectory.direction",
      value: "improving",
    });
  });

  it("is not proposed on a plateau", () => {
    expect(rec(run(), "extend-induction")).toBeUndefined();
  });

  it("extends a TMS course that is still improving", () => {
    const weekdays = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25];
    const a = run({
      sessions: weekdays.map((d) => ({ date: day(d), modality: "tms" as const })),
      measurements: madrs([0, 40], [11, 37], [18, 34], [25, 31]),
    });
    expect(a.trial.adequate).toBe(true);
    expect(rec(a, "extend-induction")?.title).toBe("Extend the TMS course");
    expect(codes(a)).not.toContain("consider-alternative-pathways");
  });

  it("is not proposed again once the induction was extended", () => {
    const a = run({ n: 8, measurements: improving(24) });
    expect(a.course.optimizationsTried.map((o) => o.strategy)).toContain("extend-induction");
    expect(rec(a, "extend-induction")).toBeUndefined();
  });
});
