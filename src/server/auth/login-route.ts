// Sign in, sign out, and who am I: POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me.

import { z } from "zod";
import { publicRoute, signedInAs, signedInRoute } from "../access.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { AppError, errorBodySchema, withErrors } from "../errors.ts";
import { noContent, toUser, userSchema } from "../schemas.ts";
import { auditSignIn, checkCode, checkCredentials, clinicRequiresMfa } from "./credentials.ts";
import { clearSessionCookie, startSession } from "./sessions.ts";

export const signedInSchema = z.object({
  user: userSchema,
  expiresAt: z.string().describe("When the session ends unless used before then"),
});

const loginBody = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(256),
  totp: z.string().max(12).optional().describe("The authenticator's current 6-digit code, when enrolled"),
});

const meSchema = signedInSchema.extend({
  clinic: z.object({ id: z.string(), name: z.string(), requireMfa: z.boolean() }),
});

export function loginRoutes(app: ZodApp, deps: ServerDeps): void {
  const tags = ["auth"];
  const action = "auth.login";

  app.post(
    "/api/auth/login",
    {
      config: { ...publicRoute, rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: "Sign in",
        security: [],
        description:
          "Sets an HttpOnly session cookie. 401 `mfa-required` with `mfa: code` asks for `totp`; with `mfa: enroll` the clinic requires MFA and the user must enrol first (POST /api/auth/totp/enroll). 423 `locked` after repeated failures.",
        body: loginBody,
        response: withErrors({ 200: signedInSchema, 423: errorBodySchema }),
      },
    },
    async (request, reply) => {
      const { email, password, totp } = request.body;
      const who = await checkCredentials(deps, request, action, email, password);
      if (who.totpEnrolled) await checkCode(deps, request, action, who, totp);
      else if (await clinicRequiresMfa(deps, request, who)) {
        await auditSignIn(deps, request, action, who, "denied");
        throw new AppError("mfa-required", { mfa: "enroll" });
      }
      await deps.store.auth.recordLoginSuccess(who.id);
      const expiresAt = await startSession(deps, reply, who);
      await auditSignIn(deps, request, action, who, "success");
      return { user: toUser(who), expiresAt: expiresAt.toISOString() };
    },
  );

  app.post(
    "/api/auth/logout",
    {
      config: signedInRoute,
      schema: { tags, summary: "Sign out: revokes this session", response: withErrors({ 204: noContent }) },
    },
    async (request, reply) => {
      const { sessionId, actor } = signedInAs(request);
      await deps.store.auth.revokeSession(sessionId);
      clearSessionCookie(deps, reply);
      await deps.store.auditStandalone({
        userId: actor.userId,
        role: actor.role,
        clinicId: actor.clinicId,
        action: "auth.logout",
        resource: "user",
        resourceId: actor.userId,
        outcome: "success",
        address: actor.address,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/auth/me",
    {
      config: signedInRoute,
      schema: {
        tags,
        summary: "The signed-in user and their clinic",
        response: withErrors({ 200: meSchema }),
      },
    },
    async (request) => {
      const { actor, user, expiresAt } = signedInAs(request);
      const clinic = await deps.store.inClinic(actor, async (scope) => scope.clinic);
      return {
        user: toUser(user),
        expiresAt: expiresAt.toISOString(),
        clinic: { id: clinic.id, name: clinic.name, requireMfa: clinic.requireMfa },
      };
    },
  );
}
