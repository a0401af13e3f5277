// The record as tables: sessions, measurements (correctable), medications with interfering ones flagged, events.

import { Fragment } from "react";
import { bandOf, instruments, protocols } from "../../../src/clinical/index.ts";
import type { Assessment, ClinicalEvent, Measurement, Medication, Session, StoredRow } from "../api/types.ts";
import { formatDate } from "../labels.ts";
import { AmendButton, AmendHeader, AmendRow, RowAmendments, useAmending } from "./amendable.tsx";
import { doseText, observationText } from "./session-text.ts";

function bp(value: Session["bloodPressure"]): string {
  return value === undefined ? "—" : `${value.systolic}/${value.diastolic}`;
}

function Empty({ what }: { readonly what: string }) {
  return <p className="empty">No {what} recorded.</p>;
}

export function SessionsTable({
  patientId,
  rows,
}: {
  readonly patientId: string;
  readonly rows: readonly StoredRow<Session>[];
}) {
  const amending = useAmending("sessions");
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
            <AmendHeader amending={amending} />
          </tr>
        </thead>
        <tbody>
          {rows.toReversed().map((row) => {
            const s = row.data;
            const what = `${protocols[s.modality].name} session of ${formatDate(s.date)}`;
            return (
              <Fragment key={row.id}>
                <tr>
                  <th scope="row">{formatDate(s.date)}</th>
                  <td>{protocols[s.modality].name}</td>
                  <td className="num">{doseText(s)}</td>
                  <td className="num">
                    {s.infusionMinutes !== undefined ? `${s.infusionMinutes} min` : "—"}
                  </td>
                  <td className="num">{bp(s.bloodPressure)}</td>
                  <td className="num">{bp(s.bloodPressureAfter)}</td>
                  <td className="num">{s.dissociation?.total ?? "—"}</td>
                  <td>{s.completed ? "Yes" : <strong>No</strong>}</td>
                  <td>
                    {[...s.sideEffects, s.interruptionReason ?? "", observationText(s) ?? ""]
                      .filter((x) => x !== "")
                      .join("; ") || "—"}{" "}
                    <RowAmendments resource="sessions" row={row} />
                  </td>
                  <AmendButton amending={amending} rowId={row.id} what={what} />
                </tr>
                <AmendRow
                  amending={amending}
                  patientId={patientId}
                  resource="sessions"
                  row={row}
                  what={what}
                  colSpan={10}
                />
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function MeasurementsTable(props: {
  readonly patientId: string;
  readonly rows: readonly StoredRow<Measurement>[];
}) {
  const amending = useAmending("measurements");
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
            <AmendHeader amending={amending} />
          </tr>
        </thead>
        <tbody>
          {props.rows.toReversed().map((row) => {
            const m = row.data;
            const total = m.total ?? null;
            const what = `${m.instrument} of ${formatDate(m.date)}`;
            return (
              <Fragment key={row.id}>
                <tr>
                  <th scope="row">{formatDate(m.date)}</th>
                  <td>{m.instrument}</td>
                  <td className="num">{total ?? "—"}</td>
                  <td>{total === null ? "—" : bandLabelFor(m.instrument, total)}</td>
                  <td className="items">
                    {m.items?.join(" ") ?? "—"} <RowAmendments resource="measurements" row={row} />
                  </td>
                  <AmendButton amending={amending} rowId={row.id} what={what} />
                </tr>
                <AmendRow
                  amending={amending}
                  patientId={props.patientId}
                  resource="measurements"
                  row={row}
                  what={what}
                  colSpan={6}
                />
              </Fragment>
            );
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
  readonly patientId: string;
  readonly rows: readonly StoredRow<Medication>[];
  readonly assessment: Assessment;
}) {
  const amending = useAmending("medications");
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
            <AmendHeader amending={amending} />
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, index) => {
            const titles = flagged.get(index) ?? [];
            const what = `medication ${row.data.name}`;
            return (
              <Fragment key={row.id}>
                <tr className={titles.length > 0 ? "flagged" : undefined}>
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
                    )}{" "}
                    <RowAmendments resource="medications" row={row} />
                  </td>
                  <AmendButton amending={amending} rowId={row.id} what={what} />
                </tr>
                <AmendRow
                  amending={amending}
                  patientId={props.patientId}
                  resource="medications"
                  row={row}
                  what={what}
                  colSpan={6}
                />
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function EventsTable({
  patientId,
  rows,
}: {
  readonly patientId: string;
  readonly rows: readonly StoredRow<ClinicalEvent>[];
}) {
  const amending = useAmending("events");
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
            <AmendHeader amending={amending} />
          </tr>
        </thead>
        <tbody>
          {rows.toReversed().map((row) => {
            const what = `${row.data.type.replaceAll("-", " ")} event of ${formatDate(row.data.date)}`;
            return (
              <Fragment key={row.id}>
                <tr>
                  <th scope="row">{formatDate(row.data.date)}</th>
                  <td>{row.data.type.replaceAll("-", " ")}</td>
                  <td>
                    {row.data.note ?? row.data.strategy ?? "—"} <RowAmendments resource="events" row={row} />
                  </td>
                  <AmendButton amending={amending} rowId={row.id} what={what} />
                </tr>
                <AmendRow
                  amending={amending}
                  patientId={patientId}
                  resource="events"
                  row={row}
                  what={what}
                  colSpan={4}
                />
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
