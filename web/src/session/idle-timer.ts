// Inactivity arithmetic: the server's idle limit read from a session's deadline, and when to warn and sign out.

/** The server's idle limit, in whole minutes as configured, from a deadline and the server's clock when it was set. */
export function idleLimitMs(expiresAt: string, serverDate: string | null): number | null {
  const deadline = Date.parse(expiresAt);
  const now = serverDate === null ? Number.NaN : Date.parse(serverDate);
  if (Number.isNaN(deadline) || Number.isNaN(now)) return null;
  const minutes = Math.round((deadline - now) / 60_000);
  return minutes >= 1 ? minutes * 60_000 : null;
}

/** Two minutes' warning, or half the limit when the limit is short. */
export function warningLeadMs(idleMs: number): number {
  return Math.min(2 * 60_000, idleMs / 2);
}

export type IdlePhase =
  | { readonly phase: "active" }
  | { readonly phase: "warning"; readonly remainingMs: number }
  | { readonly phase: "expired" };

export function idlePhase(lastActivity: number, now: number, idleMs: number): IdlePhase {
  const remainingMs = lastActivity + idleMs - now;
  if (remainingMs <= 0) return { phase: "expired" };
  if (remainingMs <= warningLeadMs(idleMs)) return { phase: "warning", remainingMs };
  return { phase: "active" };
}

export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
