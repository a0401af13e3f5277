// Esketamine post-dose monitoring record: one session's REMS monitoring data, laid out to transcribe or submit.
//
// Input: the common DocumentInput plus `session`, which session (`{ sessionIndex }` into record.sessions, or
// `{ sessionDate }`); without it, the latest esketamine session with observation data. A route or CLI should
// check the choice first with `selectRemsSession` and answer 400 with its field and message when it fails.
// Judgements (checks done, minimum time met, discharge criteria unmet) come from the engine's reviewObservation.

import { type PostDoseObservation, reviewObservation, type Session } from "../../clinical/index.ts";
import type { Block, ClinicalDocument } from "../document-model.ts";
import { day, meta } from "./document-words.ts";
import {
  bp,
  discharge,
  identification,
  medications,
  observations,
  type RemsMonitoringInput,
  type RemsReview,
  signOff,
  treatment,
  vitals,
} from "./rems-monitoring-sections.ts";
import { orderedChecks, selectRemsSession } from "./rems-monitoring-session.ts";

export type { RemsMonitoringInput } from "./rems-monitoring-sections.ts";
export { type SessionSelector, selectRemsSession } from "./rems-monitoring-session.ts";

function review(
  input: RemsMonitoringInput,
  session: Session,
  observation: PostDoseObservation,
  index: number,
): RemsReview {
  const last = orderedChecks(observation).at(-1)?.check.minutesAfterDose ?? 0;
  const judgedAt = observation.readyToLeaveMinutes ?? last;
  const engine = reviewObservation({
    observation,
    modality: session.modality,
    minutesSinceDose: judgedAt,
    settings: input.assessment.settings,
    path: `sessions[${index}].observation`,
  });
  const benzo = input.assessment.recommendations.some((r) => r.code === "taper-benzodiazepine");
  return { engine, judgedAt, benzo };
}

/** The post-dose monitoring record for one esketamine session. */
export function buildRemsMonitoring(input: RemsMonitoringInput): ClinicalDocument {
  const picked = selectRemsSession(input.record, input.session);
  const title = picked.ok
    ? `Esketamine post-dose monitoring, ${day(picked.session.date)}`
    : "Esketamine post-dose monitoring";
  const docMeta = meta(input, title, "clinician");
  if (!picked.ok) {
    return {
      kind: "rems-monitoring",
      meta: docMeta,
      sections: [
        {
          heading: "Treatment session",
          blocks: [{ kind: "empty", text: `No session to report: ${picked.message}.` }],
        },
      ],
    };
  }
  const { session, index } = picked;
  const observation = session.observation;
  if (observation === undefined) {
    const none: Block = { kind: "empty", text: "No post-dose observation was charted for this session." };
    return {
      kind: "rems-monitoring",
      meta: docMeta,
      sections: [
        identification(input, picked),
        medications(input, session, {
          benzo: input.assessment.recommendations.some((r) => r.code === "taper-benzodiazepine"),
        }),
        treatment(picked, undefined),
        {
          heading: "Blood pressure and vital signs",
          blocks: [
            {
              kind: "facts",
              rows: [{ label: "Blood pressure before the dose", value: bp(session.bloodPressure) }],
            },
            none,
          ],
        },
        { heading: "Sedation, dissociation and adverse events", blocks: [none] },
        { heading: "Observation and discharge", blocks: [none] },
        signOff(),
      ],
    };
  }
  const judged = review(input, session, observation, index);
  return {
    kind: "rems-monitoring",
    meta: docMeta,
    sections: [
      identification(input, picked),
      medications(input, session, judged),
      treatment(picked, observation),
      vitals(input, session, observation, judged),
      observations(session, observation),
      discharge(observation, judged),
      signOff(),
    ],
  };
}
