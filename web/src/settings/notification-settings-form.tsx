// The editable notification settings: checked as typed by the server's own schema, saved with PUT, errors beside each field.

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ApiError, api, type FieldIssue } from "../api/client.ts";
import { ErrorSummary, Field } from "../forms/field.tsx";
import { RecipientsEditor, recipientId, recipientsId } from "./recipients-editor.tsx";
import { notificationSettingsKey } from "./settings-api.ts";
import {
  checkDraft,
  draftFrom,
  messagesAt,
  type NotificationSettings,
  type SettingsDraft,
} from "./settings-draft.ts";
import { labelFor, settingTexts } from "./settings-texts.ts";

const ids = {
  onCall: "ns-on-call",
  escalationMinutes: "ns-escalation-minutes",
  linkExpiryHours: "ns-link-expiry-hours",
  showClassification: "ns-show-classification",
} as const;

const idOf = new Map<string, string>(Object.entries(ids));

/** The control an error line jumps to; a rule about the list as a whole goes to the list. */
function targetOf(field: string): string {
  const item = /^recipients\[(\d+)\]$/.exec(field);
  if (item !== null) return recipientId(Number(item[1]));
  return idOf.get(field) ?? recipientsId;
}

export function NotificationSettingsForm({ saved }: { readonly saved: NotificationSettings }) {
  const client = useQueryClient();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(saved));
  /** Fields the user has typed in: their rule breaks show at once; the rest wait for a save attempt. */
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState(false);
  const [confirmation, setConfirmation] = useState("");
  const checked = checkDraft(draft);

  const save = useMutation({
    mutationFn: (body: NotificationSettings) =>
      api<NotificationSettings>("PUT", "/api/clinic/notifications", body),
    onSuccess: (stored) => {
      client.setQueryData(notificationSettingsKey, stored);
      setDraft(draftFrom(stored));
      setEdited(new Set());
      setTried(false);
      setConfirmation("Notification settings saved.");
    },
  });
  const serverIssues: readonly FieldIssue[] = save.error instanceof ApiError ? save.error.issues : [];
  const localShown = (field: string) => tried || edited.has(field);
  const errorsFor = (field: string, editKey: string): string[] => [
    ...new Set([
      ...(localShown(editKey) ? messagesAt(checked.issues, field) : []),
      ...messagesAt(serverIssues, field),
    ]),
  ];

  function change(editKey: string, next: Partial<SettingsDraft>) {
    save.reset();
    setConfirmation("");
    setEdited((e) => new Set(e).add(editKey));
    setDraft((d) => ({ ...d, ...next }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setConfirmation("");
    if (!checked.ok) return;
    save.mutate(checked.body);
  }

  const summary = [...(tried ? checked.issues : []), ...serverIssues].map((i) => ({
    target: targetOf(i.field),
    label: labelFor(i.field),
    message: i.message,
  }));
  const unexplained = save.isError && serverIssues.length === 0;

  return (
    <form className="card settings-form" onSubmit={submit} noValidate aria-labelledby="ns-heading">
      <h2 id="ns-heading">Safety-alert notifications and self-report links</h2>
      <ErrorSummary title="The settings were not saved. Check these fields:" items={summary} />
      <RecipientsEditor
        rows={draft.recipients}
        listErrors={errorsFor("recipients", "recipients")}
        errorsAt={(index) => {
          const row = draft.recipients[index];
          return errorsFor(`recipients[${index}]`, `recipient-${row?.key ?? index}`);
        }}
        onChange={(recipients, typedIn) =>
          change(typedIn === null ? "recipients" : `recipient-${typedIn}`, { recipients })
        }
      />
      <Field
        id={ids.onCall}
        label={settingTexts.onCall.label}
        hint={settingTexts.onCall.hint}
        errors={errorsFor("onCall", "onCall")}
      >
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="off"
            spellCheck={false}
            className="wide"
            value={draft.onCall}
            onChange={(e) => change("onCall", { onCall: e.target.value })}
          />
        )}
      </Field>
      <Field
        id={ids.escalationMinutes}
        label={settingTexts.escalationMinutes.label}
        hint={settingTexts.escalationMinutes.hint}
        errors={errorsFor("escalationMinutes", "escalationMinutes")}
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            className="narrow"
            value={draft.escalationMinutes}
            onChange={(e) => change("escalationMinutes", { escalationMinutes: e.target.value })}
          />
        )}
      </Field>
      <Field
        id={ids.linkExpiryHours}
        label={settingTexts.linkExpiryHours.label}
        hint={settingTexts.linkExpiryHours.hint}
        errors={errorsFor("linkExpiryHours", "linkExpiryHours")}
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            className="narrow"
            value={draft.linkExpiryHours}
            onChange={(e) => change("linkExpiryHours", { linkExpiryHours: e.target.value })}
          />
        )}
      </Field>
      <div className="field">
        <label className="check" htmlFor={ids.showClassification}>
          <input
            id={ids.showClassification}
            type="checkbox"
            aria-describedby={`${ids.showClassification}-hint`}
            checked={draft.showClassification}
            onChange={(e) => change("showClassification", { showClassification: e.target.checked })}
          />{" "}
          {settingTexts.showClassification.label}
        </label>
        <p id={`${ids.showClassification}-hint`} className="hint">
          {settingTexts.showClassification.hint}
        </p>
      </div>
      {unexplained ? (
        <p className="problem" role="alert">
          The settings were not saved ({save.error.message}). Nothing was changed; try again.
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save settings"}
        </button>
        <p role="status" className={confirmation === "" ? undefined : "notice"}>
          {confirmation}
        </p>
      </div>
    </form>
  );
}
