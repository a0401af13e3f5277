// The primary instrument's trajectory: the Assessment's points and reference lines, with each charted session marked.

import { useEffect, useRef, useState } from "react";
import { trajectoryInput } from "../../../src/charts/trajectory-input.ts";
import type { Assessment, Session, StoredRow } from "../api/types.ts";
import { formatDate } from "../labels.ts";

interface Props {
  readonly assessment: Assessment;
  readonly sessions: readonly StoredRow<Session>[];
}

export function TrajectoryChart({ assessment, sessions }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const { trajectory } = assessment;

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
    const input = trajectoryInput(
      assessment,
      sessions.map((row) => row.data),
      formatDate,
    );
    if (input === null) return;
    let live = true;
    import("../../../src/charts/trajectory-plot.ts").then(
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
  }, [assessment, trajectory, sessions, width]);

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
