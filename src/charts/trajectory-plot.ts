// The trajectory chart drawn with Observable Plot: one drawing for the web app (browser DOM) and documents (linkedom).

import * as Plot from "@observablehq/plot";

export interface TrajectoryPoint {
  readonly date: string;
  readonly total: number;
}

export interface SessionMark {
  readonly date: string;
  /** The route's name, which picks the marker's shape. */
  readonly route: string;
  /** Short dose text drawn below the marker ("0.5 mg/kg", "84 mg"). */
  readonly dose: string;
  /** CADSS total, which colours the marker; null when none was charted. */
  readonly cadss: number | null;
  /** Everything charted about the session, for the marker's tooltip. */
  readonly detail: string;
}

export interface ReferenceLine {
  readonly value: number;
  readonly label: string;
  readonly kind: "baseline" | "response" | "partial" | "remission";
}

export interface TrajectoryInput {
  readonly instrument: string;
  readonly points: readonly TrajectoryPoint[];
  readonly lines: readonly ReferenceLine[];
  readonly sessions: readonly SessionMark[];
  readonly description: string;
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

const lineStyles: Readonly<Record<ReferenceLine["kind"], { stroke: string; dash: string }>> = {
  baseline: { stroke: "#4b5563", dash: "none" },
  response: { stroke: "#1e40af", dash: "6,4" },
  partial: { stroke: "#6b7280", dash: "2,3" },
  remission: { stroke: "#166534", dash: "10,3,2,3" },
};

/**
 * Plot labels every mark's group with aria-label, which ARIA forbids on an element with no role. The chart is one
 * image with one label (the table below the chart holds its data), so only the chart's own svg keeps one.
 */
function oneAccessibleImage<E extends ChartNode>(root: E, label: string): E {
  const labelled = [root, ...root.querySelectorAll("[aria-label], [aria-description]")];
  for (const element of labelled) {
    if (element.tagName.toLowerCase() === "svg" && element.getAttribute("aria-label") === label) {
      element.setAttribute("role", "img");
    } else {
      element.removeAttribute("aria-label");
      element.removeAttribute("aria-description");
    }
  }
  for (const swatch of root.querySelectorAll("svg:not([role])")) swatch.setAttribute("aria-hidden", "true");
  return root;
}

/** The part of a DOM element this module touches, so Node (linkedom) and the browser both satisfy it. */
export interface ChartNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): Iterable<ChartNode>;
}

type PlotOptions = NonNullable<Parameters<typeof Plot.plot>[0]>;

export interface DrawOptions {
  /** The document to build the SVG in; the browser's own when absent, a linkedom document in Node. */
  readonly document?: PlotOptions["document"];
  readonly height?: number;
  /** A font the renderer knows (PDF standard fonts); the page's own font when absent. */
  readonly fontFamily?: string;
  /** Plot's HTML legends; off for print, where the document explains the markers in words. */
  readonly legends?: boolean;
}

export function drawTrajectory(
  input: TrajectoryInput,
  width: number,
  options: DrawOptions = {},
): ReturnType<typeof Plot.plot> {
  const dates = [...input.points.map((p) => day(p.date)), ...input.sessions.map((s) => day(s.date))];
  const first = Math.min(...dates.map((d) => d.getTime()));
  const last = Math.max(...dates.map((d) => d.getTime()));
  const pad = Math.max(86_400_000, (last - first) * 0.03);
  const top = Math.max(...input.points.map((p) => p.total), ...input.lines.map((l) => l.value), 10);
  const height = options.height ?? 340;
  const marginTop = 20;
  const marginBottom = 34;
  const yMax = top * 1.08;
  // Below zero, a lane of fixed pixel height holds the session markers and their dose labels.
  const innerPx = height - marginTop - marginBottom;
  const lanePx = 78;
  const lane = (yMax * lanePx) / (innerPx - lanePx);
  const sessionY = (-lane * 14) / lanePx;
  const xEnd = new Date(last + pad);
  const step = top > 40 ? 10 : 5;
  const ticks = Array.from({ length: Math.floor(yMax / step) + 1 }, (_, i) => i * step);
  const sessionX = (s: SessionMark) => day(s.date);
  const rated = input.sessions.filter((s) => s.cadss !== null);
  const unrated = input.sessions.filter((s) => s.cadss === null);

  const label = `${input.instrument} scores over the course`;
  const chart = Plot.plot({
    width,
    height,
    marginTop,
    marginLeft: 44,
    marginRight: 150,
    marginBottom,
    ariaLabel: label,
    ariaDescription: input.description,
    style: { fontFamily: options.fontFamily ?? "inherit", fontSize: "12px", color: "#1f2937" },
    ...(options.document === undefined ? {} : { document: options.document }),
    x: { type: "utc", domain: [new Date(first - pad), xEnd], label: null, ticks: 6 },
    y: { domain: [-lane, yMax], label: `${input.instrument} total`, grid: true, ticks },
    symbol: { legend: options.legends ?? true, label: "Session route" },
    color: {
      type: "linear",
      scheme: "oranges",
      domain: [0, 40],
      legend: options.legends ?? true,
      label: "CADSS (dissociation)",
    },
    marks: [
      Plot.ruleY([0], { stroke: "#9ca3af" }),
      ...input.lines.flatMap((line) => [
        Plot.ruleY([line.value], {
          stroke: lineStyles[line.kind].stroke,
          strokeDasharray: lineStyles[line.kind].dash,
          strokeWidth: line.kind === "baseline" ? 1.5 : 1.25,
        }),
        Plot.text([line], {
          x: () => xEnd,
          y: "value",
          text: "label",
          textAnchor: "start",
          dx: 6,
          fill: lineStyles[line.kind].stroke,
          clip: false,
        }),
      ]),
      Plot.lineY(input.points, {
        x: (p: TrajectoryPoint) => day(p.date),
        y: "total",
        stroke: "#1d4ed8",
        strokeWidth: 2.25,
        marker: "circle-stroke",
      }),
      Plot.text(input.points, {
        x: (p: TrajectoryPoint) => day(p.date),
        y: "total",
        text: (p: TrajectoryPoint) => String(p.total),
        dy: -11,
        fontWeight: 600,
        fill: "#1e3a8a",
      }),
      Plot.dot(rated, {
        x: sessionX,
        y: sessionY,
        symbol: "route",
        fill: "cadss",
        stroke: "#7c2d12",
        r: 5,
        title: "detail",
      }),
      Plot.dot(unrated, {
        x: sessionX,
        y: sessionY,
        symbol: "route",
        fill: "#ffffff",
        stroke: "#7c2d12",
        r: 5,
        title: "detail",
      }),
      Plot.text(input.sessions, {
        x: sessionX,
        y: sessionY,
        text: "dose",
        dy: 10,
        fontSize: 9,
        fill: "#7c2d12",
        rotate: -90,
        textAnchor: "end",
      }),
    ],
  });
  return oneAccessibleImage(chart, label);
}
