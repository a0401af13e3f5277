// The record as tables: sessions, measurements (correctable), medications with interfering ones flagged, events.

import { useState } from "react";
import { bandOf, instruments, protocols } from "../../../src/clinical/index.ts";
import type { Assessment, ClinicalEvent, Measurement, Medication, Session, StoredRow } from "../api/types.ts";
import { formatDate } from "../labels.ts";
import { useCan } from "../session/session-provider.tsx";
import { MeasurementCorrection } from "./measurement-correction.tsx";

function Amended({ row }: { readonly row: StoredRow<unknown> }) {
  const last = row.amendments.at(-1);
  if (last === undefined) return null;
  return (
    <span className="amended" title={`Corrected: ${last.reason}`}>
      <span aria-hidden="true">✎</span> corrected: {last.reason}
    </span>
  );
}

function bp(value: Session["bloodPressure"]): string {
  return value === undefined ? "—" : `${value.systolic}/${value.diastolic}`;
}

function Empty({ what }: { readonly what: string }) {
  return <p className="empty">No {what} recorded.</p>;
}

export function SessionsTable({ rows }: { readonly rows: readonly StoredRow<Session>[] }) {
  if (rows.length === 0) return <Empty what="sessions" />;
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>Sessions ({rows.length}), newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Route</th>
            <th scope="col" className="num">
              Dose
            </th>
            <th scope="col" className="num">
              Infusion
            </th>
            <th scope="col" className="num">
              BP before
            </th>
            <th scope="col" className="num">
              BP after
            </th>
            <th scope="col" className="num">
              CADSS
            </th>
            <th scope="col">Completed</th>
            <th scope="col">Side effects and notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.toReversed().map(({ data: s, ...row }) => (
            <tr key={row.id}>
              <th scope="row">{formatDate(s.date)}</th>
              <td>{protocols[s.modality].name}</td>
              <td className="num">
                {s.doseMgPerKg !== undefined ? `${s.doseMgPerKg} mg/kg · ` : ""}
                {s.doseMg !== undefined ? `${s.doseMg} mg` : "—"}
              </td>
              <td className="num">{s.infusionMinutes !== undefined ? `${s.infusionMinutes} min` : "—"}</td>
              <td className="num">{bp(s.bloodPressure)}</td>
              <td className="num">{bp(s.bloodPressureAfter)}</td>
              <td className="num">{s.dissociation?.total ?? "—"}</td>
              <td>{s.completed ? "Yes" : <strong>No</strong>}</td>
              <td>
                {[...s.sideEffects, s.interruptionReason ?? ""].filter((x) => x !== "").join("; ") || "—"}{" "}
                <Amended row={{ ...row, data: s }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MeasurementsTable(props: {
  readonly patientId: string;
  readonly rows: readonly StoredRow<Measurement>[];
}) {
  const canAmend = useCan("measurements.amend");
  const [correcting, setCorrecting] = useState<string | null>(null);
  if (props.rows.length === 0) return <Empty what="measurements" />;
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>Measurements ({props.rows.length}), newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Scale</th>
            <th scope="col" className="num">
              Total
            </th>
            <th scope="col">Band</th>
            <th scope="col">Item scores</th>
            {canAmend ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {props.rows.toReversed().flatMap((row) => {
            const m = row.data;
            const total = m.total ?? null;
            const line = (
              <tr key={row.id}>
                <th scope="row">{formatDate(m.date)}</th>
                <td>{m.instrument}</td>
                <td className="num">{total ?? "—"}</td>
                <td>{total === null ? "—" : bandLabelFor(m.instrument, total)}</td>
                <td className="items">
                  {m.items?.join(" ") ?? "—"} <Amended row={row} />
                </td>
                {canAmend ? (
                  <td>
                    <button
                      type="button"
                      className="quiet small"
                      aria-expanded={correcting === row.id}
                      aria-label={`Correct ${m.instrument} of ${formatDate(m.date)}`}
                      onClick={() => setCorrecting(correcting === row.id ? null : row.id)}
                    >
                      Correct
                    </button>
                  </td>
                ) : null}
              </tr>
            );
            if (correcting !== row.id) return [line];
            return [
              line,
              <tr key={`${row.id}-correct`} className="correction-row">
                <td colSpan={6}>
                  <MeasurementCorrection
                    patientId={props.patientId}
                    row={row}
                    onDone={() => setCorrecting(null)}
                  />
                </td>
              </tr>,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}

function bandLabelFor(instrument: Measurement["instrument"], total: number): string {
  const { min, max } = instruments[instrument].totalRange;
  return total >= min && total <= max ? bandOf(instruments[instrument], total).label : "—";
}

/** Medication indexes the Assessment's findings or recommendations point at (`medications[i]`), with their titles. */
export function interferingMedications(assessment: Assessment): Map<number, string[]> {
  const found = new Map<number, string[]>();
  for (const item of [...assessment.findings, ...assessment.recommendations]) {
    for (const e of item.evidence) {
      const match = /^medications\[(\d+)\]/.exec(e.field);
      if (match === null) continue;
      const index = Number(match[1]);
      const titles = found.get(index) ?? [];
      if (!titles.includes(item.title)) titles.push(item.title);
      found.set(index, titles);
    }
  }
  return found;
}

export function MedicationsTable(props: {
  readonly rows: readonly StoredRow<Medication>[];
  readonly assessment: Assessment;
}) {
  if (props.rows.length === 0) return <Empty what="medications" />;
  const flagged = interferingMedications(props.assessment);
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>Medications ({props.rows.length})</caption>
        <thead>
          <tr>
            <th scope="col">Medication</th>
            <th scope="col">Dose</th>
            <th scope="col">Start</th>
            <th scope="col">End</th>
            <th scope="col">Interaction with treatment</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, index) => {
            const titles = flagged.get(index) ?? [];
            return (
              <tr key={row.id} className={titles.length > 0 ? "flagged" : undefined}>
                <th scope="row">{row.data.name}</th>
                <td>{row.data.dose ?? "—"}</td>
                <td>{formatDate(row.data.start)}</td>
                <td>{formatDate(row.data.end)}</td>
                <td>
                  {titles.length > 0 ? (
                    <strong>
                      <span aria-hidden="true">▲ </span>Interferes: {titles.join("; ")}
                    </strong>
                  ) : (
                    <span className="muted">None flagged</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function EventsTable({ rows }: { readonly rows: readonly StoredRow<ClinicalEvent>[] }) {
  if (rows.length === 0) return <Empty what="events" />;
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>Events ({rows.length}), newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {rows.toReversed().map((row) => (
            <tr key={row.id}>
              <th scope="row">{formatDate(row.data.date)}</th>
              <td>{row.data.type.replaceAll("-", " ")}</td>
              <td>{row.data.note ?? row.data.strategy ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
