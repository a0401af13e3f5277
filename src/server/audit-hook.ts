// Audited clinic work: one store transaction per request with its audit event inside it; failures audited on their own.

import type { FastifyRequest } from "fastify";
import type { AuditOutcome, ClinicScope } from "../store/store.ts";
import { actionOf, signedInAs } from "./access.ts";
import type { ServerDeps } from "./context.ts";
import type { Action } from "./permissions.ts";

/** `sessions.add` → `sessions`: the kind of thing the action touched. */
export function resourceOf(action: Action): string {
  return action.slice(0, action.indexOf("."));
}

function paramId(request: FastifyRequest): string | null {
  const params = request.params;
  if (typeof params !== "object" || params === null || !("id" in params)) return null;
  return typeof params.id === "string" ? params.id : null;
}

function requireAction(request: FastifyRequest): Action {
  const action = actionOf(request);
  if (action === null)
    throw new Error(`${request.routeOptions.url ?? "route"} has no permission action to audit`);
  return action;
}

/**
 * Runs `work` in one transaction of the signed-in user's clinic and appends the success audit event in the
 * same transaction, so the data and its audit trail commit together or not at all. The event names the
 * route's action, and the patient (`:id`) or what `auditedId` picks from the result (a new record's id).
 */
export async function inClinic<T>(
  deps: ServerDeps,
  request: FastifyRequest,
  work: (scope: ClinicScope) => Promise<T>,
  auditedId?: (result: T) => string | null,
): Promise<T> {
  const { actor } = signedInAs(request);
  const action = requireAction(request);
  return deps.store.inClinic(actor, async (scope) => {
    const result = await work(scope);
    const resourceId = auditedId === undefined ? paramId(request) : auditedId(result);
    await scope.audit({ action, resource: resourceOf(action), resourceId, outcome: "success" });
    return result;
  });
}

/** Audits an action that is not clinic-scoped data work (user administration), outside any transaction. */
export async function auditAdmin(
  deps: ServerDeps,
  request: FastifyRequest,
  resourceId: string | null,
  outcome: AuditOutcome = "success",
): Promise<void> {
  const { actor } = signedInAs(request);
  const action = requireAction(request);
  await deps.store.auditStandalone({
    userId: actor.userId,
    role: actor.role,
    clinicId: actor.clinicId,
    action,
    resource: resourceOf(action),
    resourceId,
    outcome,
    address: actor.address,
  });
}

/**
 * A request that failed (denied, not found, invalid, error) on a permissioned route. Its transaction, if
 * any, rolled back, so the attempt is recorded on its own. Unauthenticated attempts are recorded too,
 * with no user or clinic.
 */
export async function auditFailure(
  deps: ServerDeps,
  request: FastifyRequest,
  outcome: AuditOutcome,
): Promise<void> {
  const action = actionOf(request);
  if (action === null) return;
  const actor = request.signedIn?.actor;
  await deps.store.auditStandalone({
    userId: actor?.userId ?? null,
    role: actor?.role ?? null,
    clinicId: actor?.clinicId ?? null,
    action,
    resource: resourceOf(action),
    resourceId: paramId(request),
    outcome,
    address: request.ip,
  });
}
