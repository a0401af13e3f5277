// Accept or override one recommendation (an override needs a reason), as POST /api/patients/:id/decisions.

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { ApiError, api, issuesAt } from "../api/client.ts";
import { queryKeys } from "../api/patient-queries.ts";
import type { Decision } from "../api/types.ts";
import { Field } from "../forms/field.tsx";

interface Props {
  readonly patientId: string;
  readonly code: string;
  readonly title: string;
  readonly asOf: string;
}

interface DecisionBody {
  readonly code: string;
  readonly decision: "accept" | "override";
  readonly asOf: string;
  readonly reason?: string;
}

export function DecisionControls({ patientId, code, title, asOf }: Props) {
  const client = useQueryClient();
  const id = useId();
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonErrors, setReasonErrors] = useState<string[]>([]);
  const decide = useMutation({
    mutationFn: (body: DecisionBody) => api<Decision>("POST", `/api/patients/${patientId}/decisions`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.decisions(patientId) }),
    onError: (error) => {
      if (error instanceof ApiError) setReasonErrors(issuesAt(error.issues, "reason"));
    },
  });

  function submitOverride(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === "") {
      setReasonErrors(["Say why you are overriding this recommendation."]);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setReasonErrors([]);
    decide.mutate({ code, decision: "override", asOf, reason: reason.trim() });
  }

  const otherProblem =
    decide.error instanceof ApiError && decide.error.issues.every((i) => i.field !== "reason")
      ? decide.error.issues.map((i) => i.message).join("; ") || decide.error.message
      : decide.isError
        ? "The decision was not saved. Try again."
        : null;

  if (!overriding) {
    return (
      <div className="decision-controls">
        <button
          type="button"
          className="primary"
          disabled={decide.isPending}
          aria-label={`Accept: ${title}`}
          onClick={() => decide.mutate({ code, decision: "accept", asOf })}
        >
          Accept
        </button>
        <button type="button" aria-label={`Override: ${title}`} onClick={() => setOverriding(true)}>
          Override…
        </button>
        {otherProblem !== null ? (
          <p className="field-error" role="alert">
            {otherProblem}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <form className="override-form" onSubmit={submitOverride} noValidate>
      <Field id={`${id}-reason`} label="Reason for overriding (required)" errors={reasonErrors}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            required
            // biome-ignore lint/a11y/noAutofocus: the reason is the only thing to fill in after choosing Override.
            autoFocus
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      <div className="decision-controls">
        <button type="submit" className="primary" disabled={decide.isPending}>
          Confirm override
        </button>
        <button type="button" onClick={() => setOverriding(false)}>
          Cancel
        </button>
      </div>
      {otherProblem !== null ? (
        <p className="field-error" role="alert">
          {otherProblem}
        </p>
      ) : null}
    </form>
  );
}
