// The API's one fetch: JSON in and out, the session cookie sent, errors turned into ApiError with their field issues.

/** One offending field, as the API names it (`doseMgPerKg`, `items[3]`, `data.total`). */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    /** For `mfa-required`: `code` asks for the authenticator's code, `enroll` for enrolment. */
    readonly mfa: "code" | "enroll" | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();
const requestListeners = new Set<Listener>();

/** Called when any request comes back 401 unauthenticated: the session has ended on the server. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** Called after every request that reached the server: each one restarts the server's idle timer. */
export function onServerContact(listener: Listener): () => void {
  requestListeners.add(listener);
  return () => requestListeners.delete(listener);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function issuesOf(body: Record<string, unknown>): FieldIssue[] {
  const raw = body.issues;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((i: unknown) =>
    isRecord(i) && typeof i.field === "string" && typeof i.message === "string"
      ? [{ field: i.field, message: i.message }]
      : [],
  );
}

function errorFrom(status: number, body: unknown): ApiError {
  if (!isRecord(body)) return new ApiError(status, "internal", `The server answered ${status}.`);
  const code = typeof body.error === "string" ? body.error : "internal";
  const message = typeof body.message === "string" ? body.message : `The server answered ${status}.`;
  const mfa = body.mfa === "code" || body.mfa === "enroll" ? body.mfa : null;
  return new ApiError(status, code, message, issuesOf(body), mfa);
}

export interface Answer<T> {
  readonly body: T;
  /** The server's clock at the answer (the Date header): session deadlines are read against it, not the browser's. */
  readonly serverDate: string | null;
}

/** The decoded JSON body and the server's date, typed by the caller: the API's response schemas guarantee the shape. */
export async function send<T>(
  method: "GET" | "POST" | "PATCH" | "PUT",
  path: string,
  body?: unknown,
): Promise<Answer<T>> {
  const response = await fetch(path, {
    method,
    credentials: "same-origin",
    headers: body === undefined ? { accept: "application/json" } : { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  for (const listener of requestListeners) listener();
  const text = await response.text();
  const parsed: unknown = text === "" ? null : JSON.parse(text);
  if (!response.ok) {
    const error = errorFrom(response.status, parsed);
    if (error.code === "unauthenticated" && !path.startsWith("/api/auth/")) {
      for (const listener of unauthenticatedListeners) listener();
    }
    throw error;
  }
  return { body: parsed as T, serverDate: response.headers.get("date") };
}

export async function api<T>(
  method: "GET" | "POST" | "PATCH" | "PUT",
  path: string,
  body?: unknown,
): Promise<T> {
  return (await send<T>(method, path, body)).body;
}

/** The messages for exactly these fields, in the order the server gave them. */
export function issuesAt(issues: readonly FieldIssue[], ...fields: readonly string[]): string[] {
  return issues.filter((i) => fields.includes(i.field)).map((i) => i.message);
}
