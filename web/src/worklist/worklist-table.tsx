// The worklist table: attention, patient, course, outcome, trial adequacy, review point and the next step.

import type { ReactNode } from "react";
import { classificationLabels, formatDate, formatPercent, modalityName, patientName } from "../labels.ts";
import { Link, paths } from "../router.tsx";
import { SeverityBadge } from "../severity-badge.tsx";
import type { Attention } from "./attention.ts";
import type { SortKey, SortState, WorklistEntry } from "./worklist-sort.ts";

interface Props {
  readonly entries: readonly WorklistEntry[];
  readonly sort: SortState;
  onSort(key: SortKey): void;
}

function SortHeader(props: {
  readonly label: string;
  readonly sortKey: SortKey;
  readonly sort: SortState;
  onSort(key: SortKey): void;
}) {
  const active = props.sort.key === props.sortKey;
  const direction = active ? (props.sort.descending ? "descending" : "ascending") : "none";
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className="sort" onClick={() => props.onSort(props.sortKey)}>
        {props.label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (props.sort.descending ? " ▼" : " ▲") : " ↕"}
        </span>
      </button>
    </th>
  );
}

function AttentionCell({ attention }: { readonly attention: Attention }) {
  if (attention.critical.length > 0) {
    return (
      <ul className="alerts">
        {attention.critical.map((f) => (
          <li key={f.code}>
            <SeverityBadge severity="critical" label={f.title} />
          </li>
        ))}
      </ul>
    );
  }
  if (attention.warnings.length > 0) {
    const n = attention.warnings.length;
    return <SeverityBadge severity="warning" label={`${n} ${n === 1 ? "warning" : "warnings"}`} />;
  }
  return <span className="muted">Routine</span>;
}

function Pending({ failed }: { readonly failed: boolean }) {
  return <span className="muted">{failed ? "Could not assess" : "Assessing…"}</span>;
}

function row(entry: WorklistEntry): ReactNode {
  const { patient, assessment: a, attention } = entry;
  const outcome = a?.outcome;
  return (
    <tr key={patient.id} className={(attention?.critical.length ?? 0) > 0 ? "critical-row" : undefined}>
      <td>
        {attention === null ? <Pending failed={entry.failed} /> : <AttentionCell attention={attention} />}
      </td>
      <th scope="row">
        <Link to={paths.patient(patient.id)} className="patient-link">
          {patientName(patient)}
        </Link>
        <span className="sub">
          {patient.mrn ?? "No MRN"}
          {a === null ? "" : ` · ${a.patient.ageYears} y`}
        </span>
      </th>
      <td>
        {a === null ? null : (
          <>
            {modalityName(a.trial.modality)}
            <span className="sub">
              {a.trial.sessions} {a.trial.sessions === 1 ? "session" : "sessions"} · last{" "}
              {formatDate(a.course.lastSessionDate)}
            </span>
          </>
        )}
      </td>
      <td>
        {outcome === undefined ? null : (
          <>
            <span className={`classification c-${outcome.classification}`}>
              {classificationLabels[outcome.classification]}
            </span>
            {outcome.baseline !== null && outcome.latest !== null ? (
              <span className="sub">
                {outcome.instrument} {outcome.baseline.total} → {outcome.latest.total} (
                {formatPercent(outcome.improvementPercent)})
              </span>
            ) : null}
          </>
        )}
      </td>
      <td>
        {a === null ? null : a.trial.adequate ? (
          <span>
            <span aria-hidden="true">✓ </span>Adequate
          </span>
        ) : (
          <>
            <span>Not yet adequate</span>
            {a.trial.missing[0] !== undefined ? <span className="sub">{a.trial.missing[0].text}</span> : null}
          </>
        )}
      </td>
      <td>{attention?.reviewPoint === true ? <strong>Reached</strong> : <span className="muted">—</span>}</td>
      <td className="next-step">{a?.recommendations[0]?.title}</td>
    </tr>
  );
}

export function WorklistTable({ entries, sort, onSort }: Props) {
  return (
    <div className="table-wrap">
      <table className="worklist-table">
        <caption className="visually-hidden">Active patients and what needs attention</caption>
        <thead>
          <tr>
            <SortHeader label="Attention" sortKey="urgency" sort={sort} onSort={onSort} />
            <SortHeader label="Patient" sortKey="name" sort={sort} onSort={onSort} />
            <SortHeader label="Course" sortKey="last-session" sort={sort} onSort={onSort} />
            <SortHeader label="Outcome" sortKey="outcome" sort={sort} onSort={onSort} />
            <th scope="col">Trial</th>
            <th scope="col">Review point</th>
            <th scope="col">Next step</th>
          </tr>
        </thead>
        <tbody>{entries.map(row)}</tbody>
      </table>
    </div>
  );
}
