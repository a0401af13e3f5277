// What the engine says about an observation now: the clock, each expected check's state, and ready to leave or not.

import type { CheckState, ObservationReview } from "../../../src/clinical/index.ts";
import { SeverityIcon } from "../severity-badge.tsx";

const stateText: Readonly<Record<CheckState, string>> = {
  done: "Done",
  due: "Due now",
  overdue: "Overdue",
  upcoming: "Upcoming",
};
const stateMark: Readonly<Record<CheckState, string>> = { done: "✓", due: "●", overdue: "▲", upcoming: "○" };

export function ObservationClock({
  review,
  live,
}: {
  readonly review: ObservationReview;
  readonly live: boolean;
}) {
  const { minutesSinceDose, minimumMinutes, minutesRemaining } = review;
  return (
    <div className="observation-clock" role="timer" aria-label="Time since the dose">
      <p className="clock-figure">
        <strong data-testid="minutes-since-dose">{minutesSinceDose}</strong> min since the dose
        {live ? null : <span className="muted"> (as charted)</span>}
      </p>
      {minimumMinutes === null ? (
        <p className="muted">No fixed minimum: observe until recovered.</p>
      ) : minutesRemaining > 0 ? (
        <p>
          <strong data-testid="minutes-remaining">{minutesRemaining}</strong> min to the {minimumMinutes}
          -minute minimum
        </p>
      ) : (
        <p>
          <span aria-hidden="true">✓ </span>
          {minimumMinutes}-minute minimum reached
        </p>
      )}
    </div>
  );
}

export function ExpectedChecks({ review }: { readonly review: ObservationReview }) {
  if (review.checks.length === 0) return null;
  return (
    <div className="expected-checks">
      <h3 id="expected-checks-heading">Expected checks</h3>
      <ul aria-labelledby="expected-checks-heading">
        {review.checks.map((c) => (
          <li key={c.code} className={`check-state state-${c.state}`} data-testid={`expected-${c.code}`}>
            <span className="state-label">
              <span aria-hidden="true">{stateMark[c.state]} </span>
              {stateText[c.state]}
            </span>
            <span>
              {c.label}
              <span className="muted">
                {" "}
                · at {c.atMinutes} min
                {c.overdueAfterMinutes === null ? "" : `, overdue after ${c.overdueAfterMinutes}`}
              </span>
            </span>
            <span className="source muted">{c.source.citation}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ReadyToLeave({ review }: { readonly review: ObservationReview }) {
  return (
    <div className="ready-to-leave" data-testid="ready-to-leave">
      {review.findings.map((f) => (
        <p key={f.code + f.title} className={`alert severity-${f.severity}`}>
          <SeverityIcon severity={f.severity} /> <strong>{f.title}</strong> {f.detail}
        </p>
      ))}
      {review.mayLeave ? (
        <p className="verdict ready" data-testid="discharge-verdict">
          <span aria-hidden="true">✓ </span>Ready to leave: every discharge criterion is met.
        </p>
      ) : (
        <>
          <p className="verdict waiting" data-testid="discharge-verdict">
            <span aria-hidden="true">✕ </span>Not ready to leave yet
          </p>
          <ul className="unmet" aria-label="Discharge criteria not yet met">
            {review.unmet.map((f) => (
              <li key={f.code} data-testid={`unmet-${f.code}`}>
                <strong>{f.title}</strong> <span className="muted">{f.detail}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
