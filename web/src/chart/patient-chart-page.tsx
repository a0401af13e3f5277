// The patient chart: header, trajectory, the Assessment, recommendations with decisions, work-up, and the record's tables.

import { useState } from "react";
import { ApiError } from "../api/client.ts";
import { useAssessment, useDecisions, usePatient, useRows } from "../api/patient-queries.ts";
import { takeFlash } from "../flash.ts";
import { PageHeading } from "../page-heading.tsx";
import { Link, paths } from "../router.tsx";
import { AssessmentPanel } from "./assessment-panel.tsx";
import { ChartAlerts } from "./chart-alerts.tsx";
import { DocumentsPanel } from "./documents-panel.tsx";
import { PatientHeader } from "./patient-header.tsx";
import { RecommendationsPanel } from "./recommendations-panel.tsx";
import { EventsTable, MeasurementsTable, MedicationsTable, SessionsTable } from "./record-tables.tsx";
import { TrajectoryChart } from "./trajectory-chart.tsx";
import { WorkupChecklist } from "./workup-checklist.tsx";

function Loading({ what }: { readonly what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function PatientChartPage({ id }: { readonly id: string }) {
  const patient = usePatient(id);
  const assessment = useAssessment(id);
  const sessions = useRows(id, "sessions");
  const measurements = useRows(id, "measurements");
  const medications = useRows(id, "medications");
  const events = useRows(id, "events");
  const decisions = useDecisions(id);
  const [flash] = useState(takeFlash);

  if (patient.isError) {
    const missing = patient.error instanceof ApiError && patient.error.code === "not-found";
    return (
      <section className="page">
        <PageHeading title={missing ? "No such patient" : "The chart could not be loaded"} />
        <p>
          <Link to={paths.worklist()}>Back to the worklist</Link>
        </p>
      </section>
    );
  }
  if (patient.data === undefined) return <Loading what="the chart" />;
  const a = assessment.data;
  return (
    <article className="page chart-page">
      <PatientHeader patient={patient.data} assessment={a} />
      <ChartAlerts patientId={id} />
      {flash !== null ? (
        <p className="flash" role="status">
          <span aria-hidden="true">✓ </span>
          {flash}
        </p>
      ) : null}
      {a === undefined ? (
        <Loading what="the assessment" />
      ) : (
        <div className="chart-grid">
          <div className="chart-main">
            <section className="card" aria-labelledby="trajectory-heading">
              <h2 id="trajectory-heading">Trajectory</h2>
              <TrajectoryChart assessment={a} sessions={sessions.data ?? []} />
            </section>
            <AssessmentPanel assessment={a} />
          </div>
          <div className="chart-side">
            <RecommendationsPanel patientId={id} assessment={a} decisions={decisions.data ?? []} />
            <WorkupChecklist workup={a.workup} />
          </div>
        </div>
      )}
      <section className="card record" aria-labelledby="record-title">
        <h2 id="record-title">Record</h2>
        {sessions.data === undefined ? (
          <Loading what="sessions" />
        ) : (
          <SessionsTable patientId={id} rows={sessions.data} />
        )}
        {measurements.data === undefined ? (
          <Loading what="measurements" />
        ) : (
          <MeasurementsTable patientId={id} rows={measurements.data} />
        )}
        {medications.data === undefined || a === undefined ? (
          <Loading what="medications" />
        ) : (
          <MedicationsTable patientId={id} rows={medications.data} assessment={a} />
        )}
        {events.data === undefined ? (
          <Loading what="events" />
        ) : (
          <EventsTable patientId={id} rows={events.data} />
        )}
      </section>
      <DocumentsPanel patientId={id} />
    </article>
  );
}
