// MFA enrolment: POST /api/auth/totp/enroll issues a secret, POST /api/auth/totp/confirm proves the app has it and signs in.

import { z } from "zod";
import { publicRoute } from "../access.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { AppError, errorBodySchema, withErrors } from "../errors.ts";
import { toUser } from "../schemas.ts";
import { auditSignIn, checkCode, checkCredentials } from "./credentials.ts";
import { signedInSchema } from "./login-route.ts";
import { startSession } from "./sessions.ts";
import { newTotpSecret, totpUri } from "./totp.ts";

const credentialsBody = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(256),
});

const alreadyEnrolled = "an authenticator is already enrolled; an administrator can reset it";

// Enrolment re-checks the password rather than relying on a session: a user whose clinic requires MFA
// has no session until enrolled, and an enrolled user can never replace their authenticator this way.
export function totpRoutes(app: ZodApp, deps: ServerDeps): void {
  const tags = ["auth"];
  const rateLimit = { max: deps.config.loginRateLimitPerMinute, timeWindow: 60_000 };

  app.post(
    "/api/auth/totp/enroll",
    {
      config: { ...publicRoute, rateLimit },
      schema: {
        tags,
        summary: "Start enrolling an authenticator app",
        security: [],
        description:
          "Returns a new secret and its otpauth:// URI (show it as a QR code). Confirm with a code to finish.",
        body: credentialsBody,
        response: withErrors({
          200: z.object({ secret: z.string(), otpauthUri: z.string() }),
          423: errorBodySchema,
        }),
      },
    },
    async (request) => {
      const action = "auth.totp.enroll";
      const who = await checkCredentials(deps, request, action, request.body.email, request.body.password);
      if (who.totpEnrolled) {
        await auditSignIn(deps, request, action, who, "invalid");
        throw new AppError("conflict", { message: alreadyEnrolled });
      }
      const secret = newTotpSecret();
      await deps.store.auth.setTotp(who.id, secret, false);
      await auditSignIn(deps, request, action, who, "success");
      return { secret, otpauthUri: totpUri(secret, who.email) };
    },
  );

  app.post(
    "/api/auth/totp/confirm",
    {
      config: { ...publicRoute, rateLimit },
      schema: {
        tags,
        summary: "Finish enrolling: prove the app shows the right code, and sign in",
        security: [],
        body: credentialsBody.extend({ totp: z.string().max(12) }),
        response: withErrors({ 200: signedInSchema, 423: errorBodySchema }),
      },
    },
    async (request, reply) => {
      const action = "auth.totp.confirm";
      const who = await checkCredentials(deps, request, action, request.body.email, request.body.password);
      if (who.totpEnrolled) {
        await auditSignIn(deps, request, action, who, "invalid");
        throw new AppError("conflict", { message: alreadyEnrolled });
      }
      if (who.totpSecret === null) {
        await auditSignIn(deps, request, action, who, "invalid");
        throw new AppError("invalid-input", {
          issues: [{ field: "totp", message: "start enrolment first" }],
        });
      }
      await checkCode(deps, request, action, who, request.body.totp);
      await deps.store.auth.setTotp(who.id, who.totpSecret, true);
      await deps.store.auth.recordLoginSuccess(who.id);
      const expiresAt = await startSession(deps, reply, who);
      await auditSignIn(deps, request, action, who, "success");
      return { user: { ...toUser(who), totpEnrolled: true }, expiresAt: expiresAt.toISOString() };
    },
  );
}
