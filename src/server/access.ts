// Route access: every route declares public, signed-in, or one permission action; a hook refuses to register any route that does not.

import type { FastifyReply, FastifyRequest, onRequestHookHandler } from "fastify";
import type { Actor, User } from "../store/store.ts";
import { resumeSession } from "./auth/sessions.ts";
import type { ServerDeps, ZodApp } from "./context.ts";
import { AppError } from "./errors.ts";
import { type Action, can } from "./permissions.ts";

export type Access =
  | { readonly kind: "public" }
  | { readonly kind: "signed-in" }
  | { readonly kind: "permission"; readonly action: Action };

export interface SignedIn {
  readonly actor: Actor;
  readonly user: User;
  readonly sessionId: string;
  readonly expiresAt: Date;
}

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    signedIn: SignedIn | null;
  }
}

export const publicRoute = { access: { kind: "public" } } as const satisfies { access: Access };
export const signedInRoute = { access: { kind: "signed-in" } } as const satisfies { access: Access };
export function permission(action: Action): { readonly access: Access } {
  return { access: { kind: "permission", action } };
}

export function accessOf(request: FastifyRequest): Access | undefined {
  return request.routeOptions.config.access;
}

export function actionOf(request: FastifyRequest): Action | null {
  const access = accessOf(request);
  return access?.kind === "permission" ? access.action : null;
}

export function signedInAs(request: FastifyRequest): SignedIn {
  if (request.signedIn === null) throw new AppError("unauthenticated");
  return request.signedIn;
}

function guard(deps: ServerDeps, access: Access): onRequestHookHandler {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const signedIn = await resumeSession(deps, request, reply);
    if (signedIn === null) throw new AppError("unauthenticated");
    request.signedIn = signedIn;
    if (access.kind === "permission" && !can(signedIn.actor.role, access.action))
      throw new AppError("forbidden");
  };
}

/**
 * Installs the rule on `app` (an encapsulated context holding every API route): a route without a
 * declared access fails at start-up, and a non-public route gets the session and permission check.
 * The check runs on request, before the body is parsed or validated, so a denied caller learns nothing
 * from validation errors and the role table is exact whatever the body.
 */
export function enforceAccess(app: ZodApp, deps: ServerDeps): void {
  app.decorateRequest("signedIn", null);
  app.addHook("onRoute", (route) => {
    const access = route.config?.access;
    if (access === undefined) throw new Error(`route ${route.method} ${route.url} declares no access`);
    if (access.kind === "public") return;
    const existing = route.onRequest === undefined ? [] : [route.onRequest].flat();
    // After hooks already attached (rate limiting), so a flood is refused before it reaches the database.
    route.onRequest = [...existing, guard(deps, access)];
  });
}
