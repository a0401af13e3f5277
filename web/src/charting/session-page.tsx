// Charting a treatment session: the dose computed and held to the hard limits live by the engine, then POST sessions.

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { type Modality, modalities, protocols } from "../../../src/clinical/index.ts";
import { ApiError, api, type FieldIssue } from "../api/client.ts";
import { refreshPatient, rowsPath, useAssessment, usePatient } from "../api/patient-queries.ts";
import type { Assessment, Session } from "../api/types.ts";
import { setFlash } from "../flash.ts";
import { ErrorSummary } from "../forms/field.tsx";
import { patientName } from "../labels.ts";
import { PageHeading } from "../page-heading.tsx";
import { Link, navigate, paths } from "../router.tsx";
import { parseObservation } from "./observation-draft.ts";
import { doseView, emptyDraft, type SessionDraft, sessionBody, typingIssues } from "./session-draft.ts";
import { fieldId, fieldLabel } from "./session-field-ids.ts";
import { SessionFields } from "./session-fields.tsx";

function SessionForm({ id, assessment }: { readonly id: string; readonly assessment: Assessment }) {
  const client = useQueryClient();
  const weights = assessment.patient.weights;
  const startModality: Modality = assessment.trial.modality ?? "iv-ketamine";
  const [draft, setDraft] = useState<SessionDraft>(() =>
    emptyDraft(assessment.asOf, startModality, assessment.settings.doseWeightBasis),
  );
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const dose = doseView(draft, weights);

  const save = useMutation({
    mutationFn: (body: Session) => api<unknown>("POST", rowsPath(id, "sessions"), body),
    onSuccess: async (_saved, body) => {
      await refreshPatient(client, id, "sessions");
      setFlash(`${protocols[body.modality].name} session of ${body.date} charted.`);
      navigate(paths.patient(id));
    },
    onError: (error) =>
      setIssues(
        error instanceof ApiError && error.issues.length > 0
          ? error.issues
          : [{ field: "form", message: "The session was not saved. Try again." }],
      ),
  });

  function update(change: Partial<SessionDraft>) {
    setDraft((d) => {
      if (change.modality === undefined || change.modality === d.modality) return { ...d, ...change };
      // A new route brings its own dose units and defaults; dates, vitals and notes stay.
      const fresh = emptyDraft(d.date, change.modality, d.basis);
      return {
        ...d,
        ...change,
        doseMgPerKg: fresh.doseMgPerKg,
        doseMg: fresh.doseMg,
        infusionMinutes: fresh.infusionMinutes,
      };
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const local = [...typingIssues(draft), ...doseView({ ...draft }, weights).violations];
    const protocol = protocols[draft.modality];
    if (protocol.dose.unit === "mg/kg" && draft.doseMgPerKg.trim() === "")
      local.push({ field: "doseMgPerKg", message: "Enter the dose in mg/kg." });
    if ((protocol.dose.unit === "mg" || protocol.dose.unit === "mg-fixed") && draft.doseMg.trim() === "")
      local.push({ field: "doseMg", message: "Enter the dose in mg." });
    if (!draft.completed && draft.interruptionReason.trim() === "")
      local.push({ field: "interruptionReason", message: "Say why the session was not completed." });
    if (draft.modality === "tms" && draft.protocol === "")
      local.push({ field: "protocol", message: "Choose the protocol." });
    if (draft.modality === "tms" && draft.protocol === "other" && draft.otherProtocol.trim() === "")
      local.push({ field: "otherProtocol", message: "Name the protocol." });
    if (draft.modality !== "tms") local.push(...parseObservation(draft.observation).issues);
    setIssues(local);
    if (local.length > 0) return;
    save.mutate(sessionBody(draft, weights, dose.doseMg));
  }

  return (
    <form onSubmit={submit} noValidate className="session-form">
      <ErrorSummary
        title="The session was not saved"
        items={issues.map((i) => ({
          target: fieldId(i.field),
          label: fieldLabel(i.field),
          message: i.message,
        }))}
      />
      <SessionFields
        draft={draft}
        update={update}
        issues={issues}
        dose={dose}
        weights={weights}
        modalities={modalities}
        settings={assessment.settings}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save session"}
        </button>
        <Link to={paths.patient(id)} className="button">
          Cancel
        </Link>
      </div>
    </form>
  );
}

export function SessionPage({ id }: { readonly id: string }) {
  const patient = usePatient(id);
  const assessment = useAssessment(id);
  const name = patient.data === undefined ? "" : patientName(patient.data);
  return (
    <section className="page session-page">
      <p className="breadcrumb">
        <Link to={paths.patient(id)}>← {name || "Patient chart"}</Link>
      </p>
      <PageHeading title={`Chart a session${name ? ` · ${name}` : ""}`}>Chart a session</PageHeading>
      {assessment.data === undefined ? (
        <p className="loading" role="status">
          Loading…
        </p>
      ) : (
        <SessionForm id={id} assessment={assessment.data} />
      )}
    </section>
  );
}
