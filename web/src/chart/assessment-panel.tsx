// The Assessment in words: classification and why, trial adequacy and what is missing, trajectory, findings by severity.

import type { Assessment, Finding, Severity } from "../api/types.ts";
import {
  bandLabel,
  classificationLabels,
  formatDate,
  formatPercent,
  modalityName,
  severityLabels,
} from "../labels.ts";
import { SeverityBadge } from "../severity-badge.tsx";
import { DetailText } from "./detail-text.tsx";
import { EvidenceAndSource } from "./evidence-list.tsx";

function ScoreRow(props: {
  readonly label: string;
  readonly instrument: string | null;
  readonly score: Assessment["outcome"]["latest"];
}) {
  const { score } = props;
  return (
    <tr>
      <th scope="row">{props.label}</th>
      <td className="num">{score?.total ?? "—"}</td>
      <td>{score === null ? "—" : bandLabel(props.instrument, score.band)}</td>
      <td>{formatDate(score?.date)}</td>
    </tr>
  );
}

function OutcomeSection({ assessment }: { readonly assessment: Assessment }) {
  const { outcome, latestScores } = assessment;
  const others = latestScores.filter((s) => s.instrument !== outcome.instrument);
  return (
    <section aria-labelledby="outcome-title" className="panel-section outcome">
      <div>
        <h3 id="outcome-title">Classification</h3>
        <p className={`classification big c-${outcome.classification}`} data-testid="classification">
          {classificationLabels[outcome.classification]}
        </p>
        <p>{outcome.reason}</p>
        <p className="hint">{outcome.responseRule}</p>
      </div>
      <table className="scores-table">
        <caption className="visually-hidden">Scores behind the classification</caption>
        <thead>
          <tr>
            <th scope="col">{outcome.instrument ?? "Scale"}</th>
            <th scope="col" className="num">
              Total
            </th>
            <th scope="col">Band</th>
            <th scope="col">Date</th>
          </tr>
        </thead>
        <tbody>
          <ScoreRow label="Baseline" instrument={outcome.instrument} score={outcome.baseline} />
          <ScoreRow label="Best" instrument={outcome.instrument} score={outcome.best} />
          <ScoreRow label="Latest" instrument={outcome.instrument} score={outcome.latest} />
          <tr>
            <th scope="row">Change</th>
            <td className="num">{formatPercent(outcome.improvementPercent)}</td>
            <td colSpan={2} className="muted">
              from baseline to latest
            </td>
          </tr>
          {others.map((s) => (
            <ScoreRow
              key={s.instrument}
              label={`Latest ${s.instrument}`}
              instrument={s.instrument}
              score={s}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TrialSection({ trial }: { readonly trial: Assessment["trial"] }) {
  return (
    <section aria-labelledby="trial-title" className="panel-section">
      <h3 id="trial-title">Trial adequacy</h3>
      <p>
        {trial.adequate ? (
          <strong>
            <span aria-hidden="true">✓ </span>Adequate trial of {modalityName(trial.modality)}
          </strong>
        ) : (
          <strong>
            <span aria-hidden="true">○ </span>Not yet an adequate trial
            {trial.modality === null ? "" : ` of ${modalityName(trial.modality)}`}
          </strong>
        )}
      </p>
      {trial.missing.length > 0 ? (
        <>
          <p className="why-label">Missing</p>
          <ul className="missing">
            {trial.missing.map((m) => (
              <li key={m.code}>{m.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      <dl className="facts">
        <dt>Counted sessions</dt>
        <dd>
          {trial.countedSessions} of {trial.sessions}
        </dd>
        <dt>Span</dt>
        <dd>
          {trial.spanDays} days
          {trial.sessionsPerWeek === null ? "" : ` · ${trial.sessionsPerWeek.toFixed(1)} a week`}
        </dd>
        <dt>Highest dose</dt>
        <dd>
          {trial.highestDoseMgPerKg !== null ? `${trial.highestDoseMgPerKg} mg/kg` : ""}
          {trial.highestDoseMg !== null ? ` (${trial.highestDoseMg} mg)` : ""}
          {trial.highestDoseMgPerKg === null && trial.highestDoseMg === null ? "—" : ""}
        </dd>
      </dl>
      <p className="hint">Criteria: {trial.criteria}</p>
    </section>
  );
}

function TrajectorySection({ trajectory }: { readonly trajectory: Assessment["trajectory"] }) {
  return (
    <section aria-labelledby="trajectory-title" className="panel-section">
      <h3 id="trajectory-title">Trajectory</h3>
      <p>{trajectory.summary}</p>
      {trajectory.signals.length > 0 ? (
        <p className="hint">Signals: {trajectory.signals.map((s) => s.replaceAll("-", " ")).join(", ")}</p>
      ) : null}
      {trajectory.weeksToResponse !== null ? (
        <p className="hint">
          At the recent rate, about {Math.ceil(trajectory.weeksToResponse)} weeks to response.
        </p>
      ) : null}
    </section>
  );
}

const severities: readonly Severity[] = ["critical", "warning", "info"];

function FindingsSection({ findings }: { readonly findings: readonly Finding[] }) {
  return (
    <section aria-labelledby="findings-title" className="panel-section">
      <h3 id="findings-title">Findings</h3>
      {findings.length === 0 ? <p className="muted">No findings.</p> : null}
      {severities.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className="finding-group">
            <h4 className="visually-hidden">{severityLabels[severity]}</h4>
            {group.map((f) => (
              <article
                key={f.code}
                className={`finding severity-${f.severity}`}
                aria-labelledby={`finding-${f.code}`}
              >
                <p className="finding-head">
                  <SeverityBadge severity={f.severity} /> <strong id={`finding-${f.code}`}>{f.title}</strong>
                </p>
                <DetailText text={f.detail} />
                <EvidenceAndSource item={f} />
              </article>
            ))}
          </div>
        );
      })}
    </section>
  );
}

export function AssessmentPanel({ assessment }: { readonly assessment: Assessment }) {
  return (
    <section className="assessment-panel card" aria-labelledby="assessment-title">
      <h2 id="assessment-title">
        Assessment <span className="sub-inline">as of {formatDate(assessment.asOf)}</span>
      </h2>
      <div className="assessment-grid">
        <OutcomeSection assessment={assessment} />
        <TrialSection trial={assessment.trial} />
        <TrajectorySection trajectory={assessment.trajectory} />
      </div>
      <FindingsSection findings={assessment.findings} />
      <p className="hint">Knowledge version {assessment.knowledgeVersion}</p>
    </section>
  );
}
