// Unacknowledged safety alerts at the top of the chart, each with the answers behind it and an acknowledge form.

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { ApiError, api, issuesAt } from "../api/client.ts";
import { Field } from "../forms/field.tsx";
import { formatMoment } from "../labels.ts";
import { SeverityBadge } from "../severity-badge.tsx";
import { SelfReportLinkPanel } from "./self-report-link-panel.tsx";
import "./chart-alerts.css";

interface Signal {
  readonly code: string;
  readonly kind: "suicide-risk" | "dosing";
  readonly title: string;
  readonly detail: string;
  readonly evidence: readonly { readonly field: string; readonly value: string | number | boolean | null }[];
  readonly source: { readonly citation: string };
}
export interface SafetyAlert {
  readonly id: string;
  readonly patientId: string;
  readonly findings: readonly Signal[];
  readonly createdAt: string;
  readonly acknowledgedAt: string | null;
  readonly note: string | null;
}

export const alertKeys = {
  patient: (patientId: string) => ["alerts", patientId] as const,
  all: ["alerts"] as const,
};

function AcknowledgeForm({ alert }: { readonly alert: SafetyAlert }) {
  const client = useQueryClient();
  const id = useId();
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<string[]>([]);
  const acknowledge = useMutation({
    mutationFn: (body: { note: string }) =>
      api<SafetyAlert>("POST", `/api/alerts/${alert.id}/acknowledge`, body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: alertKeys.all });
      await client.invalidateQueries({ queryKey: ["worklist"] });
    },
    onError: (error) => {
      setErrors(error instanceof ApiError ? issuesAt(error.issues, "note") : ["Not saved. Try again."]);
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (note.trim().length < 3) {
      setErrors(["Say what was done, for example who called the patient and what was agreed."]);
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    setErrors([]);
    acknowledge.mutate({ note: note.trim() });
  }
  return (
    <form className="acknowledge-form" onSubmit={submit} noValidate>
      <Field id={`${id}-note`} label="What was done (required to acknowledge)" errors={errors}>
        {(control) => (
          <textarea {...control} rows={2} required value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      <button type="submit" className="primary" disabled={acknowledge.isPending}>
        Acknowledge alert
      </button>
    </form>
  );
}

function AlertCard({ alert }: { readonly alert: SafetyAlert }) {
  const raised = formatMoment(alert.createdAt);
  return (
    <li className="chart-alert">
      <p>
        <SeverityBadge severity="critical" label="Safety alert" />{" "}
        <span>from the patient's self-report, {raised}</span>
      </p>
      <ul className="alert-findings">
        {alert.findings.map((f) => (
          <li key={f.code}>
            <strong>{f.title}</strong>
            <span className="sub">{f.detail}</span>
            <span className="sub">
              Evidence:{" "}
              {f.evidence.map((e) => `${e.field.replace(/^answers\./, "")} = ${String(e.value)}`).join(", ")}
              {" · "}Source: {f.source.citation}
            </span>
          </li>
        ))}
      </ul>
      <AcknowledgeForm alert={alert} />
    </li>
  );
}

/** Open alerts first on the chart, then the panel to send the patient a self-report link. */
export function ChartAlerts({ patientId }: { readonly patientId: string }) {
  const alerts = useQuery({
    queryKey: alertKeys.patient(patientId),
    queryFn: () =>
      api<{ items: SafetyAlert[] }>("GET", `/api/alerts?patientId=${patientId}&open=true`).then(
        (r) => r.items,
      ),
  });
  const open = alerts.data ?? [];
  return (
    <>
      {open.length === 0 ? null : (
        <section className="card chart-alerts" aria-labelledby="alerts-heading">
          <h2 id="alerts-heading">
            {open.length === 1
              ? "1 safety alert needs acknowledging"
              : `${open.length} safety alerts need acknowledging`}
          </h2>
          <ul>
            {open.map((a) => (
              <AlertCard key={a.id} alert={a} />
            ))}
          </ul>
        </section>
      )}
      <SelfReportLinkPanel patientId={patientId} />
    </>
  );
}
