// The coordinator's benefits-check entry for one pathway: dollars typed, cents stored, checked with the engine's schema.

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import {
  type ComparedPathway,
  comparedPathways,
  coverageSchema,
  priorAuthStatuses,
} from "../../../src/clinical/index.ts";
import { ApiError, api, type FieldIssue } from "../api/client.ts";
import { ErrorSummary } from "../forms/field.tsx";
import { SelectInput, TextInput } from "./intake-controls.tsx";
import { fieldDomId } from "./intake-draft.ts";

const names = { tms: "TMS", esketamine: "Esketamine", "iv-ketamine": "IV ketamine" } as const;
const answers = [
  ["unknown", "Unknown"],
  ["yes", "Yes"],
  ["no", "No"],
] as const;

const money = ["deductibleRemaining", "copayPerVisit", "outOfPocketMaxRemaining"] as const;
type Money = (typeof money)[number];

interface Form {
  pathway: ComparedPathway;
  covered: "yes" | "no" | "unknown";
  priorAuthRequired: "yes" | "no" | "unknown";
  priorAuthStatus: (typeof priorAuthStatuses)[number];
  planName: string;
  deductibleRemaining: string;
  coinsurancePercent: string;
  copayPerVisit: string;
  outOfPocketMaxRemaining: string;
  sessionsCovered: string;
  checkedOn: string;
  notes: string;
}

const toCents = (dollars: string) => (dollars.trim() === "" ? undefined : Math.round(Number(dollars) * 100));
const toNumber = (text: string) => (text.trim() === "" ? undefined : Number(text));

function body(f: Form) {
  const cents = (k: Money) => toCents(f[k]);
  const entries = {
    pathway: f.pathway,
    covered: f.covered,
    priorAuthRequired: f.priorAuthRequired,
    priorAuthStatus: f.priorAuthStatus,
    planName: f.planName.trim() || undefined,
    deductibleRemainingCents: cents("deductibleRemaining"),
    coinsurancePercent: toNumber(f.coinsurancePercent),
    copayPerVisitCents: cents("copayPerVisit"),
    outOfPocketMaxRemainingCents: cents("outOfPocketMaxRemaining"),
    sessionsCovered: toNumber(f.sessionsCovered),
    checkedOn: f.checkedOn,
    notes: f.notes.trim() || undefined,
  };
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}

/** Issue paths in cents name the dollar field the user typed in. */
const formField = (field: string) => field.replace(/Cents$/, "").replace(/^/, "coverage.");

export function CoverageForm({
  patientId,
  today,
  onSaved,
}: {
  readonly patientId: string;
  readonly today: string;
  readonly onSaved: () => void;
}) {
  const [form, setForm] = useState<Form>({
    pathway: "tms",
    covered: "unknown",
    priorAuthRequired: "unknown",
    priorAuthStatus: "not-started",
    planName: "",
    deductibleRemaining: "",
    coinsurancePercent: "",
    copayPerVisit: "",
    outOfPocketMaxRemaining: "",
    sessionsCovered: "",
    checkedOn: today,
    notes: "",
  });
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (b: Record<string, unknown>) => api<unknown>("PUT", `/api/patients/${patientId}/coverage`, b),
    onSuccess: () => {
      setSaved(`Benefits check for ${names[form.pathway]} saved.`);
      onSaved();
    },
    onError: (error) =>
      setIssues(
        error instanceof ApiError && error.issues.length > 0
          ? error.issues.map((i) => ({ ...i, field: formField(i.field) }))
          : [{ field: "coverage.form", message: "Not saved. Try again." }],
      ),
  });
  const set = (change: Partial<Form>) => {
    setSaved(null);
    setForm((f) => ({ ...f, ...change }));
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    const b = body(form);
    const checked = coverageSchema.safeParse(b);
    const local = checked.success
      ? []
      : checked.error.issues.map((i) => ({
          field: formField(i.path.map(String).join(".")),
          message: i.message,
        }));
    setIssues(local);
    if (local.length === 0) save.mutate(b);
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="coverage-heading" className="card">
      <h2 id="coverage-heading">Benefits check</h2>
      <ErrorSummary
        title="The benefits check was not saved"
        items={issues.map((i) => ({
          target: fieldDomId(i.field),
          label: i.field.replace("coverage.", ""),
          message: i.message,
        }))}
      />
      <div className="form-row">
        <SelectInput
          path="coverage.pathway"
          label="Pathway"
          issues={issues}
          value={form.pathway}
          options={comparedPathways.map((p) => [p, names[p]] as const)}
          onChange={(pathway) => set({ pathway })}
        />
        <SelectInput
          path="coverage.covered"
          label="Covered"
          issues={issues}
          value={form.covered}
          options={answers}
          onChange={(covered) => set({ covered })}
        />
        <SelectInput
          path="coverage.priorAuthRequired"
          label="Prior authorization required"
          issues={issues}
          value={form.priorAuthRequired}
          options={answers}
          onChange={(priorAuthRequired) => set({ priorAuthRequired })}
        />
        <SelectInput
          path="coverage.priorAuthStatus"
          label="Prior authorization status"
          issues={issues}
          value={form.priorAuthStatus}
          options={priorAuthStatuses.map((s) => [s, s.replaceAll("-", " ")] as const)}
          onChange={(priorAuthStatus) => set({ priorAuthStatus })}
        />
        <TextInput
          path="coverage.planName"
          label="Plan"
          issues={issues}
          value={form.planName}
          onChange={(planName) => set({ planName })}
        />
      </div>
      <div className="form-row">
        <TextInput
          path="coverage.deductibleRemaining"
          label="Deductible remaining ($)"
          type="number"
          issues={issues}
          value={form.deductibleRemaining}
          onChange={(deductibleRemaining) => set({ deductibleRemaining })}
        />
        <TextInput
          path="coverage.coinsurancePercent"
          label="Coinsurance (%)"
          type="number"
          issues={issues}
          value={form.coinsurancePercent}
          onChange={(coinsurancePercent) => set({ coinsurancePercent })}
        />
        <TextInput
          path="coverage.copayPerVisit"
          label="Copay per visit ($)"
          type="number"
          issues={issues}
          value={form.copayPerVisit}
          onChange={(copayPerVisit) => set({ copayPerVisit })}
        />
        <TextInput
          path="coverage.outOfPocketMaxRemaining"
          label="Out-of-pocket maximum remaining ($)"
          type="number"
          issues={issues}
          value={form.outOfPocketMaxRemaining}
          onChange={(outOfPocketMaxRemaining) => set({ outOfPocketMaxRemaining })}
        />
        <TextInput
          path="coverage.sessionsCovered"
          label="Sessions covered"
          type="number"
          issues={issues}
          value={form.sessionsCovered}
          onChange={(sessionsCovered) => set({ sessionsCovered })}
        />
        <TextInput
          path="coverage.checkedOn"
          label="Checked on"
          type="date"
          issues={issues}
          value={form.checkedOn}
          onChange={(checkedOn) => set({ checkedOn })}
        />
      </div>
      <TextInput
        path="coverage.notes"
        label="Notes"
        issues={issues}
        value={form.notes}
        onChange={(notes) => set({ notes })}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save benefits check"}
        </button>
        {saved !== null ? (
          <p role="status" className="flash">
            {saved}
          </p>
        ) : null}
      </div>
    </form>
  );
}
