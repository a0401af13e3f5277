// What the trajectory chart draws, taken from the Assessment and the charted sessions; shared by web app and documents.

import { type Assessment, protocols, type Session } from "../clinical/index.ts";
import type { ReferenceLine, SessionMark, TrajectoryInput } from "./trajectory-plot.ts";

function sessionDose(s: Session): string {
  if (s.doseMgPerKg !== undefined) return `${s.doseMgPerKg} mg/kg`;
  if (s.doseMg !== undefined) return `${s.doseMg} mg`;
  return "";
}

/** One session's marker; `formatDate` writes the date the way the caller's readers expect. */
export function sessionMark(s: Session, formatDate: (date: string) => string): SessionMark {
  const route = protocols[s.modality].name;
  const parts = [formatDate(s.date), route];
  const dose = sessionDose(s);
  if (dose !== "")
    parts.push(s.doseMg !== undefined && s.doseMgPerKg !== undefined ? `${dose} (${s.doseMg} mg)` : dose);
  if (s.infusionMinutes !== undefined) parts.push(`over ${s.infusionMinutes} min`);
  if (s.dissociation?.total !== undefined) parts.push(`CADSS ${s.dissociation.total}`);
  if (!s.completed) parts.push("not completed");
  return { date: s.date, route, dose, cadss: s.dissociation?.total ?? null, detail: parts.join(" · ") };
}

const oneDecimal = (x: number) => String(Math.round(x * 10) / 10);

/** Reference lines from the Assessment's own numbers: its baseline, half and three-quarters of it, its remission cut-off. */
export function referenceLines(outcome: Assessment["outcome"]): ReferenceLine[] {
  const lines: ReferenceLine[] = [];
  const baseline = outcome.baseline?.total;
  if (baseline !== undefined) {
    lines.push({ value: baseline, label: `Baseline ${baseline}`, kind: "baseline" });
    const partial = baseline * 0.75;
    const response = baseline * 0.5;
    lines.push({ value: partial, label: `Partial (−25%) ${oneDecimal(partial)}`, kind: "partial" });
    lines.push({ value: response, label: `Response (−50%) ${oneDecimal(response)}`, kind: "response" });
  }
  if (outcome.remissionMax !== null) {
    lines.push({
      value: outcome.remissionMax,
      label: `Remission ≤ ${outcome.remissionMax}`,
      kind: "remission",
    });
  }
  return lines;
}

/** Everything the chart needs; null when the primary scale has no scores to draw. */
export function trajectoryInput(
  assessment: Assessment,
  sessions: readonly Session[],
  formatDate: (date: string) => string,
): TrajectoryInput | null {
  const { trajectory, outcome } = assessment;
  if (trajectory.points.length === 0) return null;
  return {
    instrument: trajectory.instrument ?? "Score",
    points: trajectory.points.map((p) => ({ date: p.date, total: p.total })),
    lines: referenceLines(outcome),
    sessions: sessions.map((s) => sessionMark(s, formatDate)),
    description: trajectory.summary,
  };
}
