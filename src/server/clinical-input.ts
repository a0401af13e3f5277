// Request bodies for patients and clinical rows: the engine's schemas plus its clinical rules and the no-future-date rule.

import { z } from "zod";
import {
  checkMeasurement,
  diagnosisSchema,
  eventSchema,
  historySchema,
  measurementSchema,
  medicationSchema,
  patientSchema,
  priorTreatmentSchema,
  sessionLimitViolations,
  sessionSchema,
} from "../clinical/index.ts";
import type { ClinicalResource } from "../store/store.ts";

interface RuleIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

type Today = () => string;

// One response must name every offending field. Zod skips object-level refinements once any field has
// the wrong type, so each rule is attached where it still runs: a date rule on its own field, and a
// cross-field rule on the object, gated only on the fields it reads having their declared types.

function notFuture<T extends string | undefined>(date: z.ZodType<T>, today: Today): z.ZodType<T> {
  return date.superRefine((value, ctx) => {
    const t = today();
    if (value !== undefined && value > t)
      ctx.addIssue({ code: "custom", message: `must not be in the future (after ${t})` });
  });
}

/** Issues after which a field's value is not its declared type, so a rule must not read it. */
const malformed = new Set([
  "invalid_type",
  "invalid_value",
  "invalid_union",
  "invalid_format",
  "invalid_key",
]);

function crossField<S extends z.ZodType>(
  schema: S,
  reads: readonly string[],
  rule: (value: z.output<S>) => RuleIssue[],
): S {
  return schema.superRefine(
    (value, ctx) => {
      for (const issue of rule(value))
        ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message });
    },
    {
      // A value out of range is still a number the rule can judge (a dose both too fast and too high
      // is reported for both); a value of the wrong type is not.
      when: (payload) =>
        typeof payload.value === "object" &&
        payload.value !== null &&
        !payload.issues.some((i) => malformed.has(i.code) && reads.includes(String(i.path?.[0]))),
    },
  );
}

const doseFields = ["modality", "doseMgPerKg", "doseMg", "infusionMinutes", "intensityPercentMT"];

export function sessionBody(today: Today) {
  const dated = sessionSchema.extend({ date: notFuture(sessionSchema.shape.date, today) });
  const dosed = crossField(dated, doseFields, (s) =>
    sessionLimitViolations(s).map((v) => ({ path: [v.field], message: v.message })),
  );
  return crossField(dosed, ["dissociation"], (s) => {
    const d = s.dissociation;
    if (d === undefined || (d.total === undefined && d.items === undefined)) return [];
    const checked = checkMeasurement("CADSS", d);
    return "errors" in checked
      ? checked.errors.map((e) => ({ path: ["dissociation", e.field], message: e.message }))
      : [];
  });
}

export function measurementBody(today: Today) {
  const dated = measurementSchema.extend({ date: notFuture(measurementSchema.shape.date, today) });
  return crossField(dated, ["instrument", "total", "items"], (m) => {
    const checked = checkMeasurement(m.instrument, m);
    return "errors" in checked ? checked.errors.map((e) => ({ path: [e.field], message: e.message })) : [];
  });
}

export function medicationBody(today: Today) {
  const dated = medicationSchema.extend({ start: notFuture(medicationSchema.shape.start, today) });
  return crossField(dated, ["start", "end"], (m) =>
    m.start !== undefined && m.end !== undefined && m.end < m.start
      ? [{ path: ["end"], message: "must not be before the start date" }]
      : [],
  );
}

export function eventBody(today: Today) {
  return eventSchema.extend({ date: notFuture(eventSchema.shape.date, today) });
}

/** Every clinical resource's body, by resource, for one app's clock. */
export function clinicalBodies(today: Today) {
  return {
    sessions: sessionBody(today),
    measurements: measurementBody(today),
    medications: medicationBody(today),
    events: eventBody(today),
    priorTreatments: priorTreatmentSchema,
    diagnoses: diagnosisSchema,
  } as const satisfies Record<ClinicalResource, z.ZodType>;
}

export const reasonSchema = z.string().trim().min(1, "must say why").max(1000);

const demographics = {
  mrn: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .nullable()
    .describe("Medical record number; null when the clinic has none"),
  givenName: z.string().trim().min(1, "must not be empty").max(100),
  familyName: z.string().trim().min(1, "must not be empty").max(100),
  sex: patientSchema.shape.sex,
  weightKg: patientSchema.shape.weightKg,
  heightCm: patientSchema.shape.heightCm.unwrap().nullable(),
};

export function newPatientBody(today: Today) {
  return z.object({
    ...demographics,
    birthDate: notFuture(patientSchema.shape.birthDate, today),
    mrn: demographics.mrn.default(null),
    heightCm: demographics.heightCm.default(null),
    history: historySchema.default({}),
  });
}

/** A demographic correction, to one or more of the fields, and why. Recorded as an amendment that keeps the old values. */
export function patientChangesBody(today: Today) {
  const changes = z.object({
    mrn: demographics.mrn.optional(),
    givenName: demographics.givenName.optional(),
    familyName: demographics.familyName.optional(),
    birthDate: notFuture(patientSchema.shape.birthDate, today).optional(),
    sex: demographics.sex.optional(),
    weightKg: demographics.weightKg.optional(),
    heightCm: demographics.heightCm.optional(),
    history: historySchema.optional(),
    reason: reasonSchema,
  });
  return crossField(changes, Object.keys(changes.shape), ({ reason: _why, ...fields }) =>
    Object.values(fields).every((v) => v === undefined)
      ? [{ path: [], message: "must change at least one field" }]
      : [],
  );
}
