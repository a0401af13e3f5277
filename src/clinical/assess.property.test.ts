import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.ts";
import type { Assessment, Recommendation, Severity } from "./assessment.ts";
import { daysBetween } from "./dates.ts";
import { parseRecord } from "./parse.ts";
import { type Modality, modalities, protocols } from "./protocols/index.ts";
import { eventTypes, type PatientRecord } from "./record.ts";
import { clinicSettingsSchema } from "./settings.ts";
import { day, day0, lastDate, type MeasurementInput } from "./test-records.ts";

/** Property runs take seconds; under a loaded parallel run the 5 s default would make them flaky. */
const propertyTimeout = 60_000;

const today = "2026-12-31";

/** True about one time in `n`: rare flags keep most generated courses going, so the plan's rules get exercised. */
const rarely = (n: number) => fc.integer({ min: 1, max: n }).map((k) => k === 1);

// Generated inputs go through parseRecord, which takes unknown input, so they are left loosely typed here.
const doseArb: Record<Modality, fc.Arbitrary<Record<string, number>>> = {
  "iv-ketamine": fc.record({
    doseMgPerKg: fc.constantFrom(0.3, 0.35, 0.4, 0.5, 0.6, 0.75, 1.0),
    infusionMinutes: fc.constantFrom(20, 30, 40, 40, 40, 50, 60, 90, 120),
  }),
  "im-ketamine": fc.record({ doseMgPerKg: fc.constantFrom(0.5, 0.75, 1.0) }),
  esketamine: fc.record({ doseMg: fc.constantFrom(28, 56, 84) }),
  "sublingual-ketamine": fc.record({ doseMg: fc.integer({ min: 25, max: 300 }) }),
  "oral-ketamine": fc.record({ doseMg: fc.integer({ min: 25, max: 300 }) }),
  tms: fc.record({ intensityPercentMT: fc.integer({ min: 80, max: 120 }), pulses: fc.constant(3000) }),
};

const sideEffectArb = fc.subarray([
  "nausea",
  "headache",
  "palpitations",
  "transient hypertension",
  "distressing dissociation",
  "dizziness",
]);

const sessionExtrasArb = fc.record(
  {
    completed: rarely(8).map((incomplete) => !incomplete),
    doseBasis: fc.constantFrom("actual" as const, "ideal" as const, "adjusted" as const),
    dissociation: fc.record(
      {
        instrument: fc.constant("CADSS" as const),
        total: fc.integer({ min: 0, max: 40 }),
        distressing: rarely(6),
      },
      { requiredKeys: ["instrument", "total"] },
    ),
    bloodPressure: fc.record({
      systolic: fc.integer({ min: 95, max: 145 }),
      diastolic: fc.integer({ min: 55, max: 92 }),
    }),
    recoveryMinutes: fc.integer({ min: 30, max: 150 }),
    sideEffects: rarely(4).chain((any) => (any ? sideEffectArb : fc.constant<string[]>([]))),
    interruptionReason: fc.constantFrom("IV line infiltrated", "patient asked to stop", "nausea"),
  },
  { requiredKeys: [] },
);

/** Runs of one modality each; a course can change route between runs. */
const sessionsArb = fc
  .array(
    fc.record({
      modality: fc.constantFrom(...modalities, "iv-ketamine", "iv-ketamine", "esketamine"),
      count: fc.integer({ min: 1, max: 10 }),
      gap: fc.constantFrom(1, 3, 3, 4, 4, 7),
    }),
    { maxLength: 2 },
  )
  .chain((later) =>
    // The first run is usually a twice-weekly induction long enough to be an adequate trial.
    fc
      .record({
        modality: fc.constantFrom(
          ...modalities,
          "iv-ketamine",
          "iv-ketamine",
          "iv-ketamine",
          "im-ketamine",
          "esketamine",
        ),
        count: fc.integer({ min: 3, max: 12 }),
        gap: fc.constantFrom(3, 4, 3, 4, 7),
      })
      .map((first) => [first, ...later]),
  )
  .chain((runs) => {
    const plan: { modality: Modality; offset: number }[] = [];
    let offset = 0;
    for (const r of runs)
      for (let i = 0; i < r.count; i++) {
        plan.push({ modality: r.modality, offset });
        offset += r.gap;
      }
    return fc.tuple(
      ...plan.map((p) =>
        fc
          .tuple(doseArb[p.modality], sessionExtrasArb)
          .map(([dose, extras]) => ({ date: day(p.offset), modality: p.modality, ...dose, ...extras })),
      ),
    );
  });

const items = (n: number, max: number) =>
  fc.array(fc.integer({ min: 0, max }), { minLength: n, maxLength: n });
const ratingDay = fc.integer({ min: -7, max: 70 });

const measurementsArb: fc.Arbitrary<MeasurementInput[]> = fc
  .tuple(
    fc.option(fc.record({ d: fc.integer({ min: -14, max: 2 }), total: fc.integer({ min: 12, max: 50 }) }), {
      freq: 8,
    }),
    fc.array(fc.record({ d: fc.integer({ min: 1, max: 40 }), total: fc.integer({ min: 0, max: 60 }) }), {
      minLength: 1,
      maxLength: 8,
    }),
    fc.array(
      fc.oneof(
        fc.record({ d: ratingDay, instrument: fc.constant("PHQ9" as const), items: items(9, 3) }),
        fc.record({ d: ratingDay, instrument: fc.constant("CSSRS" as const), items: items(6, 1) }),
        fc.record({ d: ratingDay, instrument: fc.constant("MADRS" as const), items: items(10, 6) }),
      ),
      { maxLength: 1 },
    ),
    fc.array(
      fc.record({
        d: ratingDay,
        instrument: fc.constantFrom("GAD7" as const, "SHAPS" as const, "HAMD17" as const),
        total: fc.integer({ min: 0, max: 14 }),
      }),
      { maxLength: 2 },
    ),
  )
  .map(([baseline, later, itemised, others]) => [
    ...(baseline === null
      ? []
      : [{ date: day(baseline.d), instrument: "MADRS" as const, total: baseline.total }]),
    ...later.map(({ d, total }) => ({ date: day(d), instrument: "MADRS" as const, total })),
    ...itemised.map(({ d, instrument, items }) => ({ date: day(d), instrument, items })),
    ...others.map(({ d, instrument, total }) => ({ date: day(d), instrument, total })),
  ]);

const medicationsArb = fc.subarray([
  { name: "lithium carbonate 300 mg", start: day(10) },
  { name: "lithium carbonate 600 mg", start: "2024-01-01" },
  { name: "clonazepam 1 mg", start: "2024-01-01", end: day(12) },
  { name: "alprazolam", start: "2024-01-01" },
  { name: "sertraline 100 mg", start: "2024-01-01" },
  { name: "naltrexone", start: "2025-01-01" },
  { name: "memantine", start: "2025-01-01" },
]);

const eventsArb = fc.array(
  fc.record(
    {
      date: fc.integer({ min: -7, max: 70 }).map(day),
      type: fc.oneof(
        { weight: 1, arbitrary: fc.constantFrom(...eventTypes) },
        {
          weight: 3,
          arbitrary: fc.constantFrom(
            "optimization" as const,
            "cost-barrier" as const,
            "prefers-non-iv-route" as const,
            "note" as const,
          ),
        },
      ),
      strategy: fc.constantFrom("escalate-dose", "augment-lithium", "ketamine-assisted-psychotherapy"),
    },
    { requiredKeys: ["date", "type"] },
  ),
  { maxLength: 2 },
);

const historyArb = fc.record(
  {
    trauma: fc.boolean(),
    chronicPain: fc.boolean(),
    anxiousDistress: fc.boolean(),
    anhedonia: fc.boolean(),
    substanceUse: rarely(6),
    psychosis: rarely(10),
    psychotherapy: fc.boolean(),
    poorVenousAccess: fc.boolean(),
    comorbidities: fc.subarray(["ptsd", "chronic-pain", "personality-disorder", "bipolar"] as const),
  },
  { requiredKeys: [] },
);

const recordPatientArb = fc.record(
  {
    id: fc.constant("p1"),
    birthDate: fc.constantFrom("1945-03-01", "1960-12-31", "1961-06-15", "1980-01-01", "2000-07-07"),
    sex: fc.constantFrom("female" as const, "male" as const, "other" as const, "unknown" as const),
    weightKg: fc.integer({ min: 40, max: 200 }),
    heightCm: fc.integer({ min: 150, max: 200 }),
  },
  { requiredKeys: ["id", "birthDate", "sex", "weightKg"] },
);

const recordArb: fc.Arbitrary<PatientRecord> = fc
  .record({
    patient: recordPatientArb,
    history: historyArb,
    priorTreatments: fc.subarray([
      { type: "esketamine" as const, name: "Spravato", outcome: "no-response" as const },
      { type: "tms" as const, name: "TMS", outcome: "partial-response" as const },
      { type: "ect" as const, name: "ECT", outcome: "no-response" as const },
    ]),
    medications: medicationsArb,
    sessions: sessionsArb,
    measurements: measurementsArb,
    events: eventsArb,
  })
  .map((input) => {
    const parsed = parseRecord(input, { today });
    if (!parsed.ok) throw new Error(`generated an invalid record: ${JSON.stringify(parsed.issues)}`);
    return parsed.record;
  });

const settingsArb = fc
  .record(
    {
      madrsRemissionMax: fc.integer({ min: 7, max: 12 }),
      phq9Response: fc.constantFrom("fifty-percent" as const, "fifty-percent-or-below-10" as const),
      bloodPressureHoldSystolic: fc.integer({ min: 130, max: 160 }),
      doseWeightBasis: fc.constantFrom("actual" as const, "ideal" as const, "adjusted" as const),
      discontinueAfterOptimizedTreatments: fc.integer({ min: 6, max: 20 }),
    },
    { requiredKeys: [] },
  )
  .map((s) => clinicSettingsSchema.parse(s));

const asOfArb = fc.integer({ min: -3, max: 80 }).map(day);

/** A record and a date to assess it on: usually the day of its last session, sometimes any day. */
const caseArb = recordArb.chain((record) => {
  const last = lastDate(record.sessions);
  return fc.tuple(
    fc.constant(record),
    fc.oneof({ weight: 3, arbitrary: fc.constant(last) }, asOfArb),
    settingsArb,
  );
});

/** A course at its review point: one route, twice weekly, not responding, with everything else random. */
const reviewArb = fc
  .constantFrom(
    "iv-ketamine" as const,
    "iv-ketamine" as const,
    "im-ketamine" as const,
    "esketamine" as const,
    "sublingual-ketamine" as const,
  )
  .chain((modality) =>
    fc.record({
      patient: recordPatientArb,
      history: historyArb,
      medications: medicationsArb,
      events: fc.array(
        fc.record({
          date: fc.integer({ min: 0, max: 30 }).map(day),
          type: fc.constantFrom(
            "prefers-non-iv-route" as const,
            "prefers-home-treatment" as const,
            "cost-barrier" as const,
            "insurance-covers-esketamine" as const,
            "optimization" as const,
          ),
          strategy: fc.constantFrom("escalate-dose", "augment-lithium"),
        }),
        { maxLength: 2 },
      ),
      sessions: fc
        .array(fc.tuple(doseArb[modality], sessionExtrasArb), { minLength: 6, maxLength: 12 })
        .map((list) =>
          list.map(([dose, extras], i) => ({
            date: day(Math.floor(i / 2) * 7 + (i % 2) * 3),
            modality,
            ...dose,
            ...extras,
            completed: true,
          })),
        ),
      latest: fc.array(fc.integer({ min: 18, max: 38 }), { minLength: 3, maxLength: 3 }),
    }),
  )
  .chain(({ latest, sessions, ...rest }) => {
    const last = lastDate(sessions);
    const lastDay = daysBetween(day0, last);
    const measurements = [0, lastDay - 7, lastDay - 3, lastDay].map((d, i) => ({
      date: day(d),
      instrument: "MADRS" as const,
      total: i === 0 ? 36 : (latest[i - 1] ?? 36),
    }));
    const parsed = parseRecord({ ...rest, sessions, measurements }, { today });
    if (!parsed.ok) throw new Error(`generated an invalid record: ${JSON.stringify(parsed.issues)}`);
    return fc.tuple(fc.constant(parsed.record), fc.constant(last), settingsArb);
  });

const anyCase = fc.oneof(caseArb, reviewArb);

/** Which route a recommendation's dose is for. */
function doseModality(r: Recommendation, a: Assessment): Modality | "lithium" | null {
  const route: Record<string, Modality> = {
    "switch-route-esketamine": "esketamine",
    "switch-route-im": "im-ketamine",
    "switch-route-sublingual": "sublingual-ketamine",
    "switch-route-iv": "iv-ketamine",
  };
  if (r.code === "augment-lithium") return "lithium";
  return route[r.code] ?? a.trial.modality;
}

function checkDose(r: Recommendation, a: Assessment): void {
  const modality = doseModality(r, a);
  if (modality === "lithium") {
    expect(r.doseMg).toBeGreaterThanOrEqual(300);
    expect(r.doseMg).toBeLessThanOrEqual(600);
    return;
  }
  expect(modality, `${r.code} proposes a dose without a route`).not.toBeNull();
  if (modality === null) return;
  const rule = protocols[modality].dose;
  switch (rule.unit) {
    case "mg/kg": {
      expect(r.doseMgPerKg, `${r.code} on ${modality} is weight-based`).toBeDefined();
      const perKg = r.doseMgPerKg ?? Number.NaN;
      expect(perKg).toBeGreaterThan(0);
      expect(perKg).toBeLessThanOrEqual(1.0);
      expect(perKg).toBeLessThanOrEqual(rule.maxMgPerKg);
      expect(r.weightBasis).toBeDefined();
      expect(r.basisWeightKg).toBeGreaterThan(0);
      // mg = mg/kg × basis weight, rounded to 0.1 mg
      expect(
        Math.abs((r.doseMg ?? Number.NaN) - perKg * (r.basisWeightKg ?? Number.NaN)),
      ).toBeLessThanOrEqual(0.05 + 1e-9);
      const basis =
        r.weightBasis === "ideal" ? "idealKg" : r.weightBasis === "adjusted" ? "adjustedKg" : "actualKg";
      expect(r.basisWeightKg).toBe(a.patient.weights[basis]);
      if (modality === "iv-ketamine" && r.infusionMinutes !== undefined)
        expect(r.infusionMinutes).toBeGreaterThanOrEqual(20);
      break;
    }
    case "mg-fixed":
      expect(r.doseMgPerKg).toBeUndefined();
      expect([28, 56, 84]).toContain(r.doseMg);
      break;
    case "mg":
      expect(r.doseMgPerKg).toBeUndefined();
      expect(r.doseMg).toBeGreaterThan(0);
      expect(r.doseMg).toBeLessThanOrEqual(300);
      break;
    case "none":
      throw new Error(`${r.code} proposes a dose for ${modality}, which has none`);
  }
}

const rank: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const runs = { numRuns: 400 };

describe("assess on arbitrary valid records", { timeout: propertyTimeout }, () => {
  it(
    "never proposes a dose past a hard limit",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          const a = assess(record, asOf, settings);
          for (const r of a.recommendations)
            if (r.doseMgPerKg !== undefined || r.doseMg !== undefined || r.infusionMinutes !== undefined)
              checkDose(r, a);
        }),
        { numRuns: 1000 },
      );
    },
    propertyTimeout,
  );

  it(
    "never proposes a dose increase while dosing is held",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          const a = assess(record, asOf, settings);
          const held = a.findings.some(
            (f) =>
              f.code === "blood-pressure-hold" ||
              f.code === "emerging-psychosis" ||
              (f.code === "suicide-risk" && f.severity === "critical"),
          );
          if (held) expect(a.recommendations.map((r) => r.code)).not.toContain("escalate-dose");
        }),
        runs,
      );
    },
    propertyTimeout,
  );

  it(
    "always gives at least one recommendation",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          expect(assess(record, asOf, settings).recommendations.length).toBeGreaterThan(0);
        }),
        runs,
      );
    },
    propertyTimeout,
  );

  it(
    "recommends discontinuing with a next pathway whenever a criterion is met",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          const a = assess(record, asOf, settings);
          if (!a.discontinuation.met) return;
          const codes = a.recommendations.map((r) => r.code);
          expect(codes).toContain("discontinue");
          expect(codes).toContain("consider-alternative-pathways");
          expect(a.nextPathways.length).toBeGreaterThan(0);
        }),
        runs,
      );
    },
    propertyTimeout,
  );

  it(
    "gives every finding and recommendation a kebab-case code, evidence and a source",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          const a = assess(record, asOf, settings);
          for (const f of [...a.findings, ...a.recommendations]) {
            expect(f.code).toMatch(kebab);
            expect(f.evidence.length, `${f.code} has evidence`).toBeGreaterThan(0);
            expect(f.source.id).not.toBe("");
            expect(f.source.citation).not.toBe("");
            expect(a.citations.map((c) => c.id)).toContain(f.source.id);
          }
        }),
        runs,
      );
    },
    propertyTimeout,
  );

  it(
    "sorts findings and recommendations critical → warning → info",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          const a = assess(record, asOf, settings);
          for (const list of [a.findings, a.recommendations]) {
            const ranks = list.map((f) => rank[f.severity]);
            expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
          }
        }),
        runs,
      );
    },
    propertyTimeout,
  );

  it(
    "never repeats a recommendation code",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          const codes = assess(record, asOf, settings).recommendations.map((r) => r.code);
          expect(new Set(codes).size).toBe(codes.length);
        }),
        runs,
      );
    },
    propertyTimeout,
  );

  it(
    "gives the same assessment for the same record and date",
    () => {
      fc.assert(
        fc.property(anyCase, ([record, asOf, settings]) => {
          expect(assess(structuredClone(record), asOf, settings)).toEqual(assess(record, asOf, settings));
        }),
        { numRuns: 150 },
      );
    },
    propertyTimeout,
  );
});
