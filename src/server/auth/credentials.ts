// Checking who is signing in: password, lockout with backoff, and the second factor; every outcome audited.

import type { FastifyRequest } from "fastify";
import type { AuditOutcome, Credentials } from "../../store/store.ts";
import type { ServerDeps } from "../context.ts";
import { AppError } from "../errors.ts";
import { lockedUntil, secondsUntil } from "./lockout.ts";
import { checkPassword } from "./password.ts";
import { checkTotp } from "./totp.ts";

/** Unknown e-mail, wrong password and inactive account all get exactly this answer. */
const wrongCredentials = "the e-mail or password is wrong";

export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function auditSignIn(
  deps: ServerDeps,
  request: FastifyRequest,
  action: string,
  who: Credentials | null,
  outcome: AuditOutcome,
): Promise<void> {
  await deps.store.auditStandalone({
    userId: who?.id ?? null,
    role: who?.role ?? null,
    clinicId: who?.clinicId ?? null,
    action,
    resource: "user",
    resourceId: who?.id ?? null,
    outcome,
    address: request.ip,
  });
}

async function recordFailure(deps: ServerDeps, who: Credentials): Promise<void> {
  await deps.store.auth.recordLoginFailure(
    who.id,
    lockedUntil(who.failedAttempts + 1, deps.clock(), deps.config),
  );
}

/**
 * The account behind an e-mail and password, or an AppError: `unauthenticated` (the same for an unknown
 * e-mail, a wrong password and an inactive account, after the same argon2 work) or `locked`.
 */
export async function checkCredentials(
  deps: ServerDeps,
  request: FastifyRequest,
  action: string,
  email: string,
  password: string,
): Promise<Credentials> {
  const who = await deps.store.auth.findCredentials(normalEmail(email));
  if (who === null) {
    await checkPassword(await deps.decoyHash(), password);
    await auditSignIn(deps, request, action, null, "denied");
    throw new AppError("unauthenticated", { message: wrongCredentials });
  }
  const now = deps.clock();
  if (who.lockedUntil !== null && who.lockedUntil > now) {
    await auditSignIn(deps, request, action, who, "denied");
    throw new AppError("locked", { retryAfterSeconds: secondsUntil(who.lockedUntil, now) });
  }
  const passwordOk = await checkPassword(who.passwordHash, password);
  if (!passwordOk || !who.active) {
    await recordFailure(deps, who);
    await auditSignIn(deps, request, action, who, "denied");
    throw new AppError("unauthenticated", { message: wrongCredentials });
  }
  return who;
}

/** A one-time code checked against the account's (possibly not yet confirmed) secret; a wrong code counts as a failed sign-in. */
export async function checkCode(
  deps: ServerDeps,
  request: FastifyRequest,
  action: string,
  who: Credentials,
  code: string | undefined,
): Promise<void> {
  if (code === undefined || who.totpSecret === null) {
    await auditSignIn(deps, request, action, who, "denied");
    throw new AppError("mfa-required", { mfa: "code" });
  }
  const step = await checkTotp(who.totpSecret, code, deps.clock(), who.totpLastStep);
  // Claimed atomically: of two requests racing with one code, only one signs in.
  if (step === null || !(await deps.store.auth.claimTotpStep(who.id, step))) {
    await recordFailure(deps, who);
    await auditSignIn(deps, request, action, who, "denied");
    throw new AppError("mfa-required", { mfa: "code", message: "the one-time code is wrong or expired" });
  }
}

export async function clinicRequiresMfa(
  deps: ServerDeps,
  request: FastifyRequest,
  who: Credentials,
): Promise<boolean> {
  const actor = { userId: who.id, clinicId: who.clinicId, role: who.role, address: request.ip };
  return deps.store.inClinic(actor, async (scope) => scope.clinic.requireMfa);
}
