// Kind 6, the patient letter: the same course in plain, non-blaming words: what we tried, how it went, what next.

import type { RecommendationCategory } from "../../clinical/index.ts";
import type { Block, DocumentBuilder, DocumentInput } from "../document-model.ts";
import { day, joinWords, kindTitles, meta, modalityName, strategyName } from "./document-words.ts";

function howItWent(input: DocumentInput): Block[] {
  const { outcome: o } = input.assessment;
  const scale = o.instrument ?? "the questionnaire";
  const change =
    o.baseline === null || o.latest === null
      ? ""
      : ` Your ${scale} score was ${o.baseline.total} at the start and ${o.latest.total} most recently (lower is better).`;
  const words: Record<typeof o.classification, string> = {
    remission:
      "Your scores have come down into the range we call remission: the depression is now at a low level. That is a real achievement, and it reflects the work you put in.",
    response:
      "Your scores have roughly halved or better since the start, which we count as a clear response to treatment.",
    "partial-response":
      "Your scores have improved, but not yet as much as we hope for. Improvement that is partial is still improvement, and there are ways to build on it.",
    "non-response":
      "So far your scores have not changed as much as we hoped. This is not something you did wrong: people respond to these treatments differently, and a treatment not working says nothing about how hard you tried.",
    "insufficient-data":
      "It is too early to say how well the treatment is working; we need a few more check-ins first.",
  };
  const stopped =
    input.assessment.discontinuation.met && o.classification === "partial-response"
      ? "Your scores improved a little, but then stopped moving toward the level we aim for, even after the changes we made. That is not something you did wrong: people respond to these treatments differently."
      : words[o.classification];
  return [{ kind: "paragraph", text: `${stopped}${change}` }];
}

const nextWords: Partial<Record<RecommendationCategory, string>> = {
  safety: "We want to check in with you about your safety and wellbeing first.",
  trial: "We will finish the planned number of treatments before judging how well it works.",
  workup:
    "We will look again at things that can hold treatment back, such as sleep, other medicines and other conditions.",
  medication: "We will review some of your other medicines with you, because a few can blunt this treatment.",
  engagement:
    "We will talk about support around treatment, such as therapy, routines and the people around you.",
  optimization:
    "We would like to adjust the treatment, for example the dose, timing or route, and will explain the options.",
  continuation: "We suggest carrying on with treatment as planned and keeping an eye on how you feel.",
  discontinuation: "We think it is right to stop this treatment and move to a different approach.",
};

function whatNext(input: DocumentInput): Block[] {
  const { assessment: a } = input;
  const seen = new Set<string>();
  const items: string[] = [];
  for (const r of a.recommendations) {
    const text = nextWords[r.category];
    if (text !== undefined && !seen.has(text)) {
      seen.add(text);
      items.push(text);
    }
  }
  const blocks: Block[] = [
    items.length === 0
      ? { kind: "empty", text: "There is no change to your plan for now." }
      : { kind: "list", items },
  ];
  if (a.discontinuation.met || a.outcome.classification === "non-response") {
    const options = a.nextPathways.slice(0, 5).map((p) => p.option);
    if (options.length > 0) {
      blocks.push({
        kind: "paragraph",
        text: "There are other treatments that may still help you. Some we may talk about together are:",
      });
      blocks.push({ kind: "list", items: options });
      blocks.push({
        kind: "paragraph",
        text: "Not responding to one treatment does not mean you will not respond to the next. We will go through these with you and agree a plan.",
      });
    }
  }
  return blocks;
}

export const buildPatientLetter: DocumentBuilder = (input) => {
  const { assessment: a, patient, clinic } = input;
  const routes = a.course.modalities.length === 0 ? "" : joinWords(a.course.modalities.map(modalityName));
  const tried: Block =
    a.course.firstSessionDate === null || a.course.lastSessionDate === null
      ? { kind: "empty", text: "No treatment sessions are recorded yet." }
      : {
          kind: "paragraph",
          text: `Between ${day(a.course.firstSessionDate)} and ${day(a.course.lastSessionDate)} you had ${a.course.totalTreatments} treatment${a.course.totalTreatments === 1 ? "" : "s"} with ${routes}.`,
        };
  const changes = a.course.optimizationsTried.map(
    (o) => `${strategyName(o.strategy)} (from ${day(o.since)})`,
  );
  return {
    kind: "patient-letter",
    meta: meta(input, kindTitles["patient-letter"], "patient"),
    sections: [
      {
        heading: `Dear ${patient.name}`,
        blocks: [
          {
            kind: "paragraph",
            text: `This letter sums up your treatment at ${clinic.name} in everyday words. You can keep it, share it with people you trust, and bring any questions to your next visit.`,
          },
        ],
      },
      {
        heading: "What we tried",
        blocks: [
          tried,
          changes.length === 0
            ? { kind: "paragraph", text: "We kept to the standard plan without changes." }
            : {
                kind: "paragraph",
                text: "Along the way we made these changes to give the treatment its best chance:",
              },
          ...(changes.length === 0 ? [] : [{ kind: "list", items: changes } satisfies Block]),
        ],
      },
      { heading: "How you did", blocks: howItWent(input) },
      { heading: "What comes next", blocks: whatNext(input) },
      {
        heading: "If things get harder",
        blocks: [
          {
            kind: "paragraph",
            text: "If your mood drops, or you have thoughts of harming yourself, please do not wait for your next appointment: call the clinic, call or text 988 (the Suicide and Crisis Lifeline), or go to the nearest emergency department.",
          },
        ],
      },
      {
        heading: "From your care team",
        blocks: [{ kind: "signature", lines: [`Your clinician at ${clinic.name}`] }],
      },
    ],
  };
};
