// The alert sweep: sends each new alert's notice and escalates unacknowledged ones, on a timer the server owns.

import type { FastifyBaseLogger } from "fastify";
import type { Store } from "../../store/store.ts";
import type { Clock } from "../context.ts";
import type { AlertNotice, NotificationChannel } from "./channel.ts";

export interface SweepDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly channels: readonly NotificationChannel[];
  /** Where clinicians sign in; the notice links here and nowhere more specific. */
  readonly reviewUrl: string;
  readonly log: FastifyBaseLogger;
}

async function deliver(deps: SweepDeps, notice: AlertNotice): Promise<boolean> {
  let delivered = deps.channels.length === 0;
  for (const channel of deps.channels) {
    try {
      await channel.send(notice);
      delivered = true;
    } catch (error) {
      // The alert id is opaque; the error is the channel's (connection refused, HTTP status), never PHI.
      deps.log.warn({ channel: channel.name, alertId: notice.alertId, err: error }, "alert notice not sent");
    }
  }
  return delivered;
}

/**
 * One pass: a first notice to the clinic's recipients for each alert not yet notified; an escalation to
 * the on-call contact for each still unacknowledged after the clinic's escalation time. A notice that no
 * channel could send is tried again on the next pass.
 */
export async function sweepAlerts(deps: SweepDeps): Promise<void> {
  const now = deps.clock();
  for (const { clinicId, alert, settings } of await deps.store.selfReport.pendingAlerts(now)) {
    if (alert.notifiedAt === null) {
      const notice = {
        alertId: alert.id,
        kind: "new" as const,
        reviewUrl: deps.reviewUrl,
        to: settings.recipients,
      };
      if (await deliver(deps, notice)) await deps.store.selfReport.markNotified(clinicId, alert.id, now);
    }
    const overdue = now.getTime() - alert.createdAt.getTime() >= settings.escalationMinutes * 60_000;
    if (overdue && alert.escalatedAt === null) {
      const to = settings.onCall === null ? settings.recipients : [settings.onCall];
      const notice = { alertId: alert.id, kind: "escalation" as const, reviewUrl: deps.reviewUrl, to };
      if (await deliver(deps, notice)) await deps.store.selfReport.markEscalated(clinicId, alert.id, now);
    }
  }
}

export interface AlertSweeper {
  /** Runs a pass now (after a submission raises an alert), never two at once. */
  poke(): Promise<void>;
  stop(): void;
}

export function startAlertSweep(deps: SweepDeps, intervalMs: number): AlertSweeper {
  let running: Promise<void> | null = null;
  let again = false;
  const pass = (): Promise<void> => {
    if (running !== null) {
      again = true;
      return running;
    }
    running = sweepAlerts(deps)
      .catch((error: unknown) => deps.log.error({ err: error }, "alert sweep failed"))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void pass();
        }
      });
    return running;
  };
  const timer = setInterval(() => void pass(), intervalMs);
  timer.unref();
  return {
    poke: pass,
    stop: () => clearInterval(timer),
  };
}
