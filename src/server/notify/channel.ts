// Alert notices: what every channel is given (no patient data at all), and the channels the config asks for.

import type { ServerConfig } from "../config.ts";
import { smtpChannel } from "./smtp-channel.ts";
import { webhookChannel } from "./webhook-channel.ts";

/**
 * One notice about one alert. It carries an opaque alert id and where to sign in, nothing else: no name,
 * no answers, no patient id, so an e-mail or a chat message cannot leak health information.
 */
export interface AlertNotice {
  readonly alertId: string;
  readonly kind: "new" | "escalation";
  /** Where to sign in and review. */
  readonly reviewUrl: string;
  /** Addresses this notice is for (the clinic's recipients, or its on-call contact). */
  readonly to: readonly string[];
}

export interface NotificationChannel {
  readonly name: string;
  send(notice: AlertNotice): Promise<void>;
}

/** The words of a notice: the same for every channel, and free of anything about the patient. */
export function noticeText(notice: AlertNotice): { readonly subject: string; readonly text: string } {
  const subject =
    notice.kind === "escalation" ? "Titrate: safety alert still unacknowledged" : "Titrate: safety alert";
  const lead =
    notice.kind === "escalation"
      ? "A safety alert has not been acknowledged yet and needs review"
      : "A safety alert needs review";
  return { subject, text: `${lead} at ${notice.reviewUrl} (alert ${notice.alertId}).` };
}

export function channelsFrom(config: ServerConfig): NotificationChannel[] {
  const out: NotificationChannel[] = [];
  if (config.smtpHost !== undefined) {
    out.push(smtpChannel({ host: config.smtpHost, port: config.smtpPort, from: config.smtpFrom }));
  }
  if (config.alertWebhookUrl !== undefined) out.push(webhookChannel(config.alertWebhookUrl));
  return out;
}
