// A small line chart of the patient's own totals, drawn as plain SVG with the values also given as text.

import type { Language, Progress } from "./report-api.ts";
import type { Strings } from "./strings.ts";

const width = 320;
const height = 140;
const pad = { left: 28, right: 12, top: 10, bottom: 22 };

export function ProgressChart({
  progress,
  label,
  t,
  language,
}: {
  readonly progress: Progress;
  readonly label: string;
  readonly t: Strings;
  readonly language: Language;
}) {
  const day = new Intl.DateTimeFormat(language === "es" ? "es-US" : "en-US", {
    dateStyle: "medium",
    timeZone: "UTC",
  });
  const { points, maxTotal } = progress;
  const x = (i: number) =>
    pad.left + (points.length === 1 ? 0.5 : i / (points.length - 1)) * (width - pad.left - pad.right);
  const y = (v: number) => pad.top + (1 - v / maxTotal) * (height - pad.top - pad.bottom);
  const line = points
    .map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.total).toFixed(1)}`)
    .join(" ");
  return (
    <figure className="progress-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`chart-${progress.instrument}`}>
        <title id={`chart-${progress.instrument}`}>{label}</title>
        <line x1={pad.left} x2={width - pad.right} y1={y(0)} y2={y(0)} className="axis" />
        <text x={pad.left - 6} y={y(0)} className="tick" textAnchor="end" dominantBaseline="middle">
          0
        </text>
        <text x={pad.left - 6} y={y(maxTotal)} className="tick" textAnchor="end" dominantBaseline="middle">
          {maxTotal}
        </text>
        <path d={line} className="trend" />
        {points.map((p, i) => (
          <circle key={`${p.date}-${p.total}`} cx={x(i)} cy={y(p.total)} r={4} className="point" />
        ))}
      </svg>
      <figcaption>
        <ul className="chart-values">
          {points.map((p) => (
            <li key={`${p.date}-${p.total}`}>
              {t.scoreOn(day.format(new Date(`${p.date}T00:00:00Z`)), p.total)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
