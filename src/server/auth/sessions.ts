// Sign-in sessions: a random 256-bit token in an HttpOnly SameSite=Strict cookie; the database keeps only its SHA-256.

import { createHash, randomBytes } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { User } from "../../store/store.ts";
import type { SignedIn } from "../access.ts";
import type { ServerDeps } from "../context.ts";

export const sessionCookie = "titrate_session";

/** The id the store keeps: a hash, so a leaked sessions table cannot be replayed as cookies. */
export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newSessionToken(): { readonly token: string; readonly id: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, id: sessionIdOf(token) };
}

/**
 * A session seen this recently is not written again: a signed-in page makes several requests a second, and
 * a write on each would commit (and flush) once per read. The idle limit can end up to this much early.
 */
const touchEveryMs = 60_000;

function idleUntil(deps: ServerDeps, now: Date): Date {
  return new Date(now.getTime() + deps.config.sessionIdleMinutes * 60_000);
}

function cookieOptions(deps: ServerDeps) {
  return { path: "/api", httpOnly: true, sameSite: "strict", secure: deps.config.cookieSecure } as const;
}

export async function startSession(deps: ServerDeps, reply: FastifyReply, user: User): Promise<Date> {
  const { token, id } = newSessionToken();
  const expiresAt = idleUntil(deps, deps.clock());
  await deps.store.auth.createSession({ id, userId: user.id, expiresAt });
  reply.setCookie(sessionCookie, token, cookieOptions(deps));
  return expiresAt;
}

export function clearSessionCookie(deps: ServerDeps, reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, cookieOptions(deps));
}

function tokenOf(request: FastifyRequest): string | null {
  const token = request.cookies[sessionCookie];
  return token !== undefined && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

/** The signed-in user behind the request's cookie, with the session's idle timer restarted; null if none is valid. */
export async function resumeSession(
  deps: ServerDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<SignedIn | null> {
  const token = tokenOf(request);
  if (token === null) return null;
  const id = sessionIdOf(token);
  const now = deps.clock();
  const idle = idleUntil(deps, now);
  const session = await deps.store.auth.touchSession(id, now, idle, new Date(idle.getTime() - touchEveryMs));
  if (session === null || !session.user.active) {
    if (session !== null) await deps.store.auth.revokeSession(id);
    clearSessionCookie(deps, reply);
    return null;
  }
  const { user } = session;
  return {
    actor: { userId: user.id, clinicId: user.clinicId, role: user.role, address: request.ip },
    user,
    sessionId: id,
    expiresAt: session.expiresAt,
  };
}
