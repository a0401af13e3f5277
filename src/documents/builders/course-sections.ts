// Sections several clinician-facing documents share, each built from the record and its Assessment alone.

import { trajectoryInput } from "../../charts/trajectory-input.ts";
import type { Block, DocumentInput, DocumentSection } from "../document-model.ts";
import { scoresTable, tolerabilityLines } from "./course-tables.ts";
import {
  classificationWords,
  day,
  joinWords,
  modalityName,
  percent,
  strategyName,
} from "./document-words.ts";

const empty = (text: string): Block => ({ kind: "empty", text });

export function summaryFacts(input: DocumentInput): Block {
  const { assessment: a, record } = input;
  const o = a.outcome;
  const diagnoses = record.diagnoses.map((d) => (d.display ? `${d.code} ${d.display}` : d.code));
  return {
    kind: "facts",
    rows: [
      { label: "Diagnoses", value: diagnoses.length === 0 ? "none recorded" : diagnoses.join("; ") },
      {
        label: "Treatment",
        value:
          a.course.modalities.length === 0
            ? "no sessions recorded"
            : `${joinWords(a.course.modalities.map(modalityName))}: ${a.course.totalTreatments} ketamine-family treatments`,
      },
      {
        label: "Course dates",
        value:
          a.course.firstSessionDate === null || a.course.lastSessionDate === null
            ? "no sessions recorded"
            : `${day(a.course.firstSessionDate)} to ${day(a.course.lastSessionDate)}`,
      },
      { label: "Primary scale", value: o.instrument ?? "none recorded" },
      {
        label: "Baseline",
        value:
          o.baseline === null
            ? "not recorded"
            : `${o.baseline.total} (${o.baseline.band}), ${day(o.baseline.date)}`,
      },
      {
        label: "Latest",
        value:
          o.latest === null ? "not recorded" : `${o.latest.total} (${o.latest.band}), ${day(o.latest.date)}`,
      },
      { label: "Change from baseline", value: percent(o.improvementPercent) },
      { label: "Outcome", value: classificationWords[o.classification] },
    ],
  };
}

export function chartBlock(input: DocumentInput): Block {
  const chart = trajectoryInput(input.assessment, input.record.sessions, day);
  if (chart === null)
    return empty("No primary-scale scores are recorded, so there is no trajectory to chart.");
  const points = chart.points.map((p) => `${day(p.date)}: ${p.total}`).join("; ");
  return { kind: "trajectory-chart", chart, altText: `${chart.instrument} totals. ${points}.` };
}

export function measuresSection(input: DocumentInput): DocumentSection {
  const { assessment: a } = input;
  const baselines =
    a.outcome.baseline === null
      ? []
      : [
          `${a.outcome.instrument}: ${a.outcome.baseline.total} (${a.outcome.baseline.band}) on ${day(a.outcome.baseline.date)}`,
        ];
  return {
    heading: "Baseline severity and outcome measures",
    blocks: [
      baselines.length === 0
        ? empty("No baseline score is recorded on the primary scale.")
        : { kind: "paragraph", text: `Baseline severity: ${baselines.join("; ")}.` },
      { kind: "paragraph", text: `${a.outcome.reason} ${a.trajectory.summary}` },
      chartBlock(input),
      scoresTable(input.record),
    ],
  };
}

export function tolerabilitySection(input: DocumentInput): DocumentSection {
  const lines = tolerabilityLines(input.record);
  const cadss = input.record.sessions.flatMap((s) =>
    s.dissociation?.total === undefined ? [] : [s.dissociation.total],
  );
  const blocks: Block[] = [];
  if (cadss.length > 0) {
    blocks.push({
      kind: "paragraph",
      text: `Dissociation (CADSS) was rated at ${cadss.length} of ${input.record.sessions.length} sessions, from ${Math.min(...cadss)} to ${Math.max(...cadss)}.`,
    });
  }
  blocks.push(
    lines.length === 0
      ? empty("No side effects, distressing dissociation or interrupted sessions are recorded.")
      : { kind: "list", items: lines },
  );
  return { heading: "Side effects and tolerability", blocks };
}

export function workupSection(input: DocumentInput): DocumentSection {
  const { workup } = input.assessment;
  const intro: Block = workup.indicated
    ? {
        kind: "paragraph",
        text: "The course has not reached response, so the four-step review of non-response applies.",
      }
    : {
        kind: "paragraph",
        text: "The course has reached response or cannot yet be judged, so the non-response review is shown for completeness only.",
      };
  const rows = workup.steps.flatMap((step) =>
    step.answers.map((a) => [step.title, a.question, a.answer, a.concern ? "Concern" : ""]),
  );
  return {
    heading: "Review of non-response",
    blocks: [
      intro,
      rows.length === 0
        ? empty("No review answers are recorded.")
        : { kind: "table", columns: ["Step", "Question", "Answer", ""], rows },
    ],
  };
}

/** Each strategy with what the record says about why, and the primary scale before it and now. */
export function optimizationRows(input: DocumentInput): string[][] {
  const { assessment: a, record } = input;
  const points = a.trajectory.points;
  return a.course.optimizationsTried.map((o) => {
    const before = [...points].reverse().find((p) => p.date <= o.since);
    const latest = points.at(-1);
    const notes = record.events
      .filter((e) => e.type === "optimization" && e.strategy === o.strategy && e.note)
      .map((e) => e.note ?? "");
    const recommendation = a.recommendations.find((r) => r.code === o.strategy);
    const rationale =
      notes.length > 0 ? notes.join(" ") : (recommendation?.detail ?? "No rationale was written down.");
    const result =
      before === undefined || latest === undefined
        ? "No score to compare"
        : `${a.trajectory.instrument} ${before.total} before, ${latest.total} on ${day(latest.date)}`;
    return [strategyName(o.strategy), day(o.since), rationale, result];
  });
}

export function optimizationSection(input: DocumentInput): DocumentSection {
  const rows = optimizationRows(input);
  return {
    heading: "Optimization attempts",
    blocks: [
      rows.length === 0
        ? empty("No optimization strategy is recorded for this course.")
        : { kind: "table", columns: ["Strategy", "From", "Rationale", "Result"], rows },
    ],
  };
}

export function engagementSection(input: DocumentInput): DocumentSection {
  const step = input.assessment.workup.steps.find((s) => s.step === "engagement");
  const rows =
    step?.answers.map((a) => ({
      label: a.question,
      value: a.concern ? `${a.answer} (concern)` : a.answer,
    })) ?? [];
  return {
    heading: "Engagement and adherence",
    blocks: [
      rows.length === 0 ? empty("Engagement and adherence are not recorded.") : { kind: "facts", rows },
    ],
  };
}

export function discussionSection(input: DocumentInput): DocumentSection {
  const { assessment: a, record, decisions } = input;
  const items: string[] = [];
  for (const e of record.events) {
    if (
      [
        "patient-preference",
        "note",
        "prefers-non-iv-route",
        "prefers-home-treatment",
        "cost-barrier",
        "access-barrier",
      ].includes(e.type)
    ) {
      items.push(`${day(e.date)} (${e.type.replaceAll("-", " ")}): ${e.note ?? "no note written"}`);
    }
  }
  for (const d of decisions) {
    const rec = a.recommendations.find((r) => r.code === d.code);
    const what = rec?.title ?? d.code;
    items.push(
      `${day(d.asOf)}: recommendation "${what}" ${d.decision === "accept" ? "accepted" : "overridden"}${d.reason ? `: ${d.reason}` : ""}`,
    );
  }
  const blocks: Block[] = [];
  if (a.discontinuation.met) {
    blocks.push({
      kind: "callout",
      tone: "warning",
      text: "Criteria for stopping this course are met; see the final assessment.",
    });
  } else {
    blocks.push({ kind: "paragraph", text: "No criterion for stopping the course is met as of this date." });
  }
  blocks.push(
    items.length === 0
      ? empty("No discussion of continuing or stopping, and no decision on a recommendation, is recorded.")
      : { kind: "list", items },
  );
  return { heading: "Discussion of continuing or stopping", blocks };
}

export function consentSection(input: DocumentInput): DocumentSection {
  const consents = input.record.events.filter((e) => e.type === "consent");
  return {
    heading: "Consent for optimization",
    blocks: [
      consents.length === 0
        ? empty("No consent to an optimization approach is recorded.")
        : {
            kind: "list",
            items: consents.map((e) => `${day(e.date)}: ${e.note ?? "consent recorded, no note written"}`),
          },
    ],
  };
}

export function recommendationsBlock(input: DocumentInput): Block {
  return {
    kind: "list",
    items: input.assessment.recommendations.map((r) => `${r.title}. ${r.detail}`),
  };
}

export function pathwaysBlock(input: DocumentInput): Block {
  const p = input.assessment.nextPathways;
  if (p.length === 0) return empty("No next pathway is listed for this course.");
  return { kind: "table", columns: ["Option", "Why it fits"], rows: p.map((n) => [n.option, n.why]) };
}

export function sourcesSection(input: DocumentInput): DocumentSection {
  const c = input.assessment.citations;
  return {
    heading: "Sources",
    blocks: [
      c.length === 0 ? empty("No sources were cited.") : { kind: "list", items: c.map((s) => s.citation) },
    ],
  };
}
