// Lockout with backoff: after `threshold` failed sign-ins in a row, the account locks, and each further failure doubles the lock.

export interface LockoutPolicy {
  readonly lockoutThreshold: number;
  readonly lockoutBaseSeconds: number;
  readonly lockoutMaxSeconds: number;
}

/** Seconds the account is locked after `failures` failures in a row (0: not locked). */
export function lockSeconds(failures: number, policy: LockoutPolicy): number {
  if (failures < policy.lockoutThreshold) return 0;
  const doublings = Math.min(failures - policy.lockoutThreshold, 30);
  return Math.min(policy.lockoutBaseSeconds * 2 ** doublings, policy.lockoutMaxSeconds);
}

/** When the account unlocks after this many failures in a row, or null when it stays open. */
export function lockedUntil(failures: number, now: Date, policy: LockoutPolicy): Date | null {
  const seconds = lockSeconds(failures, policy);
  return seconds === 0 ? null : new Date(now.getTime() + seconds * 1000);
}

/** Whole seconds until `until`, at least 1 while it is still ahead. */
export function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}
