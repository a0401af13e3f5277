// Who the patient is and where the course stands: demographics, body weights, current course, safety alerts.

import type { Assessment, Patient } from "../api/types.ts";
import { formatDate, modalityName, patientName } from "../labels.ts";
import { PageHeading } from "../page-heading.tsx";
import { Link, paths } from "../router.tsx";
import { useCan } from "../session/session-provider.tsx";
import { SeverityBadge } from "../severity-badge.tsx";

export function PatientHeader({
  patient,
  assessment,
}: {
  readonly patient: Patient;
  readonly assessment: Assessment | undefined;
}) {
  const canRate = useCan("measurements.add");
  const canChart = useCan("sessions.add");
  const critical = assessment?.findings.filter((f) => f.severity === "critical") ?? [];
  const weights = assessment?.patient.weights;
  const course = assessment?.course;
  return (
    <header className="patient-header">
      <div className="identity">
        <PageHeading title={patientName(patient)} />
        <dl className="inline-facts">
          <dt>MRN</dt>
          <dd>{patient.mrn ?? "—"}</dd>
          <dt>Born</dt>
          <dd>
            {formatDate(patient.birthDate)}
            {assessment !== undefined ? ` (${assessment.patient.ageYears} y)` : ""}
          </dd>
          <dt>Sex</dt>
          <dd>{patient.sex}</dd>
          <dt>Weight</dt>
          <dd>
            {patient.weightKg} kg{patient.heightCm !== null ? ` · ${patient.heightCm} cm` : ""}
            {weights?.bmi != null ? ` · BMI ${weights.bmi}` : ""}
          </dd>
          {course !== undefined ? (
            <>
              <dt>Course</dt>
              <dd>
                {course.modalities.length === 0
                  ? "None yet"
                  : course.modalities.map((m) => modalityName(m)).join(", ")}
                {` · ${course.totalTreatments} treatments · ${formatDate(course.firstSessionDate)} – ${formatDate(course.lastSessionDate)}`}
              </dd>
            </>
          ) : null}
        </dl>
      </div>
      <div className="header-actions">
        {canRate ? (
          <Link className="button primary" to={paths.rate(patient.id)}>
            Rate a scale
          </Link>
        ) : null}
        {canChart ? (
          <Link className="button" to={paths.session(patient.id)}>
            Chart a session
          </Link>
        ) : null}
        <Link className="button" to={paths.intake(patient.id)}>
          Intake and pathway
        </Link>
      </div>
      {critical.length > 0 ? (
        <div className="safety-banner" role="alert">
          {critical.map((f) => (
            <p key={f.code}>
              <SeverityBadge severity="critical" /> <strong>{f.title}.</strong> {f.detail}
            </p>
          ))}
        </div>
      ) : null}
    </header>
  );
}
