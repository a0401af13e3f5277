// The intake screen: the re-evaluation form (validated live by the engine's schema), what the engine makes of it
// (staging, screening, the comparison with the patient's priorities), the benefits check, and the decision.

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useMemo, useState } from "react";
import {
  assessIntake,
  type Coverage,
  type IntakeRecordInput,
  type PriceList,
  prioritiesSchema,
} from "../../../src/clinical/index.ts";
import { ApiError, api, type FieldIssue } from "../api/client.ts";
import { useAssessment, usePatient } from "../api/patient-queries.ts";
import type { Assessment, Patient } from "../api/types.ts";
import { setFlash } from "../flash.ts";
import { ErrorSummary } from "../forms/field.tsx";
import { patientName } from "../labels.ts";
import { PageHeading } from "../page-heading.tsx";
import { Link, navigate, paths } from "../router.tsx";
import { useCan } from "../session/session-provider.tsx";
import { ComparisonTable, PrioritiesControl } from "./comparison-table.tsx";
import { CoverageForm } from "./coverage-form.tsx";
import { DecisionForm } from "./decision-form.tsx";
import { checkDraft, type Draft, emptyDraft, fieldDomId, normalizeField } from "./intake-draft.ts";
import { CssrsSection, DiagnosisSection, MedicalSection } from "./intake-sections.tsx";
import { ContributorsSection, PracticalSection } from "./intake-sections-practical.tsx";
import { ScreeningPanel, StagingPanel } from "./staging-panel.tsx";
import { TreatmentsEditor } from "./treatments-editor.tsx";
import "./intake.css";

interface StoredIntake {
  readonly version: number;
  readonly kind: string;
  readonly savedAt: string;
  readonly intake: IntakeRecordInput;
}
interface IntakeReply {
  readonly current: StoredIntake | null;
  readonly versions: readonly StoredIntake[];
}

const keys = {
  intake: (id: string) => ["intake", id] as const,
  coverage: (id: string) => ["coverage", id] as const,
  prices: ["price-list"] as const,
};

function IntakeWorkspace({
  patient,
  assessment,
  stored,
}: {
  readonly patient: Patient;
  readonly assessment: Assessment;
  readonly stored: IntakeReply;
}) {
  const client = useQueryClient();
  const today = assessment.asOf;
  const id = patient.id;
  const canEdit = useCan("intake.update");
  const canCoverage = useCan("coverage.update");
  const canDecide = useCan("pathway.decide");
  const [draft, setDraft] = useState<Draft>(() => stored.current?.intake ?? emptyDraft(today));
  const [kind, setKind] = useState<"new-evaluation" | "amendment">("new-evaluation");
  const [reason, setReason] = useState("");
  const [serverIssues, setServerIssues] = useState<readonly FieldIssue[]>([]);
  const [attempted, setAttempted] = useState(false);
  const coverage = useQuery({
    queryKey: keys.coverage(id),
    queryFn: () => api<{ items: { coverage: Coverage }[] }>("GET", `/api/patients/${id}/coverage`),
  });
  const prices = useQuery({
    queryKey: keys.prices,
    queryFn: () => api<{ priceList: PriceList | null }>("GET", "/api/price-list"),
  });

  const checked = useMemo(() => checkDraft(draft, today), [draft, today]);
  const issues = [...(checked.ok ? [] : checked.issues), ...serverIssues];
  // Field errors show as the user types; the summary waits for a first attempt to save.
  const shownIssues = issues;
  const engine = useMemo(
    () =>
      checked.ok
        ? assessIntake({
            intake: checked.intake,
            birthDate: patient.birthDate,
            settings: assessment.settings,
            coverage: coverage.data?.items.map((c) => c.coverage) ?? [],
            priceList: prices.data?.priceList ?? null,
          })
        : null,
    [checked, patient.birthDate, assessment.settings, coverage.data, prices.data],
  );
  const savedVersion = stored.current?.version ?? 0;
  const unsaved = JSON.stringify(stored.current?.intake ?? null) !== JSON.stringify(draft);

  const save = useMutation({
    mutationFn: () =>
      api<StoredIntake>("PUT", `/api/patients/${id}/intake`, {
        intake: draft,
        expectedVersion: savedVersion,
        kind,
        ...(kind === "amendment" ? { reason } : {}),
      }),
    onSuccess: async (saved) => {
      setServerIssues([]);
      setAttempted(false);
      setDraft(saved.intake);
      await client.invalidateQueries({ queryKey: keys.intake(id) });
    },
    onError: (error) =>
      setServerIssues(
        error instanceof ApiError && error.issues.length > 0
          ? error.issues
          : [{ field: "form", message: error instanceof ApiError ? error.message : "Not saved." }],
      ),
  });
  function update(change: Partial<Draft>) {
    setServerIssues([]);
    setDraft((d) => ({ ...d, ...change }));
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (checked.ok) save.mutate();
  }
  const priorities = prioritiesSchema.parse(draft.priorities ?? {});
  const section = { draft, update, issues: shownIssues };
  return (
    <>
      <form onSubmit={submit} noValidate className="card intake-form" aria-labelledby="intake-form-heading">
        <h2 id="intake-form-heading">
          Re-evaluation {savedVersion > 0 ? `(saved version ${savedVersion})` : "(not saved yet)"}
        </h2>
        <ErrorSummary
          title="The intake was not saved"
          items={(attempted ? shownIssues : []).map((i) => ({
            target: fieldDomId(normalizeField(i.field)),
            label: normalizeField(i.field),
            message: i.message,
          }))}
        />
        <fieldset disabled={!canEdit} className="intake-fields">
          <DiagnosisSection {...section} />
          <TreatmentsEditor
            treatments={draft.treatments ?? []}
            judgements={engine?.staging.trials ?? null}
            issues={shownIssues}
            onChange={(treatments) => update({ treatments })}
          />
          <CssrsSection {...section} />
          <MedicalSection {...section} />
          <ContributorsSection {...section} />
          <PracticalSection {...section} />
        </fieldset>
        {canEdit ? (
          <div className="actions">
            {savedVersion > 0 ? (
              <>
                <label htmlFor="intake-kind">This save is</label>
                <select
                  id="intake-kind"
                  value={kind}
                  onChange={(e) => setKind(e.target.value === "amendment" ? "amendment" : "new-evaluation")}
                >
                  <option value="new-evaluation">a new evaluation</option>
                  <option value="amendment">a correction of version {savedVersion}</option>
                </select>
                {kind === "amendment" ? (
                  <>
                    <label htmlFor={fieldDomId("reason")}>Reason</label>
                    <input
                      id={fieldDomId("reason")}
                      value={reason}
                      onChange={(e) => setReason(e.target.value)}
                    />
                  </>
                ) : null}
              </>
            ) : null}
            <button type="submit" className="primary" disabled={save.isPending}>
              {save.isPending ? "Saving…" : "Save intake"}
            </button>
            <span role="status" className="hint">
              {unsaved
                ? "Unsaved changes: the comparison below already reflects them."
                : "All changes saved."}
            </span>
          </div>
        ) : null}
      </form>
      {engine === null ? (
        <p className="card" role="status">
          The comparison appears once the form has no errors ({issues.length} to fix).
        </p>
      ) : (
        <>
          <StagingPanel assessment={engine} />
          <ScreeningPanel assessment={engine} />
          <section className="card" aria-labelledby="comparison-heading">
            <h2 id="comparison-heading">Comparison</h2>
            <PrioritiesControl priorities={priorities} onChange={(p) => update({ priorities: p })} />
            <ComparisonTable assessment={engine} />
            <p>
              Take-home version for the patient:{" "}
              <a href={`/api/patients/${id}/intake/take-home`} target="_blank" rel="noreferrer">
                open as a web page
              </a>{" "}
              or <a href={`/api/patients/${id}/intake/take-home?format=pdf`}>download the PDF</a>
              {unsaved ? " (from the saved intake)" : ""}.
            </p>
          </section>
        </>
      )}
      {canCoverage ? (
        <CoverageForm
          patientId={id}
          today={today}
          onSaved={() => void client.invalidateQueries({ queryKey: keys.coverage(id) })}
        />
      ) : null}
      {canDecide && engine !== null ? (
        unsaved || savedVersion === 0 ? (
          <p className="card">
            Save the intake before recording a decision: the decision is made on a saved version.
          </p>
        ) : (
          <DecisionForm
            patientId={id}
            intakeVersion={savedVersion}
            assessment={engine}
            today={today}
            onDecided={(p) => {
              setFlash(
                `Pathway recorded: the ${p === "iv-ketamine" ? "IV ketamine" : p === "tms" ? "TMS" : "esketamine"} course has started.`,
              );
              navigate(paths.patient(id));
            }}
          />
        )
      ) : null}
    </>
  );
}

export function IntakePage({ id }: { readonly id: string }) {
  const patient = usePatient(id);
  const assessment = useAssessment(id);
  const stored = useQuery({
    queryKey: keys.intake(id),
    queryFn: () => api<IntakeReply>("GET", `/api/patients/${id}/intake`),
  });
  const name = patient.data === undefined ? "" : patientName(patient.data);
  return (
    <section className="page intake-page">
      <p className="breadcrumb">
        <Link to={paths.patient(id)}>← {name || "Patient chart"}</Link>
      </p>
      <PageHeading title={`Intake and pathway${name ? ` · ${name}` : ""}`}>
        Intake and choosing a pathway
      </PageHeading>
      {patient.data === undefined || assessment.data === undefined || stored.data === undefined ? (
        <p className="loading" role="status">
          Loading…
        </p>
      ) : (
        <IntakeWorkspace
          key={stored.data.current?.version ?? 0}
          patient={patient.data}
          assessment={assessment.data}
          stored={stored.data}
        />
      )}
    </section>
  );
}
