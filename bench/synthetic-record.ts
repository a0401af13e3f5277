// Synthetic patient records for the benchmark: seeded, deterministic, valid, and about no real person.

import type { Measurement, PatientRecord, Session } from "../src/clinical/index.ts";

/** The date every synthetic record is assessed on; all record dates fall before it. */
export const benchAsOf = "2026-03-02";

/** mulberry32: a small 32-bit generator, enough for test data and identical on every platform. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, options: readonly [T, ...T[]]): T {
  return options[Math.floor(random() * options.length)] ?? options[0];
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Item scores that add up to `total`, each within 0..max, with the last (suicide) item kept low. */
function itemsFor(random: Random, total: number, count: number, max: number): number[] {
  const items = new Array<number>(count).fill(0);
  items[count - 1] = total >= 20 ? between(random, 0, 1) : 0;
  let left = total - (items[count - 1] ?? 0);
  while (left > 0) {
    const i = between(random, 0, count - 2);
    const v = items[i] ?? 0;
    if (v < max) {
      items[i] = v + 1;
      left -= 1;
    }
  }
  return items;
}

const medicationPool = [
  { name: "sertraline", dose: "100 mg daily" },
  { name: "bupropion XL", dose: "300 mg daily" },
  { name: "aripiprazole", dose: "5 mg daily" },
  { name: "clonazepam", dose: "0.5 mg twice daily" },
  { name: "lamotrigine", dose: "100 mg daily" },
  { name: "trazodone", dose: "50 mg at night" },
] as const;

const sideEffectPool = ["nausea", "dizziness", "headache", "blurred vision"] as const;

/**
 * Record number `index`: 30 IV ketamine infusions twice a week, MADRS items every third session,
 * PHQ-9 and GAD-7 totals now and then, a few medications and events. Same index, same record.
 */
export function syntheticRecord(index: number, sessionCount = 30): PatientRecord {
  const random = seededRandom(0x7a11 + index * 7919);
  const weightKg = between(random, 50, 130);
  // Twice a week, three and four days apart, ending one to twenty weeks before benchAsOf.
  const start = addDays(benchAsOf, -between(random, 1, 20) * 7 - Math.ceil(sessionCount / 2) * 7);
  const baseline = between(random, 24, 44);
  const responseRate = random() * 0.06;
  const escalateAt = random() < 0.4 ? between(random, 6, 12) : sessionCount;

  const sessions: Session[] = [];
  const measurements: Measurement[] = [];
  for (let n = 0; n < sessionCount; n += 1) {
    const date = addDays(start, Math.floor(n / 2) * 7 + (n % 2) * 3);
    const dissociation = between(random, 2, 40);
    sessions.push({
      date,
      modality: "iv-ketamine",
      doseMgPerKg: n < escalateAt ? 0.5 : n < escalateAt + 2 ? 0.6 : 0.75,
      doseBasis: "actual",
      weightKg,
      infusionMinutes: 40,
      completed: true,
      dissociation: { instrument: "CADSS", total: dissociation, distressing: dissociation > 30 },
      bloodPressure: { systolic: between(random, 108, 138), diastolic: between(random, 64, 88) },
      bloodPressureAfter: { systolic: between(random, 112, 150), diastolic: between(random, 66, 92) },
      recoveryMinutes: between(random, 40, 90),
      sideEffects: random() < 0.3 ? [pick(random, sideEffectPool)] : [],
      preSession: { fasted: random() < 0.9, caffeine: random() < 0.2, sleepHours: between(random, 4, 9) },
    });
    if (n % 3 === 0) {
      const total = Math.max(
        0,
        Math.min(60, Math.round(baseline * (1 - responseRate * n)) + between(random, -2, 2)),
      );
      measurements.push({ date, instrument: "MADRS", items: itemsFor(random, total, 10, 6) });
    }
    if (n % 6 === 0) {
      measurements.push({ date, instrument: "PHQ9", total: between(random, 8, 22) });
      measurements.push({ date, instrument: "GAD7", total: between(random, 4, 18) });
    }
  }

  const medications = medicationPool
    .filter(() => random() < 0.35)
    .map((m) => ({ name: m.name, dose: m.dose, start: addDays(start, -between(random, 60, 900)) }));

  return {
    patient: {
      id: `SYN-${String(index).padStart(6, "0")}`,
      birthDate: `${between(random, 1950, 2004)}-${String(between(random, 1, 12)).padStart(2, "0")}-15`,
      sex: pick(random, ["female", "male", "female", "male", "other"]),
      weightKg,
      heightCm: between(random, 150, 195),
    },
    diagnoses: [{ code: "F33.2", display: "Major depressive disorder, recurrent, severe" }],
    history: {
      trauma: random() < 0.4,
      anxiousDistress: random() < 0.5,
      psychotherapy: random() < 0.6,
      socialSupport: random() < 0.7,
      medicationAdherence: true,
      expectations: pick(random, ["realistic", "realistic", "unrealistic", "pessimistic"]),
    },
    priorTreatments: [
      { type: "antidepressant", name: "escitalopram", dailyDoseMg: 20, weeks: 10, outcome: "no-response" },
      {
        type: "antidepressant",
        name: "venlafaxine",
        dailyDoseMg: 225,
        weeks: 8,
        outcome: "partial-response",
      },
      { type: "augmentation", name: "aripiprazole", dailyDoseMg: 5, weeks: 8, outcome: "no-response" },
    ],
    medications,
    sessions,
    measurements,
    events: [
      { date: start, type: "consent", note: "Synthetic consent for IV ketamine induction." },
      ...(escalateAt < sessionCount
        ? [
            {
              date: sessions[escalateAt]?.date ?? start,
              type: "optimization" as const,
              strategy: "dose-escalation",
            },
          ]
        : []),
    ],
  };
}
