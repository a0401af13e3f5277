// Sections of the esketamine post-dose monitoring record, each from one session's charted data and the engine's review.

import {
  aboveHold,
  type ObservationReview,
  type PostDoseObservation,
  type Session,
} from "../../clinical/index.ts";
import type { Block, DocumentInput, DocumentSection, FactRow } from "../document-model.ts";
import { day } from "./document-words.ts";
import {
  clockTime,
  dissociationCourse,
  medicationsOn,
  orderedChecks,
  type SelectedSession,
  type SessionSelector,
  type SignCourse,
  sedationCourse,
} from "./rems-monitoring-session.ts";

export interface RemsMonitoringInput extends DocumentInput {
  readonly session?: SessionSelector;
}

const notRecorded = "not recorded";
const deviceMg = 28;

const yesNo = (value: boolean | undefined): string =>
  value === undefined ? notRecorded : value ? "yes" : "no";

export function bp(value: Session["bloodPressure"]): string {
  return value === undefined ? notRecorded : `${value.systolic}/${value.diastolic} mmHg`;
}

function dose(session: Session): string {
  if (session.doseMg === undefined) return notRecorded;
  const devices = session.doseMg / deviceMg;
  return Number.isInteger(devices)
    ? `${session.doseMg} mg (${devices} device${devices === 1 ? "" : "s"} of ${deviceMg} mg)`
    : `${session.doseMg} mg`;
}

function at(observation: PostDoseObservation, minutes: number): string {
  return `${minutes} min after the dose (${clockTime(observation.doseTime, minutes)})`;
}

export function identification(
  input: RemsMonitoringInput,
  picked: SelectedSession & { ok: true },
): DocumentSection {
  const { patient, record, clinic } = input;
  const rows: FactRow[] = [
    { label: "Patient", value: patient.name },
    { label: "Date of birth", value: day(patient.birthDate) },
    { label: "Sex", value: record.patient.sex },
    { label: "Medical record number", value: patient.mrn ?? notRecorded },
    { label: "REMS patient ID", value: picked.session.observation?.remsPatientId ?? notRecorded },
    { label: "Healthcare setting", value: clinic.name },
    { label: "First esketamine session for this patient", value: picked.number === 1 ? "yes" : "no" },
  ];
  return { heading: "Patient and healthcare setting", blocks: [{ kind: "facts", rows }] };
}

export function medications(
  input: RemsMonitoringInput,
  session: Session,
  review: Pick<RemsReview, "benzo">,
): DocumentSection {
  const meds = medicationsOn(input.record, session.date);
  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: "The REMS form asks whether the patient takes a benzodiazepine, another sedative hypnotic, a psychostimulant or an MAO inhibitor. Answer from the list below, which is every medication on the record on the day of the session.",
    },
    meds.length === 0
      ? { kind: "empty", text: "No medications are on the record for this date." }
      : {
          kind: "table",
          columns: ["Medication", "Dose", "Since"],
          rows: meds.map((m) => [
            m.name,
            m.dose ?? notRecorded,
            m.start === undefined ? notRecorded : day(m.start),
          ]),
        },
  ];
  if (review.benzo) {
    blocks.push({
      kind: "callout",
      tone: "warning",
      text: "The assessment flags a benzodiazepine on the medication list.",
    });
  }
  if (session.preSession?.benzodiazepineTaken !== undefined) {
    blocks.push({
      kind: "facts",
      rows: [
        {
          label: "Benzodiazepine taken before this session",
          value: yesNo(session.preSession.benzodiazepineTaken),
        },
      ],
    });
  }
  return { heading: "Concomitant medications", blocks };
}

export function treatment(
  picked: SelectedSession & { ok: true },
  observation: PostDoseObservation | undefined,
): DocumentSection {
  const { session, number } = picked;
  const rows: FactRow[] = [
    { label: "Treatment date", value: day(session.date) },
    { label: "Esketamine session number", value: String(number) },
    { label: "Dose administered", value: dose(session) },
    { label: "Dose time (first device)", value: observation?.doseTime ?? notRecorded },
    { label: "Lot number", value: "not kept in Titrate: copy it from the dispensing log" },
    { label: "Session completed", value: yesNo(session.completed) },
  ];
  if (session.interrupted === true || session.interruptionReason !== undefined) {
    rows.push({
      label: "Interrupted or held",
      value: session.interruptionReason ?? "yes, reason not recorded",
    });
  }
  return { heading: "Treatment session", blocks: [{ kind: "facts", rows }] };
}

function vitalsTable(session: Session, observation: PostDoseObservation): Block {
  const rows: string[][] = [
    ["Before the dose", `before ${observation.doseTime}`, bp(session.bloodPressure), "—", "—", "—", "—"],
  ];
  for (const { check } of orderedChecks(observation)) {
    rows.push([
      `${check.minutesAfterDose} min`,
      clockTime(observation.doseTime, check.minutesAfterDose),
      bp(check.bloodPressure),
      check.heartRate === undefined ? notRecorded : `${check.heartRate}/min`,
      check.spo2 === undefined ? notRecorded : `${check.spo2}%`,
      check.sedation ?? notRecorded,
      check.dissociation === undefined ? notRecorded : check.dissociation ? "present" : "none",
    ]);
  }
  return {
    kind: "table",
    caption: "Vital signs and observations, in time order",
    columns: ["Check", "Clock time", "Blood pressure", "Heart rate", "SpO2", "Sedation", "Dissociation"],
    rows,
  };
}

export interface RemsReview {
  readonly engine: ObservationReview;
  /** Minutes after the dose at which the record was judged: ready-to-leave time, or else the last check. */
  readonly judgedAt: number;
  readonly benzo: boolean;
}

export function vitals(
  input: RemsMonitoringInput,
  session: Session,
  observation: PostDoseObservation,
  review: RemsReview,
): DocumentSection {
  const { settings } = input.assessment;
  const pre = session.bloodPressure;
  const threshold = `${settings.bloodPressureHoldSystolic}/${settings.bloodPressureHoldDiastolic}`;
  const rows: FactRow[] = [
    {
      label: "Blood pressure before the dose",
      value:
        pre === undefined
          ? notRecorded
          : `${bp(pre)}; ${aboveHold(pre, settings) ? "above" : "within"} the clinic's hold threshold (${threshold})`,
    },
  ];
  const expected: string[][] = review.engine.checks.map((check) => {
    const reading = check.doneBy === null ? undefined : observation.checks[check.doneBy];
    return [
      check.label,
      `${check.atMinutes} min (${clockTime(observation.doseTime, check.atMinutes)})`,
      reading === undefined
        ? notRecorded
        : `${bp(reading.bloodPressure)} at ${reading.minutesAfterDose} min (${clockTime(observation.doseTime, reading.minutesAfterDose)})`,
    ];
  });
  const blocks: Block[] =
    observation.checks.length === 0
      ? [{ kind: "empty", text: "No timed checks after the dose were recorded." }]
      : [vitalsTable(session, observation)];
  blocks.push({ kind: "facts", rows });
  if (expected.length > 0) {
    blocks.push({
      kind: "table",
      caption: "Checks the monitoring rules expect, and the reading that answered each",
      columns: ["Expected check", "Due", "Recorded"],
      rows: expected,
    });
  }
  for (const f of review.engine.findings) blocks.push({ kind: "callout", tone: "warning", text: f.title });
  return { heading: "Blood pressure and vital signs", blocks };
}

function sign(name: string, course: SignCourse, observation: PostDoseObservation): FactRow[] {
  if (course.seen === "not-recorded") return [{ label: name, value: notRecorded }];
  if (course.seen === "no") return [{ label: name, value: "none at the checks" }];
  const first = course.firstMinutes === null ? "" : ` from ${at(observation, course.firstMinutes)}`;
  const worst = course.worst === "present" || course.worst === null ? "" : ` (most marked: ${course.worst})`;
  return [
    { label: name, value: `yes${worst}${first}` },
    {
      label: `${name} resolved`,
      value:
        course.resolvedMinutes === null
          ? "not recorded as resolved"
          : `by ${at(observation, course.resolvedMinutes)}`,
    },
  ];
}

export function observations(session: Session, observation: PostDoseObservation): DocumentSection {
  const rows: FactRow[] = [
    ...sign("Sedation", sedationCourse(observation), observation),
    ...sign("Dissociation", dissociationCourse(observation), observation),
    { label: "Respiratory depression", value: yesNo(observation.respiratoryDepression) },
  ];
  if (session.dissociation?.total !== undefined) {
    rows.push({ label: "CADSS total for the session", value: String(session.dissociation.total) });
  }
  const events = [...observation.adverseEvents, ...session.sideEffects];
  rows.push({ label: "Adverse events", value: events.length === 0 ? "none recorded" : events.join("; ") });
  return { heading: "Sedation, dissociation and adverse events", blocks: [{ kind: "facts", rows }] };
}

export function discharge(observation: PostDoseObservation, review: RemsReview): DocumentSection {
  const { engine, judgedAt } = review;
  const ready = observation.readyToLeaveMinutes;
  const minimum = engine.minimumMinutes;
  const timeUnmet = engine.unmet.some((f) => f.code === "discharge-time-not-reached");
  const rows: FactRow[] = [
    { label: "Ready to leave", value: ready === undefined ? notRecorded : at(observation, ready) },
    { label: "Minutes observed", value: ready === undefined ? notRecorded : String(ready) },
    {
      label: minimum === null ? "Minimum observation" : `Observed at least ${minimum} minutes`,
      value:
        minimum === null ? "no fixed minimum" : ready === undefined ? notRecorded : timeUnmet ? "no" : "yes",
    },
    { label: "Discharge criteria met (clinician)", value: yesNo(observation.dischargeCriteriaMet) },
    { label: "Escort home confirmed", value: yesNo(observation.escortConfirmed) },
  ];
  const blocks: Block[] = [{ kind: "facts", rows }];
  if (engine.mayLeave) {
    blocks.push({
      kind: "callout",
      tone: "info",
      text: `Every discharge criterion is met as charted (judged at ${judgedAt} minutes).`,
    });
  } else {
    blocks.push({
      kind: "callout",
      tone: "warning",
      text: `Discharge criteria not shown as met in the record (judged at ${judgedAt} minutes after the dose):`,
    });
    blocks.push({ kind: "list", items: engine.unmet.map((f) => f.title) });
  }
  return { heading: "Observation and discharge", blocks };
}

export function signOff(): DocumentSection {
  return {
    heading: "Sign-off",
    blocks: [
      {
        kind: "paragraph",
        text: "Every value above is taken from the session as charted in Titrate; anything shown as not recorded was not charted and should be completed from the source notes before submission.",
      },
      { kind: "signature", lines: ["Healthcare provider who monitored the patient", "Prescriber"] },
    ],
  };
}
