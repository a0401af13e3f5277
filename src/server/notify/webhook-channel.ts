// The webhook channel: a JSON POST per notice, holding the alert id and the sign-in link and nothing else.

import { type AlertNotice, type NotificationChannel, noticeText } from "./channel.ts";

export function webhookChannel(url: string): NotificationChannel {
  return {
    name: "webhook",
    async send(notice: AlertNotice) {
      const { text } = noticeText(notice);
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          alertId: notice.alertId,
          kind: notice.kind,
          reviewUrl: notice.reviewUrl,
          text,
        }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`webhook answered ${response.status}`);
    },
  };
}
