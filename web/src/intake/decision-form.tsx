// The prescriber's decision: the pathway chosen with the patient, what they said matters, the alternatives
// discussed, and the start date; saving it starts the course. Pathways with a hard stop cannot be chosen.

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { ComparedPathway, IntakeAssessment } from "../../../src/clinical/index.ts";
import { ApiError, api, type FieldIssue } from "../api/client.ts";
import { ErrorSummary, Field } from "../forms/field.tsx";
import { CheckInput, TextInput } from "./intake-controls.tsx";
import { fieldDomId, messagesAt } from "./intake-draft.ts";

const names = { tms: "TMS", esketamine: "Esketamine nasal spray", "iv-ketamine": "IV ketamine" } as const;

export function DecisionForm({
  patientId,
  intakeVersion,
  assessment,
  today,
  onDecided,
}: {
  readonly patientId: string;
  readonly intakeVersion: number;
  readonly assessment: IntakeAssessment;
  readonly today: string;
  readonly onDecided: (pathway: ComparedPathway) => void;
}) {
  const eligible = assessment.pathways.filter((p) => p.eligible);
  const [pathway, setPathway] = useState<ComparedPathway | "">(eligible[0]?.pathway ?? "");
  const [statedPreferences, setPreferences] = useState("");
  const [startDate, setStartDate] = useState(today);
  const [discussed, setDiscussed] = useState<ComparedPathway[]>([]);
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const decide = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<unknown>("POST", `/api/patients/${patientId}/pathway-decisions`, body),
    onSuccess: () => {
      if (pathway !== "") onDecided(pathway);
    },
    onError: (error) =>
      setIssues(
        error instanceof ApiError && error.issues.length > 0
          ? error.issues
          : [{ field: "form", message: error instanceof ApiError ? error.message : "Not saved. Try again." }],
      ),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const local: FieldIssue[] = [];
    if (pathway === "")
      local.push({ field: "pathway", message: "Choose the pathway agreed with the patient." });
    if (statedPreferences.trim() === "")
      local.push({ field: "statedPreferences", message: "Record what the patient said matters to them." });
    if (startDate < today) local.push({ field: "startDate", message: "must be today or later" });
    setIssues(local);
    if (local.length > 0 || pathway === "") return;
    decide.mutate({
      pathway,
      intakeVersion,
      startDate,
      statedPreferences,
      alternativesDiscussed: discussed.filter((p) => p !== pathway),
    });
  }
  return (
    <form onSubmit={submit} noValidate className="card" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Decision</h2>
      <ErrorSummary
        title="The decision was not recorded"
        items={issues.map((i) => ({
          target: fieldDomId(`decision.${i.field}`),
          label: i.field,
          message: i.message,
        }))}
      />
      <fieldset
        className="choice"
        aria-describedby={
          issues.some((i) => i.field === "pathway") ? `${fieldDomId("decision.pathway")}-error` : undefined
        }
      >
        <legend>Pathway chosen with the patient</legend>
        {assessment.pathways.map((p, i) => (
          <label key={p.pathway} htmlFor={i === 0 ? fieldDomId("decision.pathway") : `decision-${p.pathway}`}>
            <input
              id={i === 0 ? fieldDomId("decision.pathway") : `decision-${p.pathway}`}
              type="radio"
              name="pathway"
              value={p.pathway}
              checked={pathway === p.pathway}
              disabled={!p.eligible}
              onChange={() => setPathway(p.pathway)}
            />
            {names[p.pathway]}
            {p.eligible ? "" : " (hard stop)"}
          </label>
        ))}
        {messagesAt(issues, "pathway").map((m) => (
          <p key={m} id={`${fieldDomId("decision.pathway")}-error`} className="field-error">
            ▲ {m}
          </p>
        ))}
      </fieldset>
      <Field
        id={fieldDomId("decision.statedPreferences")}
        label="What the patient said matters to them"
        errors={messagesAt(issues, "statedPreferences")}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={statedPreferences}
            onChange={(e) => setPreferences(e.target.value)}
          />
        )}
      </Field>
      <fieldset className="choice">
        <legend>Alternatives discussed</legend>
        {assessment.pathways
          .filter((p) => p.pathway !== pathway)
          .map((p) => (
            <CheckInput
              key={p.pathway}
              path={`decision.alternatives.${p.pathway}`}
              label={names[p.pathway]}
              checked={discussed.includes(p.pathway)}
              onChange={(on) =>
                setDiscussed(on ? [...discussed, p.pathway] : discussed.filter((x) => x !== p.pathway))
              }
            />
          ))}
      </fieldset>
      <div className="form-row">
        <TextInput
          path="decision.startDate"
          label="Course starts on"
          type="date"
          issues={issues.map((i) => ({ ...i, field: `decision.${i.field}` }))}
          value={startDate}
          onChange={setStartDate}
        />
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={decide.isPending}>
          {decide.isPending ? "Recording…" : "Record decision and start the course"}
        </button>
      </div>
    </form>
  );
}
