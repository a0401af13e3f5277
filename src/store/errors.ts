// The store's expected failures, as one error class with a closed set of codes. Messages carry no patient data.

import type { RunningTitrate } from "./data-dir-lock.ts";

export type StoreErrorCode =
  | "data-dir-locked"
  | "data-dir-unreachable"
  | "unsafe-database-role"
  | "database-start-failed"
  | "invalid-actor"
  | "not-found"
  | "conflict"
  | "invalid-stored-value";

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "StoreError";
    this.code = code;
  }
}

/** Another Titrate holds the data folder; `running` says where it listens, so a command can go through it. */
export class DataDirLockedError extends StoreError {
  readonly running: RunningTitrate;
  constructor(message: string, running: RunningTitrate) {
    super("data-dir-locked", message);
    this.name = "DataDirLockedError";
    this.running = running;
  }
}

const uniqueViolation = "23505";

/** A unique-key violation from PostgreSQL, so callers can answer "already exists" rather than fail. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ("code" in e && e.code === uniqueViolation) return true;
  }
  return false;
}
