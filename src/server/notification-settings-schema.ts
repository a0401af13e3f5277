// The clinic's notification settings as the API accepts and returns them; zod only, so the web form checks with the same rules.

import { z } from "zod";

export const notificationSettingsSchema = z.object({
  recipients: z.array(z.email("must be an e-mail address")).max(20),
  onCall: z.email("must be an e-mail address").nullable(),
  escalationMinutes: z.number().int().min(5, "must be at least 5").max(1440, "must be at most 1440"),
  linkExpiryHours: z.number().int().min(1, "must be at least 1").max(720, "must be at most 720"),
  showClassification: z.boolean(),
});

export type NotificationSettingsBody = z.infer<typeof notificationSettingsSchema>;
