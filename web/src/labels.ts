// Words the screens show for the engine's codes: classifications, modalities, roles, severities, dates.

import { type InstrumentId, instruments, type Modality, protocols } from "../../src/clinical/index.ts";
import type { Assessment, Severity } from "./api/types.ts";

type Classification = Assessment["outcome"]["classification"];

export const classificationLabels: Readonly<Record<Classification, string>> = {
  remission: "Remission",
  response: "Response",
  "partial-response": "Partial response",
  "non-response": "Non-response",
  "insufficient-data": "Insufficient data",
};

export const severityLabels: Readonly<Record<Severity, string>> = {
  critical: "Critical",
  warning: "Warning",
  info: "Info",
};

export function modalityName(modality: Modality | null): string {
  return modality === null ? "No course" : protocols[modality].name;
}

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** 2026-11-27 → 27 Nov 2026; dates are calendar dates, so they are read and written in UTC. */
export function formatDate(date: string | null | undefined): string {
  if (date === null || date === undefined || date === "") return "—";
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : dayFormat.format(parsed);
}

const momentFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** An instant (ISO timestamp) in the browser's own time zone, in the same day-month-year order as dates. */
export function formatMoment(instant: string): string {
  const parsed = new Date(instant);
  return Number.isNaN(parsed.getTime()) ? instant : momentFormat.format(parsed);
}

export function formatPercent(value: number | null): string {
  if (value === null) return "—";
  const rounded = Math.round(value);
  return rounded > 0 ? `−${rounded}%` : rounded < 0 ? `+${-rounded}%` : "0%";
}

export function patientName(p: { readonly givenName: string; readonly familyName: string }): string {
  return `${p.familyName}, ${p.givenName}`;
}

/** A band's label from the instrument's own table ("moderate" → "Moderate depression"). */
export function bandLabel(instrument: string | null, code: string): string {
  if (instrument === null || !Object.hasOwn(instruments, instrument)) return code;
  const found = instruments[instrument as InstrumentId].bands.find((b) => b.code === code);
  return found?.label ?? code;
}
