// The one table of error codes and HTTP statuses, the error type routes throw, and the error body.

import { z } from "zod";
import type { AuditOutcome } from "../store/store.ts";

export const errorTable = {
  "invalid-input": { status: 400, outcome: "invalid", message: "the request has invalid fields" },
  unauthenticated: { status: 401, outcome: "denied", message: "sign in first" },
  "mfa-required": { status: 401, outcome: "denied", message: "a one-time code is required" },
  forbidden: { status: 403, outcome: "denied", message: "your role may not do this" },
  "not-found": { status: 404, outcome: "not-found", message: "no such record" },
  conflict: { status: 409, outcome: "invalid", message: "this conflicts with an existing record" },
  locked: { status: 423, outcome: "denied", message: "too many failed sign-ins; try again later" },
  "rate-limited": { status: 429, outcome: "denied", message: "too many requests; slow down" },
  internal: { status: 500, outcome: "error", message: "something went wrong on the server" },
} as const satisfies Record<string, { status: number; outcome: AuditOutcome; message: string }>;

export type ErrorCode = keyof typeof errorTable;
export const errorCodes = Object.keys(errorTable) as [ErrorCode, ...ErrorCode[]];

export const issueSchema = z.object({
  field: z.string().describe("Path to the offending field, e.g. `doseMgPerKg` or `data.total`"),
  message: z.string().describe("The rule the field breaks"),
});
export type Issue = z.output<typeof issueSchema>;

export const errorBodySchema = z
  .object({
    error: z.enum(errorCodes),
    message: z.string(),
    issues: z.array(issueSchema).optional(),
    retryAfterSeconds: z.number().int().optional(),
    mfa: z
      .enum(["code", "enroll"])
      .optional()
      .describe("`code`: send `totp`; `enroll`: the clinic requires MFA, enrol via /api/auth/totp/enroll"),
  })
  .describe("Every error: a code from the one error table, and for invalid-input every offending field");
export type ErrorBody = z.output<typeof errorBodySchema>;

export interface ErrorDetails {
  readonly message?: string;
  readonly issues?: readonly Issue[];
  readonly retryAfterSeconds?: number;
  readonly mfa?: "code" | "enroll";
}

/** An expected failure: routes throw it, the error handler turns it into the table's status and body. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
  constructor(code: ErrorCode, details: ErrorDetails = {}) {
    super(details.message ?? errorTable[code].message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
}

export function invalid(issues: readonly Issue[]): AppError {
  return new AppError("invalid-input", { issues });
}

export function statusOf(code: ErrorCode): number {
  return errorTable[code].status;
}

export function errorBody(error: AppError): ErrorBody {
  const { issues, retryAfterSeconds, mfa } = error.details;
  return {
    error: error.code,
    message: error.message,
    ...(issues !== undefined ? { issues: [...issues] } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
    ...(mfa !== undefined ? { mfa } : {}),
  };
}

/** `/sessions/0/doseMgPerKg` → `sessions[0].doseMgPerKg`, the same paths the engine's parser reports. */
export function fieldFromPointer(pointer: string, fallback: string): string {
  let out = "";
  for (const part of pointer.split("/").filter((p) => p !== "")) {
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out || fallback;
}

interface SchemaIssue {
  readonly instancePath: string;
  readonly message?: string | undefined;
}

/** Fastify's schema validation failure (body, querystring or params) as our invalid-input issues. */
export function issuesFromValidation(
  validation: readonly SchemaIssue[],
  context: string | undefined,
): Issue[] {
  const whole = context === "querystring" ? "query" : (context ?? "body");
  return validation.map((v) => ({
    field: fieldFromPointer(v.instancePath, whole),
    message: v.message ?? "is invalid",
  }));
}

/** The error responses every API route can give, for the OpenAPI document. */
export function withErrors<R extends Record<number, z.ZodType>>(ok: R) {
  return {
    ...ok,
    400: errorBodySchema,
    401: errorBodySchema,
    403: errorBodySchema,
    404: errorBodySchema,
    409: errorBodySchema,
    429: errorBodySchema,
    500: errorBodySchema,
  };
}
