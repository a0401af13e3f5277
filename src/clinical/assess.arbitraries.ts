// Arbitrary valid patient records and clinic settings, and their parts, for the engine's property tests.

import fc from "fast-check";
import { parseRecord } from "./parse.ts";
import { type Modality, modalities } from "./protocols/index.ts";
import { eventTypes, type PatientRecord } from "./record.ts";
import { clinicSettingsSchema } from "./settings.ts";
import { day, type MeasurementInput } from "./test-records.ts";

const today = "2026-12-31";

/** Generators build valid records by construction; a refusal here is a bug in the generator, said loudly. */
export function valid(input: unknown): PatientRecord {
  const parsed = parseRecord(input, { today });
  if (!parsed.ok) throw new Error(`generated an invalid record: ${JSON.stringify(parsed.issues)}`);
  return parsed.record;
}

/** True about one time in `n`: rare flags keep most generated courses going, so the plan's rules get exercised. */
const rarely = (n: number) => fc.integer({ min: 1, max: n }).map((k) => k === 1);

// Generated inputs go through parseRecord, which takes unknown input, so they are left loosely typed here.
export const doseArb: Record<Modality, fc.Arbitrary<Record<string, number>>> = {
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

export const sessionExtrasArb = fc.record(
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

export const medicationsArb = fc.subarray([
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

export const historyArb = fc.record(
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

export const recordPatientArb = fc.record(
  {
    id: fc.constant("p1"),
    birthDate: fc.constantFrom("1945-03-01", "1960-12-31", "1961-06-15", "1980-01-01", "2000-07-07"),
    sex: fc.constantFrom("female" as const, "male" as const, "other" as const, "unknown" as const),
    weightKg: fc.integer({ min: 40, max: 200 }),
    heightCm: fc.integer({ min: 150, max: 200 }),
  },
  { requiredKeys: ["id", "birthDate", "sex", "weightKg"] },
);

export const recordArb: fc.Arbitrary<PatientRecord> = fc
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
  .map(valid);

export const settingsArb = fc
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
