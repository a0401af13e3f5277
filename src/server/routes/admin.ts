// Administration within the admin's own clinic: user accounts, their sessions and authenticators, and the MFA rule.

import { z } from "zod";
import { clinicSettingsSchema } from "../../clinical/index.ts";
import { type Credentials, roles } from "../../store/store.ts";
import { permission, signedInAs } from "../access.ts";
import { auditAdmin, inClinic } from "../audit-hook.ts";
import { normalEmail } from "../auth/credentials.ts";
import { hashPassword, passwordSchema } from "../auth/password.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { AppError, withErrors } from "../errors.ts";
import { noContent, toUser, userSchema } from "../schemas.ts";

const email = z.email("must be an e-mail address").max(254);
const byEmail = z.object({ email });

const clinicSchema = z.object({
  id: z.string(),
  name: z.string(),
  requireMfa: z.boolean(),
  settings: clinicSettingsSchema,
});

export function adminRoutes(app: ZodApp, deps: ServerDeps): void {
  const tags = ["admin"];

  /** A user of the admin's clinic; another clinic's user looks exactly like an unknown e-mail. */
  async function colleague(request: Parameters<typeof signedInAs>[0], address: string): Promise<Credentials> {
    const found = await deps.store.auth.findCredentials(normalEmail(address));
    if (found === null || found.clinicId !== signedInAs(request).actor.clinicId)
      throw new AppError("not-found");
    return found;
  }

  app.post(
    "/api/admin/users",
    {
      config: permission("users.create"),
      schema: {
        tags,
        summary: "Create a user in this clinic",
        body: z.object({ email, role: z.enum(roles), password: passwordSchema }),
        response: withErrors({ 201: userSchema }),
      },
    },
    async (request, reply) => {
      const { actor } = signedInAs(request);
      const address = normalEmail(request.body.email);
      if ((await deps.store.auth.findCredentials(address)) !== null)
        throw new AppError("conflict", { message: "a user with this e-mail already exists" });
      const user = await deps.store.admin.createUser({
        clinicId: actor.clinicId,
        email: address,
        role: request.body.role,
        passwordHash: await hashPassword(request.body.password),
      });
      await auditAdmin(deps, request, user.id);
      return reply.status(201).send(toUser(user));
    },
  );

  app.post(
    "/api/admin/users/revoke-sessions",
    {
      config: permission("users.revokeSessions"),
      schema: {
        tags,
        summary: "Sign a user out everywhere",
        body: byEmail,
        response: withErrors({ 204: noContent }),
      },
    },
    async (request, reply) => {
      const user = await colleague(request, request.body.email);
      await deps.store.auth.revokeUserSessions(user.id);
      await auditAdmin(deps, request, user.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/admin/users/reset-totp",
    {
      config: permission("users.resetTotp"),
      schema: {
        tags,
        summary: "Remove a user's authenticator and sign them out; they enrol again at next sign-in",
        body: byEmail,
        response: withErrors({ 204: noContent }),
      },
    },
    async (request, reply) => {
      const user = await colleague(request, request.body.email);
      await deps.store.auth.setTotp(user.id, null, false);
      await deps.store.auth.revokeUserSessions(user.id);
      await auditAdmin(deps, request, user.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/admin/clinic",
    {
      config: permission("clinic.read"),
      schema: { tags, summary: "This clinic's settings", response: withErrors({ 200: clinicSchema }) },
    },
    async (request) => {
      const clinic = await inClinic(
        deps,
        request,
        async (scope) => scope.clinic,
        (c) => c.id,
      );
      return { id: clinic.id, name: clinic.name, requireMfa: clinic.requireMfa, settings: clinic.settings };
    },
  );

  app.put(
    "/api/admin/clinic/require-mfa",
    {
      config: permission("clinic.update"),
      schema: {
        tags,
        summary: "Require (or stop requiring) an authenticator for every user of this clinic",
        body: z.object({ required: z.boolean() }),
        response: withErrors({ 200: z.object({ requireMfa: z.boolean() }) }),
      },
    },
    async (request) => {
      const { actor } = signedInAs(request);
      await deps.store.admin.setClinicRequireMfa(actor.clinicId, request.body.required);
      await auditAdmin(deps, request, actor.clinicId);
      return { requireMfa: request.body.required };
    },
  );
}
