// The plain-text summary of an Assessment: it lays out what the engine concluded and never re-derives it.

import {
  type Assessment,
  type Classification,
  defaultSettings,
  type Evidence,
  type Finding,
  type Outcome,
  type Recommendation,
  type Score,
  type Severity,
  type Trajectory,
  type TrialAdequacy,
  type Workup,
} from "../clinical/index.ts";

const width = 100;

const classificationLabels: Readonly<Record<Classification, string>> = {
  remission: "Remission",
  response: "Response",
  "partial-response": "Partial response",
  "non-response": "Non-response",
  "insufficient-data": "Not enough data to classify",
};

const severityLabels: Readonly<Record<Severity, string>> = {
  critical: "CRITICAL",
  warning: "WARNING ",
  info: "INFO    ",
};

/** Rounds for reading only; the Assessment keeps the exact figure. */
function num(value: number, digits = 1): string {
  return Number(value.toFixed(digits)).toString().replace("-", "−");
}

function percent(value: number | null): string {
  return value === null ? "n/a" : `${num(value)}%`;
}

/** A list item whose wrapped lines hang under its text, not under its marker. */
function bullet(marker: string, text: string, indent: string): string[] {
  return wrap(text, `${indent}${" ".repeat(marker.length + 1)}`, `${indent}${marker} `);
}

/** Wraps words to the page width; the first line starts with `first`, the rest with `indent`. */
function wrap(text: string, indent: string, first = indent): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = empty ? line + word : `${line} ${word}`;
    }
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}

function score(s: Score): string {
  return `${s.total} on ${s.date} (${s.band})`;
}

function outcomeLines(o: Outcome): string[] {
  const lines = [
    `OUTCOME  ${classificationLabels[o.classification]}${o.instrument ? ` (${o.instrument})` : ""}`,
  ];
  if (o.baseline && o.latest) {
    lines.push(
      `  Baseline ${score(o.baseline)} → latest ${score(o.latest)}: ${percent(o.improvementPercent)} improvement`,
    );
  } else if (o.baseline) {
    lines.push(`  Baseline ${score(o.baseline)}; no later score yet`);
  } else {
    lines.push("  No baseline score recorded");
  }
  if (o.best) lines.push(`  Best ${score(o.best)}: ${percent(o.bestImprovementPercent)} improvement`);
  const remission = o.remissionMax === null ? "" : `remission at total ≤ ${o.remissionMax}; `;
  lines.push(...wrap(`Cut-offs: ${remission}${o.responseRule}`, "  "));
  lines.push(...wrap(o.reason, "  "));
  return lines;
}

function trajectoryLines(t: Trajectory): string[] {
  const lines = [`TRAJECTORY  ${t.direction}${t.instrument ? ` (${t.instrument})` : ""}`];
  const slopes: string[] = [];
  if (t.slopePerWeek !== null) slopes.push(`${num(t.slopePerWeek, 2)} points a week over the course`);
  if (t.recentSlopePerWeek !== null) slopes.push(`${num(t.recentSlopePerWeek, 2)} a week recently`);
  if (t.recentImprovementPercentPerWeek !== null) {
    slopes.push(`${percent(t.recentImprovementPercentPerWeek)} of baseline a week recently`);
  }
  if (slopes.length > 0) lines.push(`  Slope: ${slopes.join("; ")}`);
  if (t.signals.length > 0) lines.push(`  Signals: ${t.signals.join(", ")}`);
  if (t.weeksToResponse !== null)
    lines.push(`  At the recent rate, response in about ${num(t.weeksToResponse)} weeks`);
  if (t.points.length > 0) {
    lines.push(
      ...bullet("Scores:", t.points.map((p) => `week ${num(p.week)}: ${p.total}`).join(" · "), "  "),
    );
  }
  lines.push(...wrap(t.summary, "  "));
  return lines;
}

function trialLines(t: TrialAdequacy): string[] {
  if (t.modality === null) return ["TRIAL  no treatment sessions recorded", ...wrap(t.criteria, "  ")];
  const lines = [`TRIAL  ${t.modality}: ${t.adequate ? "adequate" : "not adequate yet"}`];
  const facts = [
    `${t.sessions} sessions, ${t.countedSessions} counted`,
    `over ${t.spanDays} days`,
    ...(t.sessionsPerWeek === null ? [] : [`${num(t.sessionsPerWeek)} a week`]),
    ...(t.highestDoseMgPerKg === null ? [] : [`highest ${num(t.highestDoseMgPerKg, 2)} mg/kg`]),
    ...(t.highestDoseMg === null ? [] : [`highest ${num(t.highestDoseMg)} mg`]),
  ];
  lines.push(`  ${facts.join(", ")}`);
  lines.push(...bullet("Criteria:", t.criteria, "  "));
  if (t.missing.length > 0) {
    lines.push("  Missing:");
    for (const m of t.missing) lines.push(...bullet("-", `${m.text} [${m.code}]`, "    "));
  }
  return lines;
}

function courseLines(a: Assessment): string[] {
  const c = a.course;
  const span =
    c.firstSessionDate && c.lastSessionDate ? `, ${c.firstSessionDate} to ${c.lastSessionDate}` : "";
  const modalities = c.modalities.length > 0 ? ` (${c.modalities.join(", ")})` : "";
  const lines = [`COURSE  ${c.totalTreatments} treatments${modalities}${span}`];
  for (const o of c.optimizationsTried) lines.push(`  Optimization tried: ${o.strategy} since ${o.since}`);
  return lines;
}

function latestScoreLines(a: Assessment): string[] {
  if (a.latestScores.length === 0) return [];
  const rows = a.latestScores.map(
    (s) => `  ${s.instrument.padEnd(9)}${String(s.total).padStart(3)}  ${s.band.padEnd(18)} ${s.date}`,
  );
  return ["LATEST SCORES", ...rows];
}

function workupLines(w: Workup): string[] {
  const lines = [`WORK-UP  ${w.indicated ? "indicated" : "not indicated now"}`];
  for (const step of w.steps) {
    lines.push(`  ${step.title}: ${step.status}`);
    for (const a of step.answers)
      lines.push(...bullet(a.concern ? "!" : "-", `${a.question} ${a.answer}`, "    "));
  }
  return lines;
}

function discontinuationLines(a: Assessment): string[] {
  const d = a.discontinuation;
  const lines = [`DISCONTINUATION  ${d.met ? "criteria met" : "criteria not met"}`];
  for (const c of d.criteria) lines.push(...bullet("-", `${c.criterion}: ${evidence(c.evidence)}`, "    "));
  return lines;
}

function evidenceItem(e: Evidence): string {
  return `${e.field} = ${String(e.value)}${e.date ? ` (${e.date})` : ""}`;
}

function evidence(items: readonly Evidence[]): string {
  return items.length === 0 ? "none in the record" : items.map(evidenceItem).join("; ");
}

function dose(r: Recommendation): string | null {
  const parts: string[] = [];
  if (r.doseMgPerKg !== undefined) parts.push(`${num(r.doseMgPerKg, 2)} mg/kg`);
  if (r.doseMg !== undefined) parts.push(`${num(r.doseMg)} mg`);
  if (r.basisWeightKg !== undefined) {
    parts.push(
      `on ${r.weightBasis === undefined ? "" : `${r.weightBasis} `}weight ${num(r.basisWeightKg)} kg`,
    );
  }
  if (r.infusionMinutes !== undefined) parts.push(`over ${r.infusionMinutes} minutes`);
  return parts.length === 0 ? null : parts.join(", ");
}

function itemLines(item: Finding, category?: string, doseText?: string | null): string[] {
  const tag = category === undefined ? "" : ` [${category}]`;
  const lines = wrap(`${item.code}${tag}: ${item.title}`, "      ", `  ${severityLabels[item.severity]} `);
  lines.push(...wrap(item.detail, "      "));
  if (doseText) lines.push(...wrap(`Dose: ${doseText}`, "      "));
  if (item.evidence.length <= 1) lines.push(...bullet("Evidence:", evidence(item.evidence), "      "));
  else
    lines.push("      Evidence:", ...item.evidence.flatMap((e) => bullet("-", evidenceItem(e), "        ")));
  const section = item.source.section && !item.source.citation.includes(item.source.section);
  lines.push(
    ...wrap(`Source: ${item.source.citation}${section ? `, ${item.source.section}` : ""}`, "      "),
  );
  return lines;
}

function listLines(a: Assessment): string[] {
  const lines = [`FINDINGS (${a.findings.length})`];
  if (a.findings.length === 0) lines.push("  none");
  for (const f of a.findings) lines.push(...itemLines(f));
  lines.push("", `RECOMMENDATIONS (${a.recommendations.length})`);
  for (const r of a.recommendations) lines.push(...itemLines(r, r.category, dose(r)));
  return lines;
}

function pathwayLines(a: Assessment): string[] {
  if (a.nextPathways.length === 0) return [];
  const lines = ["NEXT PATHWAYS"];
  for (const p of a.nextPathways) lines.push(...bullet("-", `${p.option} (${p.group}): ${p.why}`, "  "));
  return lines;
}

function sourceLines(a: Assessment): string[] {
  return ["SOURCES", ...a.citations.flatMap((c) => bullet("-", `${c.citation} [${c.id}]`, "  "))];
}

/** Settings changed from the defaults are marked, so a clinic's choices stand out. */
function settingsLines(a: Assessment): string[] {
  const defaults: Readonly<Record<string, unknown>> = defaultSettings;
  const entries = Object.entries(a.settings).map(([key, value]) =>
    defaults[key] === value
      ? `${key} ${String(value)}`
      : `${key} ${String(value)} (default ${String(defaults[key])})`,
  );
  return ["SETTINGS", ...wrap(entries.join(" · "), "  ")];
}

/** The whole summary, ending in a newline. */
export function formatSummary(a: Assessment): string {
  const w = a.patient.weights;
  const weights = [
    `actual ${num(w.actualKg)} kg`,
    ...(w.idealKg === null ? [] : [`ideal ${num(w.idealKg)} kg`]),
    ...(w.adjustedKg === null ? [] : [`adjusted ${num(w.adjustedKg)} kg`]),
    ...(w.bmi === null ? [] : [`BMI ${num(w.bmi)}`]),
  ];
  const sections = [
    [`Titrate assessment: patient ${a.patient.id}, age ${a.patient.ageYears}, as of ${a.asOf}`],
    [`Weight: ${weights.join(", ")}`],
    outcomeLines(a.outcome),
    trajectoryLines(a.trajectory),
    trialLines(a.trial),
    courseLines(a),
    latestScoreLines(a),
    workupLines(a.workup),
    discontinuationLines(a),
    listLines(a),
    pathwayLines(a),
    sourceLines(a),
    settingsLines(a),
    [`Knowledge version ${a.knowledgeVersion}`],
  ];
  return `${sections
    .filter((s) => s.length > 0)
    .map((s) => s.join("\n"))
    .join("\n\n")}\n`;
}
