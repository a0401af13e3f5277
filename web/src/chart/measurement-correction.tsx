// Correcting a recorded score: an amendment with a required reason that keeps the original row.

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ApiError, api, issuesAt } from "../api/client.ts";
import { refreshPatient, rowsPath } from "../api/patient-queries.ts";
import type { Measurement, StoredRow } from "../api/types.ts";
import { Field } from "../forms/field.tsx";

interface Props {
  readonly patientId: string;
  readonly row: StoredRow<Measurement>;
  onDone(): void;
}

export function MeasurementCorrection({ patientId, row, onDone }: Props) {
  const client = useQueryClient();
  const itemised = row.data.items !== undefined;
  const [date, setDate] = useState(row.data.date);
  const [total, setTotal] = useState(row.data.total === undefined ? "" : String(row.data.total));
  const [reason, setReason] = useState("");
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const save = useMutation({
    mutationFn: (data: Measurement) =>
      api("POST", `${rowsPath(patientId, "measurements")}/${row.id}/amendments`, {
        data,
        reason: reason.trim(),
      }),
    onSuccess: async () => {
      await refreshPatient(client, patientId, "measurements");
      onDone();
    },
  });
  const issues = save.error instanceof ApiError ? save.error.issues : [];
  const errorsFor = (field: string, ...server: string[]) => [
    ...(localErrors[field] ?? []),
    ...issuesAt(issues, ...server),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string[]> = {};
    if (reason.trim() === "") local.reason = ["Say why the score is being corrected."];
    if (!itemised && !/^\d+$/.test(total.trim()))
      local.total = ["Enter the corrected total as a whole number."];
    setLocalErrors(local);
    if (Object.keys(local).length > 0) return;
    const corrected: Measurement = itemised
      ? { ...row.data, date }
      : { date, instrument: row.data.instrument, total: Number(total.trim()) };
    save.mutate(corrected);
  }

  const base = `correct-${row.id}`;
  return (
    <form className="correction" onSubmit={submit} noValidate aria-label={`Correct ${row.data.instrument}`}>
      <Field id={`${base}-date`} label="Date" errors={errorsFor("date", "data.date")}>
        {(control) => (
          <input {...control} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        )}
      </Field>
      <Field
        id={`${base}-total`}
        label="Total"
        errors={errorsFor("total", "data.total", "data.items")}
        {...(itemised ? { hint: "Scored from the items: rate the scale again to change item scores." } : {})}
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            className="narrow"
            value={total}
            readOnly={itemised}
            onChange={(e) => setTotal(e.target.value)}
          />
        )}
      </Field>
      <Field
        id={`${base}-reason`}
        label="Reason for the correction"
        errors={errorsFor("reason", "reason")}
        className="grow"
      >
        {(control) => <input {...control} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          Save correction
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {save.isError && issues.length === 0 ? (
        <p className="field-error" role="alert">
          The correction was not saved. Try again.
        </p>
      ) : null}
    </form>
  );
}
