// Reading the clinic's notification settings through the query cache, so the form and the read-only view share one copy.

import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { NotificationSettings } from "./settings-draft.ts";

export const notificationSettingsKey = ["clinic", "notifications"] as const;

export function useNotificationSettings(enabled: boolean) {
  return useQuery({
    queryKey: notificationSettingsKey,
    queryFn: () => api<NotificationSettings>("GET", "/api/clinic/notifications"),
    enabled,
  });
}
