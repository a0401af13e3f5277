// Turns every failure into the error table's status and body, audits it, and logs it without request data.

import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { auditFailure } from "./audit-hook.ts";
import type { ServerDeps, ZodApp } from "./context.ts";
import { AppError, errorBody, errorTable, invalid, issuesFromValidation, statusOf } from "./errors.ts";

function statusCodeOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("statusCode" in error)) return undefined;
  return typeof error.statusCode === "number" ? error.statusCode : undefined;
}

// Fastify's own messages for unparsable bodies can quote the body, so they are replaced, never passed on.
function bodyProblem(status: number): string {
  if (status === 413) return "is too large";
  if (status === 415) return "must be sent as application/json";
  return "must be valid JSON matching the documented schema";
}

/** The store's expected failures (src/store/errors.ts), recognised by shape so the server needs only the contract. */
function storeFailure(error: unknown): AppError | null {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = "code" in e ? e.code : undefined;
    if (e.name === "StoreError" && code === "not-found") return new AppError("not-found");
    if (e.name === "StoreError" && code === "conflict") return new AppError("conflict");
    if (code === "23505") return new AppError("conflict");
  }
  return null;
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const fromStore = storeFailure(error);
  if (fromStore !== null) return fromStore;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = "validationContext" in error ? String(error.validationContext) : undefined;
    return invalid(issuesFromValidation(error.validation, context));
  }
  const status = statusCodeOf(error);
  if (status === 429) return new AppError("rate-limited");
  if (status !== undefined && status >= 400 && status < 500)
    return invalid([{ field: "body", message: bodyProblem(status) }]);
  return new AppError("internal");
}

/** What may be logged about an unexpected error: its type, its code and where it was thrown, never its message. */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code =
    "code" in error && (typeof error.code === "string" || typeof error.code === "number")
      ? error.code
      : undefined;
  // Database and parser messages can quote values (an MRN in a unique-key message), so only frames are kept.
  const frames = (error.stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at "));
  return { type: error.name, ...(code !== undefined ? { code } : {}), stack: frames.slice(0, 12).join("\n") };
}

export function installErrorHandling(app: ZodApp, deps: ServerDeps): void {
  app.setErrorHandler(async (error, request, reply) => {
    const appError = toAppError(error);
    if (appError.code === "internal") request.log.error({ err: error }, "request failed");
    else request.log.info({ error: appError.code }, "request refused");
    // A flood of rate-limited requests must not turn into a flood of audit writes.
    if (appError.code !== "rate-limited") {
      try {
        await auditFailure(deps, request, errorTable[appError.code].outcome);
      } catch (auditError) {
        request.log.error({ err: auditError }, "could not audit a failed request");
      }
    }
    const { retryAfterSeconds } = appError.details;
    if (retryAfterSeconds !== undefined) reply.header("retry-after", String(retryAfterSeconds));
    return reply.status(statusOf(appError.code)).send(errorBody(appError));
  });
  app.setNotFoundHandler(async (_request, reply) =>
    reply.status(404).send(errorBody(new AppError("not-found"))),
  );
}
