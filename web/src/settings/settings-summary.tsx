// The notification settings for someone who may read them but not change them: each value with what it means.

import type { NotificationSettings } from "./settings-draft.ts";
import { settingTexts } from "./settings-texts.ts";

function Row({ field, children }: { readonly field: keyof NotificationSettings; readonly children: string }) {
  return (
    <div className="setting-row">
      <dt>{settingTexts[field].label}</dt>
      <dd>
        <span className="setting-value">{children}</span>
        <span className="hint">{settingTexts[field].hint}</span>
      </dd>
    </div>
  );
}

export function SettingsSummary({ settings }: { readonly settings: NotificationSettings }) {
  return (
    <section className="card" aria-labelledby="ns-heading">
      <h2 id="ns-heading">Safety-alert notifications and self-report links</h2>
      <p>Only an administrator can change these.</p>
      <dl className="settings-list">
        <Row field="recipients">
          {settings.recipients.length === 0 ? "Nobody" : settings.recipients.join(", ")}
        </Row>
        <Row field="onCall">{settings.onCall ?? "None (reminders go to the addresses above)"}</Row>
        <Row field="escalationMinutes">{`${settings.escalationMinutes} minutes`}</Row>
        <Row field="linkExpiryHours">{`${settings.linkExpiryHours} hours`}</Row>
        <Row field="showClassification">{settings.showClassification ? "Yes" : "No"}</Row>
      </dl>
    </section>
  );
}
