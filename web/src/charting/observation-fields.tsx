// The observation after a dose: dose time and live clock, expected checks, timed checks, events, discharge and REMS data.

import {
  type ClinicSettings,
  type Modality,
  minutesBetween,
  type ObservationReview,
  reviewObservation,
} from "../../../src/clinical/index.ts";
import type { FieldIssue } from "../api/client.ts";
import { Field } from "../forms/field.tsx";
import { type ObservationDraft, parseObservation } from "./observation-draft.ts";
import { ExpectedChecks, ObservationClock, ReadyToLeave } from "./observation-status.tsx";
import { TimedChecks } from "./timed-checks.tsx";
import type { WallClock } from "./use-minute-clock.ts";

interface Props {
  readonly modality: Modality;
  /** The session's date: the clock runs only when it is today. */
  readonly date: string;
  readonly infusionMinutes: number | undefined;
  readonly observation: ObservationDraft;
  readonly issues: readonly FieldIssue[];
  readonly settings: ClinicSettings;
  readonly clock: WallClock;
  update(change: Partial<ObservationDraft>): void;
}

const validTime = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since the dose: the wall clock for today's session, otherwise the latest time the chart gives. */
function minutesSince(p: Props): { minutes: number; live: boolean } | null {
  const o = p.observation;
  if (!validTime.test(o.doseTime)) return null;
  if (p.date === p.clock.date) return { minutes: minutesBetween(o.doseTime, p.clock.time), live: true };
  const ready = Number(o.readyToLeaveMinutes.trim());
  const charted = o.readyToLeaveMinutes.trim() !== "" && Number.isFinite(ready) ? ready : undefined;
  const latest = Math.max(0, ...o.checks.map((c) => c.minutesAfterDose));
  return { minutes: charted ?? latest, live: false };
}

export function observationReview(p: Props): {
  review: ObservationReview | null;
  live: boolean;
  liveIssues: FieldIssue[];
} {
  const parsed = parseObservation(p.observation);
  const since = minutesSince(p);
  if (since === null || parsed.observation === undefined)
    return { review: null, live: false, liveIssues: parsed.issues };
  const review = reviewObservation({
    observation: parsed.observation,
    modality: p.modality,
    minutesSinceDose: since.minutes,
    settings: p.settings,
    ...(p.infusionMinutes === undefined ? {} : { infusionMinutes: p.infusionMinutes }),
  });
  return { review, live: since.live, liveIssues: parsed.issues };
}

export function ObservationFields(props: Props) {
  const { observation: o, update, modality, clock } = props;
  const esketamine = modality === "esketamine";
  const { review, live, liveIssues } = observationReview(props);
  const errors = (key: keyof ObservationDraft) => {
    const typed = String(o[key]).trim() !== "";
    const field = `observation.${key}`;
    const all = [...props.issues, ...(typed ? liveIssues : [])].filter(
      (i) => i.field === field || i.field.startsWith(`${field}[`),
    );
    return [...new Set(all.map((i) => i.message))];
  };
  const minutesNow = review?.minutesSinceDose ?? null;

  return (
    <fieldset className="group observation">
      <legend>
        {esketamine ? "Observation after the dose (REMS)" : "Vitals during and after the session"}
      </legend>
      <div className="observation-top">
        <Field
          id="doseTime"
          label={esketamine ? "Dose given at" : "Dose started at"}
          errors={errors("doseTime")}
        >
          {(control) => (
            <input
              {...control}
              type="time"
              value={o.doseTime}
              onChange={(e) => update({ doseTime: e.target.value })}
            />
          )}
        </Field>
        {props.date === clock.date && o.doseTime === "" ? (
          <button type="button" className="dose-now" onClick={() => update({ doseTime: clock.time })}>
            Dose given now ({clock.time})
          </button>
        ) : null}
        {review === null ? (
          <p className="muted clock-waiting">
            {validTime.test(o.doseTime)
              ? "Fix the marked fields to see the observation."
              : "Enter the dose time to start the observation clock."}
          </p>
        ) : (
          <ObservationClock review={review} live={live} />
        )}
      </div>
      {review === null ? null : <ExpectedChecks review={review} />}
      <TimedChecks
        checks={o.checks}
        minutesNow={live ? minutesNow : null}
        issues={props.issues}
        onAdd={(check) => update({ checks: [...o.checks, check] })}
        onRemove={(index) => update({ checks: o.checks.filter((_, i) => i !== index) })}
      />
      <div className="observation-events">
        <label className="check">
          <input
            type="checkbox"
            checked={o.respiratoryDepression}
            onChange={(e) => update({ respiratoryDepression: e.target.checked })}
          />{" "}
          Respiratory depression during observation
        </label>
        <Field
          id="adverseEvents"
          label="Adverse events"
          hint="Separate several with commas"
          errors={errors("adverseEvents")}
          className="grow"
        >
          {(control) => (
            <input
              {...control}
              className="wide"
              value={o.adverseEvents}
              onChange={(e) => update({ adverseEvents: e.target.value })}
            />
          )}
        </Field>
      </div>
      <fieldset className="discharge">
        <legend>Discharge</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={o.dischargeCriteriaMet}
            onChange={(e) => update({ dischargeCriteriaMet: e.target.checked })}
          />{" "}
          Discharge criteria met: alert, vitals near baseline, no sedation or dissociation, walks unaided
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={o.escortConfirmed}
            onChange={(e) => update({ escortConfirmed: e.target.checked })}
          />{" "}
          {esketamine ? "Escort confirmed: someone else drives the patient home" : "Escort confirmed"}
        </label>
        <div className="discharge-fields">
          <Field
            id="readyToLeaveMinutes"
            label="Ready to leave (minutes after dose)"
            errors={errors("readyToLeaveMinutes")}
          >
            {(control) => (
              <input
                {...control}
                className="narrow"
                inputMode="numeric"
                value={o.readyToLeaveMinutes}
                onChange={(e) => update({ readyToLeaveMinutes: e.target.value })}
              />
            )}
          </Field>
          {live && review?.mayLeave ? (
            <button
              type="button"
              onClick={() => update({ readyToLeaveMinutes: String(review.minutesSinceDose) })}
            >
              Ready now ({review.minutesSinceDose} min)
            </button>
          ) : null}
          {esketamine ? (
            <Field
              id="remsPatientId"
              label="REMS patient ID"
              errors={errors("remsPatientId")}
              hint="From the REMS enrolment"
            >
              {(control) => (
                <input
                  {...control}
                  value={o.remsPatientId}
                  onChange={(e) => update({ remsPatientId: e.target.value })}
                />
              )}
            </Field>
          ) : null}
        </div>
      </fieldset>
      {review === null ? null : <ReadyToLeave review={review} />}
    </fieldset>
  );
}
