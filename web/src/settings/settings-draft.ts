// The notification settings form as typed (text in every box) and the API body it stands for, checked by the server's own schema.

import {
  type NotificationSettingsBody,
  notificationSettingsSchema,
} from "../../../src/server/notification-settings-schema.ts";
import type { FieldIssue } from "../api/client.ts";
import { zodIssues } from "../charting/zod-issues.ts";

export type NotificationSettings = NotificationSettingsBody;

export const maxRecipients = 20;

export interface RecipientRow {
  /** A key that stays with the row when rows above it are removed, so React keeps each input's state. */
  readonly key: number;
  readonly email: string;
}

export interface SettingsDraft {
  readonly recipients: readonly RecipientRow[];
  readonly onCall: string;
  readonly escalationMinutes: string;
  readonly linkExpiryHours: string;
  readonly showClassification: boolean;
}

export function draftFrom(settings: NotificationSettings): SettingsDraft {
  return {
    recipients: settings.recipients.map((email, key) => ({ key, email })),
    onCall: settings.onCall ?? "",
    escalationMinutes: String(settings.escalationMinutes),
    linkExpiryHours: String(settings.linkExpiryHours),
    showClassification: settings.showClassification,
  };
}

/** An empty box is missing (the schema says "is required"), anything else is read as a number for the schema to judge. */
function numberOf(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === "" ? undefined : Number(trimmed);
}

/** What would be sent: blank on-call means none; an empty recipient row stays, so it is flagged rather than dropped unseen. */
export function bodyOf(draft: SettingsDraft): Record<keyof NotificationSettings, unknown> {
  const onCall = draft.onCall.trim();
  return {
    recipients: draft.recipients.map((r) => r.email.trim()),
    onCall: onCall === "" ? null : onCall,
    escalationMinutes: numberOf(draft.escalationMinutes),
    linkExpiryHours: numberOf(draft.linkExpiryHours),
    showClassification: draft.showClassification,
  };
}

export type DraftCheck =
  | { readonly ok: true; readonly body: NotificationSettings; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

export function checkDraft(draft: SettingsDraft): DraftCheck {
  const parsed = notificationSettingsSchema.safeParse(bodyOf(draft));
  return parsed.success
    ? { ok: true, body: parsed.data, issues: [] }
    : { ok: false, issues: zodIssues(parsed.error) };
}

/** The messages for exactly this field: `recipients` is the list's own rule, `recipients[1]` one row's. */
export function messagesAt(issues: readonly FieldIssue[], field: string): string[] {
  return [...new Set(issues.filter((i) => i.field === field).map((i) => i.message))];
}
