// Kind "pathway-comparison": the intake comparison in plain, non-blaming words for the patient to take home.
//
// Input: the common DocumentInput plus `comparison`, the engine's IntakeAssessment (src/clinical/intake), made
// from the patient's current intake, the clinic's coverage facts and price list. This file only words it.

import { formatCents, type IntakeAssessment, type PathwayComparison } from "../../clinical/index.ts";
import type { Block, ClinicalDocument, DocumentInput, DocumentSection } from "../document-model.ts";
import { day, kindTitles, meta } from "./document-words.ts";

export interface PathwayComparisonInput extends DocumentInput {
  readonly comparison: IntakeAssessment;
}

const plainNames: Record<PathwayComparison["pathway"], string> = {
  tms: "TMS (magnetic stimulation)",
  esketamine: "Esketamine nasal spray (Spravato)",
  "iv-ketamine": "Ketamine through a drip (IV)",
};

const leaning: Record<string, string> = {
  "2": "counts strongly for it",
  "1": "counts for it",
  "0": "neither for nor against",
  "-1": "counts against it",
  "-2": "counts strongly against it",
};

/** A reason as a sentence: capital first letter, one full stop. */
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1).replace(/\.$/, "")}.`;

const priorityWords = ["does not matter to you", "matters a little", "matters to you", "matters most to you"];

function costWords(p: PathwayComparison): string {
  const e = p.estimate;
  if (e.status === "no-price") return "The clinic has not set a price yet; ask us";
  const cover =
    e.coverageStatus === "covered"
      ? "your plan covers it"
      : e.coverageStatus === "not-covered"
        ? "your plan does not cover it"
        : e.coverageStatus === "not-checked"
          ? "we have not checked your plan yet"
          : "we do not know yet whether your plan covers it";
  const amount =
    e.status === "estimate"
      ? `about ${formatCents(e.highCents)}`
      : e.lowCents === 0
        ? `up to ${formatCents(e.highCents)}`
        : `between ${formatCents(e.lowCents)} and ${formatCents(e.highCents)}`;
  return `${amount} for ${e.sessions} sessions (${cover})`;
}

function canHave(p: PathwayComparison): string {
  if (p.eligible)
    return p.screening.findings.some((f) => f.severity === "warning") ? "Yes, with extra care" : "Yes";
  const stops = p.screening.findings
    .filter((f) => f.severity === "critical")
    .map((f) => f.title.toLowerCase());
  return `Not right now: ${stops.join("; ")}`;
}

function sideBySide(c: IntakeAssessment): DocumentSection {
  const rows = c.pathways.map((p) => [
    `${p.rank}. ${plainNames[p.pathway]}`,
    canHave(p),
    p.facts.speed,
    `Visits ${p.facts.visitsPerWeek}, about ${p.facts.hoursPerVisit} hour${p.facts.hoursPerVisit === 1 ? "" : "s"} each, for about ${p.facts.weeks} weeks`,
    p.facts.sideEffects.join(", "),
    costWords(p),
  ]);
  return {
    heading: "Your options side by side",
    blocks: [
      {
        kind: "table",
        columns: [
          "Option",
          "Can you have it?",
          "How soon it may help",
          "Time it asks",
          "Common side effects",
          "Estimated cost to you",
        ],
        rows,
        caption: "Listed in the order that fits what we know about you best; the next section says why.",
      },
    ],
  };
}

function whyThisOrder(c: IntakeAssessment): DocumentSection {
  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: "We did not add everything into one hidden score. For each option we looked at the same few things and noted whether each one counts for or against it, and how much it matters to you.",
    },
  ];
  for (const p of c.pathways) {
    blocks.push({ kind: "callout", tone: p.eligible ? "info" : "warning", text: plainNames[p.pathway] });
    blocks.push({
      kind: "list",
      items: p.factors.map(
        (f) =>
          `${f.label}: ${leaning[String(f.contribution)] ?? "neither for nor against"}. ${sentence(f.reason)}`,
      ),
    });
  }
  return { heading: "Why they are in this order", blocks };
}

function whatMatters(c: IntakeAssessment): DocumentSection {
  const p = c.priorities;
  const words = (n: number) => priorityWords[n] ?? priorityWords[1];
  return {
    heading: "What you told us matters",
    blocks: [
      {
        kind: "list",
        items: [
          `How quickly it may help ${words(p.speed)}.`,
          `The time it takes ${words(p.timeBurden)}.`,
          `The cost ${words(p.cost)}.`,
          `Your own preferences about the treatment ${words(p.preference)}.`,
        ],
      },
      { kind: "paragraph", text: "If any of this has changed, tell us: the order can change with it." },
    ],
  };
}

function whereWeAre(c: IntakeAssessment): DocumentSection {
  const s = c.staging;
  const tried =
    s.adequateFailedTrials === 0
      ? "None of the medicines so far has been tried at a full dose for long enough for us to judge it yet."
      : `${s.adequateFailedTrials} antidepressant${s.adequateFailedTrials === 1 ? " was" : "s were"} tried at a full dose for long enough, and did not bring enough relief.`;
  return {
    heading: "Where things stand",
    blocks: [
      {
        kind: "paragraph",
        text: "Depression that has not lifted with the first treatments is common. It says something about how the illness responds, not about you or how hard you have tried.",
      },
      { kind: "paragraph", text: tried },
    ],
  };
}

function safetyFirst(c: IntakeAssessment): Block[] {
  if (c.suicideRisk !== "high" && c.suicideRisk !== "moderate") return [];
  return [
    {
      kind: "callout",
      tone: "warning",
      text: "Your safety comes first. If you feel unsafe or think you might act on thoughts of suicide, call or text 988 (in the US) or go to the nearest emergency department now.",
    },
  ];
}

export function buildPathwayComparison(input: PathwayComparisonInput): ClinicalDocument {
  const c = input.comparison;
  return {
    kind: "pathway-comparison",
    meta: meta(input, kindTitles["pathway-comparison"], "patient"),
    sections: [
      {
        heading: "About this sheet",
        blocks: [
          ...safetyFirst(c),
          {
            kind: "paragraph",
            text: `This sheet sums up the options we talked about after your review on ${day(c.evaluatedOn)}. It is here to help you think it over and talk with the people close to you. Nothing is decided until you and your prescriber agree.`,
          },
        ],
      },
      whereWeAre(c),
      sideBySide(c),
      whyThisOrder(c),
      whatMatters(c),
      {
        heading: "Questions you might want to ask",
        blocks: [
          {
            kind: "list",
            items: [
              "What would a normal treatment day look like for me?",
              "What happens if the first option does not help enough?",
              "Can I keep my current medicines and therapy alongside it?",
              "What will I pay if my plan says no?",
            ],
          },
        ],
      },
    ],
  };
}
