// Clinic settings → notifications: who hears about safety alerts, when it escalates, link lifetime, what patients see.

import { ApiError } from "../api/client.ts";
import { PageHeading } from "../page-heading.tsx";
import { useCan } from "../session/session-provider.tsx";
import { NotificationSettingsForm } from "./notification-settings-form.tsx";
import { useNotificationSettings } from "./settings-api.ts";
import { SettingsSummary } from "./settings-summary.tsx";
import "./settings.css";

export function NotificationSettingsPage() {
  const canRead = useCan("clinic.read");
  const canEdit = useCan("clinic.update");
  const settings = useNotificationSettings(canRead);
  return (
    <section className="page settings-page">
      <PageHeading title="Clinic settings · Notifications">Clinic settings</PageHeading>
      <p className="subtitle">
        Notifications: who is told about safety alerts, and how self-report links behave.
      </p>
      {!canRead ? (
        <p className="card">Your role cannot see the clinic's settings. Ask an administrator.</p>
      ) : settings.data !== undefined ? (
        canEdit ? (
          <NotificationSettingsForm saved={settings.data} />
        ) : (
          <SettingsSummary settings={settings.data} />
        )
      ) : settings.isError ? (
        <p className="problem" role="alert">
          The settings could not be loaded
          {settings.error instanceof ApiError ? ` (${settings.error.message})` : ""}. Reload the page to try
          again.
        </p>
      ) : (
        <p className="loading" role="status">
          Loading…
        </p>
      )}
    </section>
  );
}
