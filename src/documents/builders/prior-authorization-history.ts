// The treatment-history part of the prior-authorization packet: each antidepressant trial judged by the engine,
// other treatments and psychotherapy, current severity and safety, all from the record and its Assessment.

import {
  type Assessment,
  type ClinicSettings,
  type IntakeRecord,
  instruments,
  judgeTrial,
  type PatientRecord,
  type TrialJudgement,
} from "../../clinical/index.ts";
import type { Block, DocumentSection } from "../document-model.ts";
import { day } from "./document-words.ts";

const notRecorded = "not recorded";

/** A prior treatment as judged, whether it came from the intake (richer) or the record. */
export interface JudgedTreatment {
  readonly type: PatientRecord["priorTreatments"][number]["type"];
  readonly name: string;
  readonly dailyDoseMg: number | undefined;
  readonly weeks: number | undefined;
  readonly outcome: string;
  readonly judgement: TrialJudgement;
}

/**
 * Every prior treatment with the engine's judgement. The intake's list is used when there is one, because it
 * knows which trials belong to this episode and whether they were taken as prescribed.
 */
export function judgedTreatments(
  record: PatientRecord,
  intake: IntakeRecord | undefined,
  settings: ClinicSettings,
): JudgedTreatment[] {
  const list = intake?.treatments ?? record.priorTreatments;
  return list.map((t) => ({
    type: t.type,
    name: t.name,
    dailyDoseMg: t.dailyDoseMg,
    weeks: t.weeks,
    outcome: t.outcome.replace("-", " "),
    judgement: judgeTrial(t, settings),
  }));
}

const verdictText: Record<TrialJudgement["verdict"], string> = {
  "adequate-failed": "yes: adequate, did not work",
  "adequate-not-failed": "adequate, but not a failure",
  inadequate: "no: not an adequate trial",
  "not-judged": "cannot tell: data missing",
  "earlier-episode": "earlier episode: not counted",
  "not-an-antidepressant": "",
};

// The column says "daily dose", so the cell gives the figure alone and stays on one line.
const mg = (dose: number | undefined) => (dose === undefined ? notRecorded : `${dose} mg`);
const weeks = (w: number | undefined) => (w === undefined ? notRecorded : `${w} weeks`);

export function antidepressantTrials(
  treatments: readonly JudgedTreatment[],
  settings: ClinicSettings,
): DocumentSection {
  const trials = treatments.filter((t) => t.type === "antidepressant");
  const failed = trials.filter((t) => t.judgement.countsAsFailed).length;
  if (trials.length === 0) {
    return {
      heading: "Antidepressant trials",
      blocks: [{ kind: "empty", text: "No antidepressant trials are recorded." }],
    };
  }
  const blocks: Block[] = [
    {
      kind: "table",
      caption: "Each trial, judged on dose and duration",
      columns: ["Medication", "Daily dose", "Duration", "Outcome", "Adequate failed trial?", "Why"],
      rows: trials.map((t) => [
        t.name,
        mg(t.dailyDoseMg),
        weeks(t.weeks),
        t.outcome,
        verdictText[t.judgement.verdict],
        t.judgement.reasons.join(" "),
      ]),
    },
    {
      kind: "callout",
      tone: failed >= settings.trdMinimumFailedTrials ? "info" : "warning",
      text: `${failed} adequate failed antidepressant trial${failed === 1 ? "" : "s"} on record; the clinic's definition of treatment-resistant depression asks for at least ${settings.trdMinimumFailedTrials}.`,
    },
  ];
  return { heading: "Antidepressant trials", blocks };
}

export function otherTreatments(treatments: readonly JudgedTreatment[]): DocumentSection {
  const others = treatments.filter((t) => t.type !== "antidepressant" && t.type !== "psychotherapy");
  return {
    heading: "Augmentation and other treatments",
    blocks:
      others.length === 0
        ? [{ kind: "empty", text: "No augmentation, ECT, ketamine or other treatments are recorded." }]
        : [
            {
              kind: "table",
              columns: ["Type", "Treatment", "Daily dose", "Duration", "Outcome"],
              rows: others.map((t) => [t.type, t.name, mg(t.dailyDoseMg), weeks(t.weeks), t.outcome]),
            },
          ],
  };
}

export function psychotherapy(
  treatments: readonly JudgedTreatment[],
  record: PatientRecord,
): DocumentSection {
  const tried = treatments.filter((t) => t.type === "psychotherapy");
  const now = record.history.psychotherapy;
  const blocks: Block[] = [
    tried.length === 0
      ? { kind: "empty", text: "No course of psychotherapy is recorded among prior treatments." }
      : {
          kind: "table",
          columns: ["Therapy", "Duration", "Outcome"],
          rows: tried.map((t) => [t.name, weeks(t.weeks), t.outcome]),
        },
    {
      kind: "facts",
      rows: [{ label: "In psychotherapy now", value: now === undefined ? notRecorded : now ? "yes" : "no" }],
    },
  ];
  return { heading: "Psychotherapy", blocks };
}

function bandLabel(id: Assessment["latestScores"][number]["instrument"], code: string): string {
  return instruments[id].bands.find((b) => b.code === code)?.label ?? code;
}

export function severity(assessment: Assessment): DocumentSection {
  const scores = assessment.latestScores.filter((s) => instruments[s.instrument].measures === "depression");
  const { outcome } = assessment;
  const blocks: Block[] =
    scores.length === 0
      ? [
          {
            kind: "empty",
            text: "No depression rating is recorded: rate the patient on a validated scale before sending.",
          },
        ]
      : [
          {
            kind: "table",
            caption: "Latest score on each depression scale",
            columns: ["Scale", "Date", "Score", "Severity"],
            rows: scores.map((s) => [
              instruments[s.instrument].name,
              day(s.date),
              `${s.total} of ${instruments[s.instrument].totalRange.max}`,
              bandLabel(s.instrument, s.band),
            ]),
          },
        ];
  if (outcome.baseline !== null && outcome.instrument !== null && outcome.latest !== null) {
    blocks.push({
      kind: "facts",
      rows: [
        {
          label: `Baseline ${instruments[outcome.instrument].name}`,
          value: `${outcome.baseline.total} on ${day(outcome.baseline.date)} (${bandLabel(outcome.instrument, outcome.baseline.band)})`,
        },
      ],
    });
  }
  return { heading: "Current severity", blocks };
}

export function safety(assessment: Assessment): DocumentSection {
  // Safety recommendations, then the critical findings that no recommendation already states.
  const recs = assessment.recommendations.filter((r) => r.category === "safety");
  const said = new Set(recs.map((r) => r.code));
  const raised = [
    ...recs,
    ...assessment.findings.filter((f) => f.severity === "critical" && !said.has(f.code)),
  ];
  const suicide = assessment.latestScores.filter(
    (s) => instruments[s.instrument].measures === "suicide-risk",
  );
  const blocks: Block[] = [];
  if (raised.length === 0) {
    blocks.push({
      kind: "paragraph",
      text: `The assessment of ${day(assessment.asOf)} raises no safety concern.`,
    });
  } else {
    blocks.push({ kind: "list", items: raised.map((f) => `${f.title}. ${f.detail}`) });
  }
  for (const s of suicide) {
    blocks.push({
      kind: "facts",
      rows: [
        {
          label: `${instruments[s.instrument].name}, ${day(s.date)}`,
          value: bandLabel(s.instrument, s.band),
        },
      ],
    });
  }
  return { heading: "Safety", blocks };
}
