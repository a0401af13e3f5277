// Staff accounts as the contract shows them, read back from their rows.

import { known } from "./known-values.ts";
import type { users } from "./schema-accounts.ts";
import { type Credentials, roles, type User } from "./store.ts";

type UserRow = typeof users.$inferSelect;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    clinicId: row.clinicId,
    email: row.email,
    role: known(roles, row.role, "role"),
    active: row.active,
    totpEnrolled: row.totpEnrolled,
  };
}

export function toCredentials(row: UserRow): Credentials {
  return {
    ...toUser(row),
    passwordHash: row.passwordHash,
    totpSecret: row.totpSecret,
    totpLastStep: row.totpLastStep,
    failedAttempts: row.failedAttempts,
    lockedUntil: row.lockedUntil,
  };
}
