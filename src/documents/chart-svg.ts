// The trajectory chart as SVG markup in Node: the web app's own Plot drawing, built in a linkedom document.

import { parseHTML } from "linkedom";
import type { TrajectoryInput } from "../charts/trajectory-plot.ts";
import { drawTrajectory } from "../charts/trajectory-plot.ts";

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** The drawing size in chart pixels; renderers scale it to the page. */
export const chartSize: ChartSize = { width: 640, height: 340 };

function drawIn(chart: TrajectoryInput, legends: false, fontFamily: string): { outerHTML: string } {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const drawn = drawTrajectory(chart, chartSize.width, {
    document,
    height: chartSize.height,
    legends,
    fontFamily,
  });
  return drawn;
}

/** The chart alone (no HTML legends), for the PDF, where svg-to-pdfkit draws it as vectors. */
export function trajectorySvg(chart: TrajectoryInput): string {
  return drawIn(chart, false, "Helvetica").outerHTML;
}

/** The chart for the HTML rendering, in the page's font. Plot's colour legend needs a canvas, so words explain it. */
export function trajectoryFigureHtml(chart: TrajectoryInput): string {
  return drawIn(chart, false, "inherit").outerHTML;
}

/** Words for what the drawing shows without a legend. */
export const chartKey =
  "The line joins the scale totals. Markers along the bottom are sessions: their shape shows the route, their " +
  "orange shade the CADSS dissociation score (white when none was recorded), with the dose written beneath.";
