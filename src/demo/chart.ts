// Builds one synthetic chart: sessions, ratings, medications and events placed a number of days before today.

import type { EventType, InstrumentId, Modality, PatientRecordInput } from "../clinical/index.ts";
import { daysBefore } from "./demo-dates.ts";
import type { Random } from "./seeded-random.ts";

type Input = { readonly [K in keyof PatientRecordInput]-?: NonNullable<PatientRecordInput[K]> };
export type SessionInput = Input["sessions"][number];
export type HistoryInput = Input["history"];
type PriorInput = Input["priorTreatments"][number];
type PreSession = NonNullable<SessionInput["preSession"]>;

/** One value for every session, or one per session (the last repeats). */
type PerSession = number | readonly number[];

export interface SessionOptions {
  /** mg/kg for IV and IM, mg for esketamine, sublingual and oral; ignored for TMS. */
  readonly dose?: PerSession;
  /** CADSS total is drawn from this range; the default is minimal dissociation. */
  readonly cadss?: readonly [number, number];
  readonly distressing?: boolean;
  readonly sideEffects?: readonly string[];
  readonly recoveryMinutes?: readonly [number, number];
  readonly preSession?: Partial<PreSession>;
  readonly bloodPressure?: { readonly systolic: number; readonly diastolic: number };
  readonly completed?: boolean;
  readonly interrupted?: boolean;
  /** Why the session stopped early or the dose was held. */
  readonly interruptionReason?: string;
  /** TMS: the protocol name and pulses per session. */
  readonly tms?: { readonly protocol: string; readonly pulses: number };
}

function at(value: PerSession | undefined, i: number): number | undefined {
  if (value === undefined || typeof value === "number") return value;
  return value[Math.min(i, value.length - 1)];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Days-ago of sessions twice a week (3 then 4 days apart), starting `start` days ago. */
export function twiceWeekly(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start - (Math.floor(k / 2) * 7 + (k % 2) * 3));
}

/** Days-ago of weekly sessions. */
export function weekly(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start - k * 7);
}

/** Days-ago of sessions on five days out of seven, as a TMS course runs. */
export function weekdays(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start - (Math.floor(k / 5) * 7 + (k % 5)));
}

const defaultCadss: Record<Modality, readonly [number, number] | null> = {
  "iv-ketamine": [3, 8],
  "im-ketamine": [3, 8],
  esketamine: [2, 8],
  "sublingual-ketamine": [0, 4],
  "oral-ketamine": [0, 3],
  tms: null,
};
const swallowedOrSprayed: readonly Modality[] = ["esketamine", "sublingual-ketamine", "oral-ketamine"];

export class Chart {
  readonly diagnoses: Input["diagnoses"] = [];
  readonly priorTreatments: PriorInput[] = [];
  readonly medications: Input["medications"] = [];
  readonly sessions: SessionInput[] = [];
  readonly measurements: Input["measurements"] = [];
  readonly events: Input["events"] = [];
  history: HistoryInput = {};

  constructor(
    private readonly today: string,
    private readonly rng: Random,
    private readonly weightKg: number,
  ) {}

  date(daysAgo: number): string {
    return daysBefore(this.today, daysAgo);
  }

  diagnosis(code: string, display: string): this {
    this.diagnoses.push({ code, display });
    return this;
  }

  prior(type: PriorInput["type"], name: string, outcome: PriorInput["outcome"], weeks?: number): this {
    this.priorTreatments.push({ type, name, outcome, ...(weeks === undefined ? {} : { weeks }) });
    return this;
  }

  medication(name: string, dose: string, startDaysAgo: number, endDaysAgo?: number): this {
    this.medications.push({
      name,
      dose,
      start: this.date(startDaysAgo),
      ...(endDaysAgo === undefined ? {} : { end: this.date(endDaysAgo) }),
    });
    return this;
  }

  event(daysAgo: number, type: EventType, note?: string, strategy?: string): this {
    this.events.push({
      date: this.date(daysAgo),
      type,
      ...(note === undefined ? {} : { note }),
      ...(strategy === undefined ? {} : { strategy }),
    });
    return this;
  }

  /** Ratings as [days ago, total] pairs. */
  scores(instrument: InstrumentId, ...points: readonly (readonly [number, number])[]): this {
    for (const [daysAgo, total] of points) {
      this.measurements.push({ date: this.date(daysAgo), instrument, total });
    }
    return this;
  }

  madrs(...points: readonly (readonly [number, number])[]): this {
    return this.scores("MADRS", ...points);
  }

  /** A MADRS with item scores, so the suicidal-thoughts item (10) is on the chart. */
  madrsItems(daysAgo: number, total: number, suicidalThoughts: number): this {
    return this.itemised("MADRS", daysAgo, spread(total - suicidalThoughts, 9, 6), suicidalThoughts);
  }

  /** A PHQ-9 with item scores; item 9 asks about thoughts of death or self-harm. */
  phq9Items(daysAgo: number, total: number, selfHarmThoughts: number): this {
    return this.itemised("PHQ9", daysAgo, spread(total - selfHarmThoughts, 8, 3), selfHarmThoughts);
  }

  private itemised(instrument: InstrumentId, daysAgo: number, rest: number[], last: number): this {
    const items = [...rest, last];
    const total = items.reduce((a, b) => a + b, 0);
    this.measurements.push({ date: this.date(daysAgo), instrument, items, total });
    return this;
  }

  /** A run of sessions of one modality, one per entry of `daysAgo`. */
  course(modality: Modality, daysAgo: readonly number[], options: SessionOptions = {}): this {
    daysAgo.forEach((d, i) => {
      this.sessions.push(this.session(modality, d, options, i));
    });
    return this;
  }

  private session(modality: Modality, daysAgo: number, o: SessionOptions, i: number): SessionInput {
    const rng = this.rng;
    const date = this.date(daysAgo);
    const dose = at(o.dose, i);
    const base: SessionInput = { date, modality, completed: o.completed ?? true };
    if (modality === "tms") {
      const tms = o.tms ?? { protocol: "10 Hz left DLPFC", pulses: 3000 };
      return { ...base, protocol: tms.protocol, pulses: tms.pulses, intensityPercentMT: 120 };
    }
    const weightBased = modality === "iv-ketamine" || modality === "im-ketamine";
    const doseFields = weightBased
      ? {
          doseMgPerKg: dose ?? 0.5,
          doseMg: round1((dose ?? 0.5) * this.weightKg),
          doseBasis: "actual" as const,
          weightKg: this.weightKg,
        }
      : { doseMg: dose ?? (modality === "esketamine" ? 84 : 150) };
    const systolic = rng.int(112, 134);
    const diastolic = rng.int(70, 86);
    const range = o.cadss ?? defaultCadss[modality];
    const recovery = o.recoveryMinutes ?? [40, 75];
    const preSession: PreSession = {
      ...(swallowedOrSprayed.includes(modality) ? { fasted: true } : {}),
      caffeine: false,
      sleepHours: rng.pick([6.5, 7, 7.5, 8] as const),
      ...o.preSession,
    };
    return {
      ...base,
      ...doseFields,
      ...(modality === "iv-ketamine" ? { infusionMinutes: 40 } : {}),
      ...(o.interrupted === undefined ? {} : { interrupted: o.interrupted }),
      ...(o.interruptionReason === undefined ? {} : { interruptionReason: o.interruptionReason }),
      ...(range === null
        ? {}
        : {
            dissociation: {
              instrument: "CADSS" as const,
              total: rng.int(range[0], range[1]),
              ...(o.distressing ? { distressing: true } : {}),
            },
          }),
      bloodPressure: o.bloodPressure ?? { systolic, diastolic },
      bloodPressureAfter: { systolic: systolic + rng.int(0, 4), diastolic: diastolic + rng.int(0, 3) },
      recoveryMinutes: rng.int(recovery[0], recovery[1]),
      sideEffects: [...(o.sideEffects ?? [])],
      preSession,
    };
  }
}

/** `total` spread over `count` items as evenly as the item maximum allows, larger shares first. */
function spread(total: number, count: number, max: number): number[] {
  if (total < 0 || total > count * max) throw new RangeError(`cannot spread ${total} over ${count} items`);
  const base = Math.floor(total / count);
  const extra = total % count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
}
