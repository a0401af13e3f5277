// Correcting a charted row as an amendment: its fields and a required reason, checked as typed by the server's own rules.

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { z } from "zod";
import { clinicalBodies, reasonSchema } from "../../../src/server/clinical-input.ts";
import { ApiError, api, type FieldIssue } from "../api/client.ts";
import { type Resource, type Rows, refreshPatient, rowsPath } from "../api/patient-queries.ts";
import type { StoredRow } from "../api/types.ts";
import { readClock } from "../charting/use-minute-clock.ts";
import { zodIssues } from "../charting/zod-issues.ts";
import { Field } from "../forms/field.tsx";
import { type AmendField, amendFields, correctedRow, readField } from "./amend-fields.ts";

interface Props<K extends Resource> {
  readonly patientId: string;
  readonly resource: K;
  readonly row: StoredRow<Rows[K]>;
  /** Names the row for screen readers: "session of 3 Nov 2026". */
  readonly what: string;
  onDone(): void;
}

/** The amendment body the route validates, for the browser's today: the same schema, so the same messages. */
function amendmentSchema(resource: Resource) {
  const today = readClock(new Date()).date;
  return z.object({ data: clinicalBodies(() => today)[resource], reason: reasonSchema });
}

function Input({
  field,
  value,
  control,
  onChange,
}: {
  readonly field: AmendField;
  readonly value: string;
  readonly control: object;
  onChange(value: string): void;
}) {
  if (field.kind === "select")
    return (
      <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
        {(field.options ?? []).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  return (
    <input
      {...control}
      type={field.kind === "date" ? "date" : "text"}
      inputMode={field.kind === "number" ? "decimal" : undefined}
      className={
        field.kind === "number"
          ? "narrow"
          : field.kind === "list" || field.path === "note"
            ? "wide"
            : undefined
      }
      value={value}
      readOnly={field.readOnly === true}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export function AmendForm<K extends Resource>({ patientId, resource, row, what, onDone }: Props<K>) {
  const client = useQueryClient();
  const fields = amendFields(resource, row.data);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.path, readField(row.data, f)])),
  );
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const body = { data: correctedRow(row.data, fields, values), reason };
  const parsed = amendmentSchema(resource).safeParse(body);
  // The server's rule, worded as an instruction for the empty field.
  const local: FieldIssue[] = parsed.success
    ? []
    : zodIssues(parsed.error).map((i) =>
        i.field === "reason" && reason.trim() === ""
          ? { ...i, message: "Say why the value is being corrected." }
          : i,
      );
  const changed = fields.some((f) => values[f.path] !== readField(row.data, f));

  const save = useMutation({
    mutationFn: () => api("POST", `${rowsPath(patientId, resource)}/${row.id}/amendments`, parsed.data),
    onSuccess: async () => {
      await refreshPatient(client, patientId, resource);
      onDone();
    },
  });
  const server = save.error instanceof ApiError ? save.error.issues : [];
  const errorsAt = (path: string, shown: boolean) => {
    const matches = (i: FieldIssue) =>
      i.field === path || i.field.startsWith(`${path}.`) || i.field.startsWith(`${path}[`);
    return [...new Set([...(shown ? local : []), ...server].filter(matches).map((i) => i.message))];
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!parsed.success || !changed) return;
    save.mutate();
  }

  const base = `amend-${row.id}`;
  return (
    <form className="correction" onSubmit={submit} noValidate aria-label={`Correct ${what}`}>
      {fields.map((field) => {
        const edited = values[field.path] !== readField(row.data, field);
        return (
          <Field
            key={field.path}
            id={`${base}-${field.path}`}
            label={field.label}
            errors={errorsAt(`data.${field.path}`, tried || edited)}
            {...(field.hint === undefined ? {} : { hint: field.hint })}
            {...(field.kind === "list" || field.path === "note" ? { className: "grow" } : {})}
          >
            {(control) => (
              <Input
                field={field}
                control={control}
                value={values[field.path] ?? ""}
                onChange={(value) => {
                  save.reset();
                  setValues((v) => ({ ...v, [field.path]: value }));
                }}
              />
            )}
          </Field>
        );
      })}
      <Field
        id={`${base}-reason`}
        label="Reason for the correction"
        errors={errorsAt("reason", tried || reason !== "")}
        className="grow"
      >
        {(control) => (
          <input
            {...control}
            value={reason}
            onChange={(e) => {
              save.reset();
              setReason(e.target.value);
            }}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          Save correction
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {tried && !changed ? (
        <p className="field-error" role="alert">
          Nothing has been changed yet.
        </p>
      ) : null}
      {save.isError && server.length === 0 ? (
        <p className="field-error" role="alert">
          The correction was not saved. Try again.
        </p>
      ) : null}
    </form>
  );
}
