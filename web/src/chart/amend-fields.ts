// Which values of each kind of row an amendment can correct, how each reads from and writes into the row, and its label.

import { eventTypes, protocols } from "../../../src/clinical/index.ts";
import type { Resource, Rows } from "../api/patient-queries.ts";
import type { Session } from "../api/types.ts";

export interface AmendField {
  /** The API's field path inside the row (`bloodPressure.systolic`): server issues land beside it. */
  readonly path: string;
  readonly label: string;
  readonly kind: "text" | "number" | "date" | "select" | "list";
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  readonly hint?: string;
  readonly readOnly?: boolean;
}

type Plain = Readonly<Record<string, unknown>>;

function isPlain(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at a dotted path, or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  let here: unknown = data;
  for (const key of path.split(".")) here = isPlain(here) ? here[key] : undefined;
  return here;
}

/** A field's value as the form shows it. */
export function readField(data: unknown, field: AmendField): string {
  const value = valueAt(data, field.path);
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

function typed(field: AmendField, text: string): unknown {
  const t = text.trim();
  if (t === "") return field.kind === "list" ? [] : undefined;
  if (field.kind === "number") return Number(t);
  if (field.kind === "list")
    return t
      .split(/[;,]/)
      .map((s) => s.trim())
      .filter((s) => s !== "");
  return t;
}

/** A copy of `data` with the value at `path` replaced; an empty object left behind is dropped. */
function withValue(data: unknown, path: readonly string[], value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  const base: Record<string, unknown> = isPlain(data) ? { ...data } : {};
  const next = withValue(base[key], rest, value);
  if (next === undefined || (isPlain(next) && Object.values(next).every((v) => v === undefined)))
    delete base[key];
  else base[key] = next;
  return base;
}

/** The corrected row: the original with each typed value written in (an emptied field removes the value). */
export function correctedRow(
  data: unknown,
  fields: readonly AmendField[],
  values: Readonly<Record<string, string>>,
): unknown {
  let out = data;
  for (const field of fields) {
    if (field.readOnly === true) continue;
    const text = values[field.path];
    if (text === undefined || text === readField(data, field)) continue;
    // CADSS totals live inside a dissociation record that must name its instrument.
    if (
      field.path === "dissociation.total" &&
      valueAt(out, "dissociation") === undefined &&
      text.trim() !== ""
    )
      out = withValue(out, ["dissociation", "instrument"], "CADSS");
    out = withValue(out, field.path.split("."), typed(field, text));
  }
  return out;
}

const bp = (path: string, label: string): AmendField[] => [
  { path: `${path}.systolic`, label: `${label} systolic`, kind: "number" },
  { path: `${path}.diastolic`, label: `${label} diastolic`, kind: "number" },
];

function sessionFields(s: Session): AmendField[] {
  const date: AmendField = { path: "date", label: "Date", kind: "date" };
  const sideEffects: AmendField = {
    path: "sideEffects",
    label: "Side effects",
    kind: "list",
    hint: "Separate several with commas",
  };
  const dose = protocols[s.modality].dose;
  if (s.modality === "tms")
    return [
      date,
      { path: "protocol", label: "Protocol", kind: "text" },
      { path: "motorThresholdPercentOutput", label: "Motor threshold (% of output)", kind: "number" },
      { path: "intensityPercentMT", label: "Intensity (% of motor threshold)", kind: "number" },
      { path: "pulses", label: "Pulses", kind: "number" },
      sideEffects,
    ];
  return [
    date,
    ...(dose.unit === "mg" || dose.unit === "mg-fixed"
      ? [{ path: "doseMg", label: "Dose (mg)", kind: "number" } as const]
      : []),
    ...(s.modality === "iv-ketamine"
      ? [{ path: "infusionMinutes", label: "Infusion (minutes)", kind: "number" } as const]
      : []),
    ...bp("bloodPressure", "BP before"),
    ...(s.modality === "esketamine" ? [] : bp("bloodPressureAfter", "BP after")),
    { path: "dissociation.total", label: "CADSS total", kind: "number" },
    { path: "recoveryMinutes", label: "Recovery (minutes)", kind: "number" },
    sideEffects,
  ];
}

/** The correctable fields of one row. */
export function amendFields<K extends Resource>(resource: K, data: Rows[K]): AmendField[] {
  switch (resource) {
    case "sessions":
      return sessionFields(data as Session);
    case "medications":
      return [
        { path: "name", label: "Medication", kind: "text" },
        { path: "dose", label: "Dose", kind: "text" },
        { path: "start", label: "Start", kind: "date" },
        { path: "end", label: "End", kind: "date" },
      ];
    case "events":
      return [
        { path: "date", label: "Date", kind: "date" },
        {
          path: "type",
          label: "Event",
          kind: "select",
          options: eventTypes.map((t) => ({ value: t, label: t.replaceAll("-", " ") })),
        },
        { path: "note", label: "Note", kind: "text" },
      ];
    default: {
      const itemised = valueAt(data, "items") !== undefined;
      return [
        { path: "date", label: "Date", kind: "date" },
        {
          path: "total",
          label: "Total",
          kind: "number",
          ...(itemised
            ? { readOnly: true, hint: "Scored from the items: rate the scale again to change item scores." }
            : {}),
        },
      ];
    }
  }
}

/** A field path's label for the amendment history, or the path itself for values no form edits. */
export function pathLabel(fields: readonly AmendField[], path: string): string {
  return fields.find((f) => f.path === path)?.label ?? path;
}
