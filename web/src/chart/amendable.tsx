// The pieces every record table shares to correct its rows: who may, which row is open, the button and the form's row.

import { useState } from "react";
import type { Resource, Rows } from "../api/patient-queries.ts";
import type { StoredRow } from "../api/types.ts";
import { useCan } from "../session/session-provider.tsx";
import { amendFields, pathLabel } from "./amend-fields.ts";
import { AmendForm } from "./amend-form.tsx";
import { AmendmentNote } from "./amendment-note.tsx";

const actions = {
  sessions: "sessions.amend",
  measurements: "measurements.amend",
  medications: "medications.amend",
  events: "events.amend",
} as const;

export interface Amending {
  readonly can: boolean;
  readonly open: string | null;
  toggle(rowId: string): void;
  close(): void;
}

export function useAmending(resource: Resource): Amending {
  const can = useCan(actions[resource]);
  const [open, setOpen] = useState<string | null>(null);
  return {
    can,
    open,
    toggle: (rowId) => setOpen((current) => (current === rowId ? null : rowId)),
    close: () => setOpen(null),
  };
}

export function AmendHeader({ amending }: { readonly amending: Amending }) {
  if (!amending.can) return null;
  return (
    <th scope="col">
      <span className="visually-hidden">Actions</span>
    </th>
  );
}

export function AmendButton({
  amending,
  rowId,
  what,
}: {
  readonly amending: Amending;
  readonly rowId: string;
  readonly what: string;
}) {
  if (!amending.can) return null;
  return (
    <td>
      <button
        type="button"
        className="quiet small"
        aria-expanded={amending.open === rowId}
        aria-label={`Correct ${what}`}
        onClick={() => amending.toggle(rowId)}
      >
        Correct
      </button>
    </td>
  );
}

/** The row holding the form, under the row it corrects; nothing when that row is not open. */
export function AmendRow<K extends Resource>(props: {
  readonly amending: Amending;
  readonly patientId: string;
  readonly resource: K;
  readonly row: StoredRow<Rows[K]>;
  readonly what: string;
  readonly colSpan: number;
}) {
  if (props.amending.open !== props.row.id) return null;
  return (
    <tr className="correction-row">
      <td colSpan={props.colSpan}>
        <AmendForm
          patientId={props.patientId}
          resource={props.resource}
          row={props.row}
          what={props.what}
          onDone={props.amending.close}
        />
      </td>
    </tr>
  );
}

/** The amendment marker for a row, with its fields labelled as the form labels them. */
export function RowAmendments<K extends Resource>({
  resource,
  row,
}: {
  readonly resource: K;
  readonly row: StoredRow<Rows[K]>;
}) {
  if (row.amendments.length === 0) return null;
  const fields = amendFields(resource, row.data);
  return <AmendmentNote row={row} label={(path) => pathLabel(fields, path)} />;
}
