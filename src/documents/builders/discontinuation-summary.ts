// Kind 3, the discontinuation summary: the criterion met, what was tried, the next pathway, and talking points.

import type { Evidence } from "../../clinical/index.ts";
import type { Block, DocumentBuilder, DocumentInput, DocumentSection } from "../document-model.ts";
import { trialParagraph } from "./course-record.ts";
import { optimizationRows, pathwaysBlock, sourcesSection, summaryFacts } from "./course-sections.ts";
import { criterionWords, day, joinWords, kindTitles, meta, strategyName } from "./document-words.ts";

/** What each piece of discontinuation evidence is, in words; the record path stays beside it for tracing. */
const evidenceWords: Readonly<Record<string, (value: string) => string>> = {
  "outcome.improvementPercent": (v) => `Improvement from baseline: ${v}%`,
  "trajectory.direction": (v) => `Direction of the scores: ${v}`,
  "course.totalTreatments": (v) => `Treatments given: ${v}`,
  "course.optimizationsTried": (v) =>
    `Optimizations tried: ${v === "none" ? "none" : v.split(", ").map(strategyName).join(", ")}`,
  "history.psychosis": () => "A history of psychosis is recorded",
};

function evidenceText(e: Evidence): string {
  const value = typeof e.value === "number" ? String(Math.round(e.value * 10) / 10) : String(e.value);
  const words =
    evidenceWords[e.field] ?? (/^events\[\d+\]/.test(e.field) ? (v: string) => `Event: ${v}` : null);
  const when = e.date === undefined ? "" : ` (${day(e.date)})`;
  return words === null ? `${e.field} = ${value}${when}` : `${words(value)}${when} [${e.field}]`;
}

function criterionSection(input: DocumentInput): DocumentSection {
  const d = input.assessment.discontinuation;
  if (!d.met) {
    return {
      heading: "Criterion met",
      blocks: [
        {
          kind: "callout",
          tone: "info",
          text: `No criterion for stopping is met as of ${day(input.assessment.asOf)}. This summary records the course so far.`,
        },
      ],
    };
  }
  return {
    heading: "Criterion met",
    blocks: d.criteria.flatMap((c): Block[] => [
      { kind: "callout", tone: "warning", text: criterionWords[c.criterion] },
      { kind: "list", items: c.evidence.map(evidenceText) },
    ]),
  };
}

/** Pathways the record shows agreed: accepted decisions on the pathway or stopping recommendations, and preferences. */
function agreedLines(input: DocumentInput): string[] {
  const lines = input.decisions
    .filter(
      (d) => d.decision === "accept" && ["consider-alternative-pathways", "discontinue"].includes(d.code),
    )
    .map(
      (d) =>
        `${day(d.asOf)}: ${d.code === "discontinue" ? "stopping agreed" : "next pathway agreed"}${d.reason ? `: ${d.reason}` : ""}`,
    );
  for (const e of input.record.events) {
    if (
      e.type === "patient-preference" ||
      e.type === "prefers-non-iv-route" ||
      e.type === "prefers-home-treatment"
    ) {
      lines.push(`${day(e.date)}: patient preference${e.note ? `: ${e.note}` : " recorded"}`);
    }
  }
  return lines;
}

function talkingPoints(input: DocumentInput): string[] {
  const { assessment: a } = input;
  const strategies = a.course.optimizationsTried.map((o) => strategyName(o.strategy).toLowerCase());
  const tried =
    strategies.length === 0
      ? `${a.course.totalTreatments} treatments at the planned dose`
      : `${a.course.totalTreatments} treatments, and along the way we ${joinWords(strategies)}`;
  const first = a.nextPathways[0];
  return [
    "Acknowledge the disappointment: name that this is not the result either of you wanted, and leave room for the patient's reaction before moving on.",
    `Review what was tried: ${tried}. The course was given a fair, thorough chance.`,
    "Explain the evidence: a sizeable share of people do not respond to ketamine even when treatment is adjusted, so this result says nothing about effort or fault.",
    `Keep hope: not responding to this treatment does not predict the next one; ${a.nextPathways.length} other options are listed for this patient.`,
    first === undefined
      ? "Give the next step: agree who will follow up and when, even if the next treatment is still to be chosen."
      : `Give the next step: for example, ${first.option.toLowerCase()}. Agree who arranges it and when you will speak again.`,
  ];
}

export const buildDiscontinuationSummary: DocumentBuilder = (input) => {
  const rows = optimizationRows(input);
  const agreed = agreedLines(input);
  const sections: DocumentSection[] = [
    criterionSection(input),
    {
      heading: "What was tried",
      blocks: [
        summaryFacts(input),
        trialParagraph(input),
        rows.length === 0
          ? { kind: "empty", text: "No optimization strategy is recorded for this course." }
          : { kind: "table", columns: ["Strategy", "From", "Rationale", "Result"], rows },
      ],
    },
    {
      heading: "Next pathway",
      blocks: [
        agreed.length === 0
          ? { kind: "empty", text: "No next pathway has been agreed in the record yet." }
          : { kind: "list", items: agreed },
        { kind: "paragraph", text: "Options to discuss:" },
        pathwaysBlock(input),
      ],
    },
    {
      heading: "Talking points for the conversation",
      blocks: [{ kind: "list", ordered: true, items: talkingPoints(input) }],
    },
    sourcesSection(input),
    { heading: "Signature", blocks: [{ kind: "signature", lines: ["Prescriber signature", "Date"] }] },
  ];
  return {
    kind: "discontinuation-summary",
    meta: meta(input, kindTitles["discontinuation-summary"], "clinician"),
    sections,
  };
};
