// The server's pino logger: request lines carry method, path and status only; anything that could hold patient data or secrets is redacted.

import { type DestinationStream, type LevelWithSilent, type Logger, pino } from "pino";
import { loggableError } from "./error-handler.ts";

export interface LogOptions {
  readonly level?: LevelWithSilent;
  /** Where log lines go; stdout when absent. Tests pass a stream to read what was logged. */
  readonly destination?: DestinationStream;
}

interface LoggedRequest {
  readonly method?: string;
  readonly url?: string;
  readonly ip?: string;
  readonly routeOptions?: { readonly url?: string | undefined };
}

/** Method, path without its query string (a patient search is a name), and the route pattern. */
function requestLine(request: LoggedRequest): Record<string, unknown> {
  const url = request.url ?? "";
  const query = url.indexOf("?");
  return {
    method: request.method,
    path: query === -1 ? url : url.slice(0, query),
    route: request.routeOptions?.url,
    remoteAddress: request.ip,
  };
}

function responseLine(reply: { readonly statusCode?: number }): Record<string, unknown> {
  return { statusCode: reply.statusCode };
}

// Belt and braces: nothing logs these today; the paths catch a future `log.info({ body })`.
const redactedPaths = [
  "req.headers",
  "res.headers",
  "headers",
  "cookie",
  "cookies",
  "authorization",
  "body",
  "query",
  "password",
  "passwordHash",
  "totp",
  "token",
  "secret",
  "givenName",
  "familyName",
  "birthDate",
  "mrn",
  "*.headers",
  "*.cookie",
  "*.cookies",
  "*.authorization",
  "*.body",
  "*.query",
  "*.password",
  "*.passwordHash",
  "*.totp",
  "*.token",
  "*.secret",
  "*.givenName",
  "*.familyName",
  "*.birthDate",
  "*.mrn",
  // Self-report link tokens travel in this header; the whole headers object is redacted above as well.
  'req.headers["x-report-token"]',
  '*["x-report-token"]',
  "reportToken",
  "*.reportToken",
];

export function createLogger(options: LogOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      redact: { paths: redactedPaths, censor: "[redacted]" },
      serializers: { req: requestLine, res: responseLine, err: loggableError },
    },
    options.destination ?? pino.destination(1),
  );
}
