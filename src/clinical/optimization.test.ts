import { describe, expect, it } from "vitest";
import { assess } from "./assess.ts";
import type { Assessment, Recommendation } from "./assessment.ts";
import { daysBetween } from "./dates.ts";
import type { PatientRecordInput } from "./record.ts";
import { type ClinicSettings, defaultSettings } from "./settings.ts";
import {
  build,
  day,
  day0,
  ivCourse,
  lastDate,
  type MeasurementInput,
  madrs,
  patient,
  type SessionInput,
  twiceWeekly,
} from "./test-records.ts";

/** Thresholds high enough that no course here meets a discontinuation criterion by length. */
const noStop: ClinicSettings = {
  ...defaultSettings,
  discontinueAfterOptimizedTreatments: 20,
  discontinueAfterTreatmentsWithoutTrajectory: 24,
};

/** MADRS 36 at baseline, then flat at `latest` over the last ten days: no response, no trend. */
function flat(lastDay: number, latest = 33, baseline = 36): MeasurementInput[] {
  return madrs([0, baseline], [lastDay - 10, latest], [lastDay - 7, latest], [lastDay, latest]);
}

interface Course {
  readonly sessions?: SessionInput[];
  readonly n?: number;
  /** Per-session changes to the standard IV infusion (0.5 mg/kg, 40 minutes, CADSS 5, BP 124/78). */
  readonly change?: (i: number) => Partial<SessionInput>;
  readonly measurements?: MeasurementInput[];
  readonly record?: Partial<PatientRecordInput>;
  readonly settings?: ClinicSettings;
}

/** An adequate IV course (six infusions unless `n` says otherwise) without a response, assessed on its last day. */
function run({
  n = 6,
  change = () => ({}),
  sessions,
  measurements,
  record = {},
  settings = noStop,
}: Course = {}) {
  const course =
    sessions ??
    ivCourse(n, (i) => ({
      dissociation: { instrument: "CADSS", total: 5 },
      bloodPressure: { systolic: 124, diastolic: 78 },
      ...change(i),
    }));
  const last = lastDate(course);
  const lastDay = daysBetween(day0, last);
  return assess(
    build({ sessions: course, measurements: measurements ?? flat(lastDay), ...record }),
    last,
    settings,
  );
}

const rec = (a: Assessment, code: string): Recommendation | undefined =>
  a.recommendations.find((r) => r.code === code);
const codes = (a: Assessment) => a.recommendations.map((r) => r.code);
/** Six standard infusions, then `doses` in order. */
const thenAt = (...doses: number[]) => ({
  n: 6 + doses.length,
  change: (i: number) => ({
    dissociation: { instrument: "CADSS" as const, total: 5 },
    ...(i >= 6 ? { doseMgPerKg: doses[i - 6] } : {}),
  }),
});

describe("escalate-dose along 0.5 → 0.6 → 0.75 → 1.0", () => {
  it("steps from the standard 0.5 to 0.6 mg/kg after the adequate trial, on actual weight", () => {
    const a = run();
    expect(a.trial.adequate).toBe(true);
    expect(rec(a, "escalate-dose")).toMatchObject({
      severity: "warning",
      category: "optimization",
      title: "Escalate to 0.6 mg/kg",
      doseMgPerKg: 0.6,
      doseMg: 42,
      weightBasis: "actual",
      basisWeightKg: 70,
      source: { section: "Strategy 1: Dose Adjustment" },
    });
  });

  it("gives a rung above the standard two infusions before the next", () => {
    expect(rec(run(thenAt(0.6)), "escalate-dose")).toBeUndefined();
    expect(rec(run(thenAt(0.6, 0.6)), "escalate-dose")).toMatchObject({ doseMgPerKg: 0.75, doseMg: 52.5 });
    expect(rec(run(thenAt(0.6, 0.6, 0.75)), "escalate-dose")).toBeUndefined();
    expect(rec(run(thenAt(0.6, 0.6, 0.75, 0.75)), "escalate-dose")).toMatchObject({
      doseMgPerKg: 1,
      doseMg: 70,
    });
  });

  it("stops at the 1.0 mg/kg hard limit", () => {
    expect(rec(run(thenAt(0.6, 0.6, 0.75, 0.75, 1.0, 1.0)), "escalate-dose")).toBeUndefined();
  });

  it("does not count an incomplete infusion toward a rung", () => {
    const a = run({
      n: 8,
      change: (i) => (i === 6 ? { doseMgPerKg: 0.6, completed: false } : i === 7 ? { doseMgPerKg: 0.6 } : {}),
    });
    expect(rec(a, "escalate-dose")).toBeUndefined();
  });

  it("climbs the IM ladder 0.5 → 0.75 → 1.0", () => {
    const im = (doses: number[]) =>
      doses.map((doseMgPerKg, i) => ({
        date: day(twiceWeekly(i)),
        modality: "im-ketamine" as const,
        doseMgPerKg,
      }));
    expect(rec(run({ sessions: im([0.5, 0.5, 0.5, 0.5]) }), "escalate-dose")?.doseMgPerKg).toBe(0.75);
    expect(rec(run({ sessions: im([0.5, 0.5, 0.5, 0.75, 0.75]) }), "escalate-dose")?.doseMgPerKg).toBe(1);
  });

  it("is withheld when dissociation is marked (CADSS ≥ 25) but not at 24", () => {
    expect(
      rec(
        run({ change: (i) => (i === 5 ? { dissociation: { instrument: "CADSS", total: 25 } } : {}) }),
        "escalate-dose",
      ),
    ).toBeUndefined();
    expect(
      rec(
        run({ change: (i) => (i === 5 ? { dissociation: { instrument: "CADSS", total: 24 } } : {}) }),
        "escalate-dose",
      ),
    ).toBeDefined();
  });

  it("reads dissociation from the last three sessions only", () => {
    const a = run({
      change: (i) => (i === 2 ? { dissociation: { instrument: "CADSS", total: 40, distressing: true } } : {}),
    });
    expect(rec(a, "escalate-dose")).toBeDefined();
  });

  it.each<[string, Partial<SessionInput>]>([
    ["marked distressing", { dissociation: { instrument: "CADSS", total: 8, distressing: true } }],
    ["a distressing side effect", { sideEffects: ["frightening dissociation"] }],
    [
      "prolonged recovery after more than minimal dissociation",
      { recoveryMinutes: 100, dissociation: { instrument: "CADSS", total: 15 } },
    ],
  ])("is withheld after %s", (_, last) => {
    expect(rec(run({ change: (i) => (i === 5 ? last : {}) }), "escalate-dose")).toBeUndefined();
  });

  it("is not withheld for a long recovery with minimal dissociation", () => {
    const a = run({ change: (i) => (i === 5 ? { recoveryMinutes: 100 } : {}) });
    expect(rec(a, "escalate-dose")).toBeDefined();
  });

  it("is withheld while a blood-pressure hold applies", () => {
    expect(
      rec(
        run({ change: (i) => (i === 5 ? { bloodPressure: { systolic: 150, diastolic: 80 } } : {}) }),
        "escalate-dose",
      ),
    ).toBeUndefined();
  });

  it("is withheld after a high reading earlier in the course, though dosing is no longer held", () => {
    const a = run({ change: (i) => (i === 1 ? { bloodPressure: { systolic: 150, diastolic: 95 } } : {}) });
    expect(a.findings.map((f) => f.code)).not.toContain("blood-pressure-hold");
    expect(rec(a, "escalate-dose")).toBeUndefined();
  });

  it.each(["palpitations", "tachycardia", "chest pain", "transient hypertension"])(
    "is withheld after a charted cardiovascular side effect (%s)",
    (effect) => {
      expect(
        rec(run({ change: (i) => (i === 0 ? { sideEffects: [effect] } : {}) }), "escalate-dose"),
      ).toBeUndefined();
    },
  );

  it("is not withheld for other side effects", () => {
    expect(
      rec(run({ change: () => ({ sideEffects: ["nausea", "headache"] }) }), "escalate-dose"),
    ).toBeDefined();
  });

  it("cites the anhedonic subtype when anhedonia is recorded", () => {
    const r = rec(run({ record: { history: { anhedonia: true } } }), "escalate-dose");
    expect(r?.source.section).toBe("Strategy 6: Addressing Specific Subtypes");
    expect(r?.detail).toMatch(/Anhedonic/);
  });
});

describe("infusion rate", () => {
  it("offers a 30-minute infusion at the current dose when dissociation was minimal", () => {
    expect(rec(run(), "faster-infusion")).toMatchObject({
      doseMgPerKg: 0.5,
      doseMg: 35,
      infusionMinutes: 30,
      weightBasis: "actual",
      basisWeightKg: 70,
      source: { section: "Strategy 2: Infusion Rate Modification" },
    });
  });

  it("does not offer a faster infusion above minimal dissociation, without a CADSS, or when already under 40 minutes", () => {
    expect(
      rec(run({ change: () => ({ dissociation: { instrument: "CADSS", total: 11 } }) }), "faster-infusion"),
    ).toBeUndefined();
    expect(rec(run({ change: () => ({ dissociation: undefined }) }), "faster-infusion")).toBeUndefined();
    expect(rec(run({ change: () => ({ infusionMinutes: 35 }) }), "faster-infusion")).toBeUndefined();
  });

  it("does not offer an anxious patient a faster infusion alongside the slower one", () => {
    // Seed 003, Strategy 6 (Anxious Depression): slower infusions; a faster one gives more intense dissociation.
    const a = run({ record: { history: { anxiousDistress: true } } });
    expect(rec(a, "slower-infusion")).toBeDefined();
    expect(rec(a, "faster-infusion")).toBeUndefined();
  });

  const distressed = (i: number): Partial<SessionInput> =>
    i === 5 ? { dissociation: { instrument: "CADSS", total: 30, distressing: true } } : {};

  it("offers a 60-minute infusion after distressing dissociation", () => {
    expect(rec(run({ change: distressed }), "slower-infusion")).toMatchObject({
      severity: "warning",
      doseMgPerKg: 0.5,
      infusionMinutes: 60,
    });
  });

  it("does not offer a slower infusion when infusions already take 50 minutes", () => {
    const a = run({ change: (i) => ({ infusionMinutes: 50, ...distressed(i) }) });
    expect(rec(a, "slower-infusion")).toBeUndefined();
  });

  it("offers longer infusions with chronic pain, unless they already run 90 minutes", () => {
    expect(
      rec(run({ record: { history: { chronicPain: true } } }), "extended-infusion")?.source.section,
    ).toBe("Strategy 6: Addressing Specific Subtypes");
    expect(
      rec(run({ record: { history: { comorbidities: ["chronic-pain"] } } }), "extended-infusion"),
    ).toBeDefined();
    expect(
      rec(
        run({ record: { history: { chronicPain: true } }, change: () => ({ infusionMinutes: 90 }) }),
        "extended-infusion",
      ),
    ).toBeUndefined();
  });
});

describe("lower-dose and slower-infusion for dissociation or anxious distress", () => {
  it("lowers to 0.3 mg/kg after distressing dissociation", () => {
    const a = run({
      change: (i) => (i === 5 ? { dissociation: { instrument: "CADSS", total: 12, distressing: true } } : {}),
    });
    expect(rec(a, "lower-dose")).toMatchObject({
      title: "Lower the dose to 0.3 mg/kg",
      doseMgPerKg: 0.3,
      doseMg: 21,
    });
  });

  it("lowers after marked dissociation, citing trauma history", () => {
    const a = run({
      record: { history: { trauma: true } },
      change: (i) => (i === 4 ? { dissociation: { instrument: "CADSS", total: 26 } } : {}),
    });
    expect(rec(a, "lower-dose")?.evidence).toContainEqual({ field: "history.trauma", value: true });
  });

  it("offers both to an anxious patient whose dissociation was not recorded, citing the anxious subtype", () => {
    const a = run({
      record: { history: { anxiousDistress: true } },
      change: () => ({ dissociation: undefined }),
    });
    expect(rec(a, "lower-dose")?.source.section).toBe("Strategy 6: Addressing Specific Subtypes");
    expect(rec(a, "slower-infusion")?.detail).toMatch(/hydroxyzine or gabapentin/);
  });

  it("reads a GAD-7 of 10 or more as anxious distress, and 9 as not", () => {
    const gad = (total: number) => [{ date: day(17), instrument: "GAD7" as const, total }];
    const with10 = run({ measurements: [...flat(17), ...gad(10)] });
    expect(rec(with10, "slower-infusion")).toBeDefined();
    const with9 = run({ measurements: [...flat(17), ...gad(9)] });
    expect(rec(with9, "slower-infusion")).toBeUndefined();
  });

  it("slows but does not lower for an anxious patient with minimal dissociation", () => {
    const a = run({ record: { history: { anxiousDistress: true } } });
    expect(rec(a, "lower-dose")).toBeUndefined();
    expect(rec(a, "slower-infusion")).toBeDefined();
  });

  it("offers neither without dissociation trouble or anxiety", () => {
    expect(codes(run())).not.toEqual(expect.arrayContaining(["lower-dose"]));
    expect(codes(run())).not.toContain("slower-infusion");
  });

  it("does not lower an IM dose below the IM standard", () => {
    const sessions = [0, 3, 7, 10].map((d) => ({
      date: day(d),
      modality: "im-ketamine" as const,
      doseMgPerKg: 0.5,
      dissociation: { instrument: "CADSS" as const, total: 30, distressing: true },
    }));
    expect(rec(run({ sessions }), "lower-dose")).toBeUndefined();
  });
});

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

describe("dose basis", () => {
  it("computes on the basis the last session charted", () => {
    const a = run({ change: (i) => ({ doseBasis: i < 5 ? "actual" : "ideal" }) });
    const ideal = a.patient.weights.idealKg;
    expect(ideal).toBe(61.4);
    expect(rec(a, "escalate-dose")).toMatchObject({
      weightBasis: "ideal",
      basisWeightKg: 61.4,
      doseMg: 36.8,
    });
    expect(rec(a, "faster-infusion")).toMatchObject({ weightBasis: "ideal", doseMg: 30.7 });
  });

  it("falls back to the clinic default when no session charted one", () => {
    const a = run({ settings: { ...noStop, doseWeightBasis: "adjusted" } });
    expect(a.patient.weights.adjustedKg).toBe(64.9);
    expect(rec(a, "escalate-dose")).toMatchObject({
      weightBasis: "adjusted",
      basisWeightKg: 64.9,
      doseMg: 38.9,
    });
  });

  it("prefers the charted basis to the clinic default", () => {
    const a = run({
      change: () => ({ doseBasis: "actual" }),
      settings: { ...noStop, doseWeightBasis: "ideal" },
    });
    expect(rec(a, "escalate-dose")).toMatchObject({ weightBasis: "actual", basisWeightKg: 70, doseMg: 42 });
  });

  it("proposes no weight-based dose rather than switching basis when the height is missing", () => {
    const a = run({
      record: { patient: { id: "p1", birthDate: "1980-01-01", sex: "female", weightKg: 70 } },
      settings: { ...noStop, doseWeightBasis: "ideal" },
    });
    expect(rec(a, "escalate-dose")).toBeUndefined();
    expect(rec(a, "faster-infusion")).toBeUndefined();
  });

  it("gives every weight-based proposal its basis and basis weight", () => {
    const a = run({ ...thenAt(0.6, 0.6), record: { history: { poorVenousAccess: true } } });
    const weighted = a.recommendations.filter((r) => r.doseMgPerKg !== undefined);
    expect(weighted.map((r) => r.code).sort()).toEqual([
      "escalate-dose",
      "faster-infusion",
      "switch-route-im",
    ]);
    for (const r of weighted) {
      expect(r.weightBasis).toBe("actual");
      expect(r.basisWeightKg).toBe(70);
      expect(r.doseMg).toBeCloseTo((r.doseMgPerKg ?? 0) * 70, 1);
    }
  });
});
