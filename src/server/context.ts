// What every route module is given: the store, the clock, the parsed config, and the app type they register on.

import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Store } from "../store/store.ts";
import type { ServerConfig } from "./config.ts";

export type Clock = () => Date;

export interface ServerDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly config: ServerConfig;
  /** Today's date, YYYY-MM-DD, in the clinic's time zone, from the injected clock. */
  readonly today: () => string;
  /** A hash nobody's password matches; see auth/password.ts. */
  readonly decoyHash: () => Promise<string>;
}

export type ZodApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

// Building a formatter costs far more than using one, and every request asks for today's date.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `at` in `timeZone`, YYYY-MM-DD. */
export function dateIn(at: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
