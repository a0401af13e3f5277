// The notification settings' labels and one-line explanations, shared by the form and the read-only view.

import type { NotificationSettings } from "./settings-draft.ts";

export interface SettingText {
  readonly label: string;
  readonly hint: string;
}

export const settingTexts: Readonly<Record<keyof NotificationSettings, SettingText>> = {
  recipients: {
    label: "Who is told about safety alerts",
    hint: "Each address here gets an e-mail as soon as a patient's answers raise a safety alert; the e-mail carries only a link to sign in, never patient details.",
  },
  onCall: {
    label: "On-call e-mail",
    hint: "Gets a second notice when nobody has acknowledged an alert in time; leave it empty and that reminder goes to the addresses above instead.",
  },
  escalationMinutes: {
    label: "Escalate after (minutes)",
    hint: "How long an alert may wait unacknowledged before the second notice goes out, from 5 minutes to 1440 (one day).",
  },
  linkExpiryHours: {
    label: "Self-report links stay open for (hours)",
    hint: "How long a newly sent link works for the patient, from 1 hour to 720 (30 days); links already sent keep the time they were given.",
  },
  showClassification: {
    label: "Show patients the name of their score's band",
    hint: "When ticked, a patient who has just answered sees a label such as “moderate depression” next to their scores; when clear, they see the scores only, so a label nobody has discussed with them never arrives by phone.",
  },
};

/** The label an error line reads under: "Recipient 2" for an item, the field's own label otherwise. */
export function labelFor(field: string): string {
  const item = /^recipients\[(\d+)\]$/.exec(field);
  if (item !== null) return `Recipient ${Number(item[1]) + 1}`;
  return isSetting(field) ? settingTexts[field].label : field;
}

function isSetting(field: string): field is keyof NotificationSettings {
  return Object.hasOwn(settingTexts, field);
}
