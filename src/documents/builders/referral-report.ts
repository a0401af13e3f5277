// Kind 2, the report to the referring clinician: the course, its trajectory with the chart, and what to do next.

import type { Block, DocumentBuilder, DocumentSection } from "../document-model.ts";
import { trialParagraph } from "./course-record.ts";
import {
  chartBlock,
  optimizationSection,
  pathwaysBlock,
  recommendationsBlock,
  summaryFacts,
} from "./course-sections.ts";
import {
  classificationWords,
  criterionWords,
  day,
  joinWords,
  kindTitles,
  meta,
  modalityName,
} from "./document-words.ts";

export const buildReferralReport: DocumentBuilder = (input) => {
  const { assessment: a, patient, clinic } = input;
  const routes =
    a.course.modalities.length === 0 ? "treatment" : joinWords(a.course.modalities.map(modalityName));
  const span =
    a.course.firstSessionDate === null || a.course.lastSessionDate === null
      ? "No treatment session has been recorded yet."
      : `Treatment ran from ${day(a.course.firstSessionDate)} to ${day(a.course.lastSessionDate)}.`;
  const outcome: Block[] = [
    {
      kind: "callout",
      tone: a.discontinuation.met ? "warning" : "info",
      text: `Outcome as of ${day(a.asOf)}: ${classificationWords[a.outcome.classification]}. ${a.outcome.reason}`,
    },
    trialParagraph(input),
  ];
  if (a.discontinuation.met) {
    outcome.push({
      kind: "paragraph",
      text: `We have stopped this course: ${joinWords(a.discontinuation.criteria.map((c) => criterionWords[c.criterion].toLowerCase()))}.`,
    });
  }
  const nextSteps: Block[] = [recommendationsBlock(input)];
  if (a.discontinuation.met || a.outcome.classification === "non-response") {
    nextSteps.push({ kind: "paragraph", text: "Options we suggest considering next:" }, pathwaysBlock(input));
  }
  const sections: DocumentSection[] = [
    {
      heading: "Summary of the course",
      blocks: [
        {
          kind: "paragraph",
          text: `Thank you for referring ${patient.name} to ${clinic.name}. This report sets out the course of ${routes} and where it stands. ${span}`,
        },
        summaryFacts(input),
      ],
    },
    {
      heading: "Response trajectory",
      blocks: [{ kind: "paragraph", text: a.trajectory.summary }, chartBlock(input)],
    },
    optimizationSection(input),
    { heading: "Final outcome", blocks: outcome },
    { heading: "Recommended next steps", blocks: nextSteps },
    {
      heading: "Working together",
      blocks: [
        {
          kind: "paragraph",
          text: `We would welcome continuing to share care with you. If it helps, we can send further reports as treatment goes on, talk through any change of plan, or see ${patient.name} again should a later course become appropriate. Please contact ${clinic.name} with any questions.`,
        },
      ],
    },
    { heading: "Signature", blocks: [{ kind: "signature", lines: ["Treating clinician", "Date"] }] },
  ];
  return { kind: "referral-report", meta: meta(input, kindTitles["referral-report"], "referrer"), sections };
};
