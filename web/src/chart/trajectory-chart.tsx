// The primary instrument's trajectory: the Assessment's points and reference lines, with each charted session marked.

import { useEffect, useRef, useState } from "react";
import { protocols } from "../../../src/clinical/index.ts";
import type { Assessment, Session, StoredRow } from "../api/types.ts";
import { formatDate } from "../labels.ts";
import type { ReferenceLine, SessionMark, TrajectoryInput } from "./plot-trajectory.ts";

function sessionDose(s: Session): string {
  if (s.doseMgPerKg !== undefined) return `${s.doseMgPerKg} mg/kg`;
  if (s.doseMg !== undefined) return `${s.doseMg} mg`;
  return "";
}

export function sessionMark(s: Session): SessionMark {
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

interface Props {
  readonly assessment: Assessment;
  readonly sessions: readonly StoredRow<Session>[];
}

export function TrajectoryChart({ assessment, sessions }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const { trajectory, outcome } = assessment;

  useEffect(() => {
    const element = holder.current;
    if (element === null) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = holder.current;
    if (element === null || width === 0 || trajectory.points.length === 0) return;
    const input: TrajectoryInput = {
      instrument: trajectory.instrument ?? "Score",
      points: trajectory.points,
      lines: referenceLines(outcome),
      sessions: sessions.map((row) => sessionMark(row.data)),
      description: trajectory.summary,
    };
    let live = true;
    import("./plot-trajectory.ts").then(
      ({ drawTrajectory }) => {
        if (live) element.replaceChildren(drawTrajectory(input, width));
      },
      () => {
        if (live) element.textContent = "The chart could not be drawn; the scores are in the table below.";
      },
    );
    return () => {
      live = false;
    };
  }, [trajectory, outcome, sessions, width]);

  return (
    <figure className="trajectory">
      <figcaption>
        <strong>{trajectory.instrument ?? "No primary scale"}</strong> trajectory: {trajectory.summary}
      </figcaption>
      {trajectory.points.length === 0 ? (
        <p className="empty">No scores yet: rate the primary scale to start the chart.</p>
      ) : null}
      <div ref={holder} className="plot" hidden={trajectory.points.length === 0} />
    </figure>
  );
}
