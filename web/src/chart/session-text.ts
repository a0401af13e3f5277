// A charted session's dose and observation as the record table's short text.

import type { Session } from "../api/types.ts";

/** What the session's dose was: mg/kg and mg, or TMS's intensity and pulses. */
export function doseText(s: Session): string {
  if (s.modality === "tms")
    return (
      [
        s.protocol,
        s.intensityPercentMT === undefined ? undefined : `${s.intensityPercentMT}% MT`,
        s.pulses === undefined ? undefined : `${s.pulses} pulses`,
      ]
        .filter((x) => x !== undefined)
        .join(" · ") || "—"
    );
  return `${s.doseMgPerKg !== undefined ? `${s.doseMgPerKg} mg/kg · ` : ""}${s.doseMg !== undefined ? `${s.doseMg} mg` : "—"}`;
}

export function observationText(s: Session): string | null {
  const o = s.observation;
  if (o === undefined) return null;
  const checks = `${o.checks.length} check${o.checks.length === 1 ? "" : "s"}`;
  const left = o.readyToLeaveMinutes === undefined ? "" : `, ready to leave at ${o.readyToLeaveMinutes} min`;
  return `Observed from ${o.doseTime}: ${checks}${left}`;
}
