// The alert recipients as an editable list: one labelled e-mail box per row, rows added and removed, errors beside each.

import { useEffect, useRef } from "react";
import { describedBy, FieldErrors } from "../forms/field.tsx";
import { maxRecipients, type RecipientRow } from "./settings-draft.ts";
import { settingTexts } from "./settings-texts.ts";

interface Props {
  readonly rows: readonly RecipientRow[];
  /** Rules about the list as a whole (how many). */
  readonly listErrors: readonly string[];
  errorsAt(index: number): readonly string[];
  /** `typedIn` is the key of the row typed in, or null when a row was added or removed. */
  onChange(rows: readonly RecipientRow[], typedIn: number | null): void;
}

export const recipientsId = "ns-recipients";
export const recipientId = (index: number) => `ns-recipient-${index}`;

export function RecipientsEditor({ rows, listErrors, errorsAt, onChange }: Props) {
  // After adding or removing a row, focus moves to a control that still exists, so keyboard users are not dropped to the page top.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const add = () => {
    const key = rows.reduce((max, r) => Math.max(max, r.key), -1) + 1;
    focusNext.current = recipientId(rows.length);
    onChange([...rows, { key, email: "" }], null);
  };
  const remove = (index: number) => {
    focusNext.current = rows.length > 1 ? recipientId(Math.max(0, index - 1)) : `${recipientsId}-add`;
    onChange(
      rows.filter((_, i) => i !== index),
      null,
    );
  };
  const edit = (row: RecipientRow, email: string) =>
    onChange(
      rows.map((r) => (r.key === row.key ? { ...r, email } : r)),
      row.key,
    );

  const full = rows.length >= maxRecipients;
  return (
    <fieldset
      id={recipientsId}
      className={`recipients${listErrors.length > 0 ? " invalid" : ""}`}
      aria-describedby={`${recipientsId}-hint${listErrors.length > 0 ? ` ${recipientsId}-error` : ""}`}
    >
      <legend>{settingTexts.recipients.label}</legend>
      <p id={`${recipientsId}-hint`} className="hint">
        {settingTexts.recipients.hint}
      </p>
      {rows.length === 0 ? (
        <p className="empty">Nobody yet: alerts still show on the worklist, but no e-mail goes out.</p>
      ) : (
        <ol className="recipient-rows">
          {rows.map((row, index) => {
            const id = recipientId(index);
            const errors = errorsAt(index);
            return (
              <li key={row.key} className={`field recipient-row${errors.length > 0 ? " invalid" : ""}`}>
                <label htmlFor={id}>Recipient {index + 1} e-mail</label>
                <div className="recipient-controls">
                  <input
                    {...describedBy(id, false, errors)}
                    type="email"
                    autoComplete="off"
                    spellCheck={false}
                    className="wide"
                    value={row.email}
                    onChange={(e) => edit(row, e.target.value)}
                  />
                  <button type="button" onClick={() => remove(index)}>
                    Remove<span className="visually-hidden"> recipient {index + 1}</span>
                  </button>
                </div>
                <FieldErrors id={id} errors={errors} />
              </li>
            );
          })}
        </ol>
      )}
      <FieldErrors id={recipientsId} errors={listErrors} />
      <p className="actions">
        <button type="button" id={`${recipientsId}-add`} onClick={add} disabled={full}>
          Add recipient
        </button>
        {full ? <span className="hint">The list holds at most {maxRecipients} addresses.</span> : null}
      </p>
    </fieldset>
  );
}
