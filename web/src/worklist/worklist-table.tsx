// The worklist table: attention, patient, course, outcome, trial adequacy, review point, self-reports and next step.

import type { ReactNode } from "react";
import { classificationLabels, formatDate, formatPercent, modalityName, patientName } from "../labels.ts";
import { Link, paths } from "../router.tsx";
import { AttentionCell, SelfReportCell } from "./worklist-cells.tsx";
import "./worklist.css";
import type { SortKey, SortState } from "./worklist-sort.ts";
import type { WorklistEntry } from "./worklist-types.ts";

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

function row(entry: WorklistEntry): ReactNode {
  const { patient, attention } = entry;
  const critical = attention.openAlerts > 0 || attention.critical.length > 0;
  return (
    <tr key={patient.id} className={critical ? "critical-row" : undefined}>
      <td>
        <AttentionCell attention={attention} />
      </td>
      <th scope="row">
        <Link to={paths.patient(patient.id)} className="patient-link">
          {patientName(patient)}
        </Link>
        <span className="sub">
          {patient.mrn ?? "No MRN"}
          {entry.ageYears === null ? "" : ` · ${entry.ageYears} y`}
        </span>
      </th>
      <td>
        {modalityName(entry.modality)}
        <span className="sub">
          {entry.sessions} {entry.sessions === 1 ? "session" : "sessions"} · last{" "}
          {formatDate(entry.lastSessionDate)}
        </span>
      </td>
      <td>
        {entry.classification === null ? null : (
          <>
            <span className={`classification c-${entry.classification}`}>
              {classificationLabels[entry.classification]}
            </span>
            {entry.baselineTotal !== null && entry.latestTotal !== null ? (
              <span className="sub">
                {entry.outcomeInstrument} {entry.baselineTotal} → {entry.latestTotal} (
                {formatPercent(entry.improvementPercent)})
              </span>
            ) : null}
          </>
        )}
      </td>
      <td>
        {entry.trialAdequate ? (
          <span>
            <span aria-hidden="true">✓ </span>Adequate
          </span>
        ) : (
          <>
            <span>Not yet adequate</span>
            {entry.trialMissing !== null ? <span className="sub">{entry.trialMissing}</span> : null}
          </>
        )}
      </td>
      <td>{attention.reviewPoint ? <strong>Reached</strong> : <span className="muted">—</span>}</td>
      <td>
        <SelfReportCell due={attention.selfReportsDue} />
      </td>
      <td className="next-step">{entry.nextStep}</td>
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
            <th scope="col">Self-report</th>
            <th scope="col">Next step</th>
          </tr>
        </thead>
        <tbody>{entries.map(row)}</tbody>
      </table>
    </div>
  );
}
