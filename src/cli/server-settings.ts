// The server's settings for `titrate serve`: TITRATE_* variables parsed once, errors named by variable, the localhost cookie rule.

import { isIP } from "node:net";
import { type ServerConfig, serverConfigFromEnv, serverConfigSchema } from "../server/index.ts";

export type Env = Readonly<Record<string, string | undefined>>;

/** sessionIdleMinutes → TITRATE_SESSION_IDLE_MINUTES: the naming rule of src/server/config.ts. */
export function envName(key: string): string {
  return `TITRATE_${key.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}`;
}

/** Every variable the server reads, in the order the configuration declares them. */
export const serverVariables: readonly string[] = Object.keys(serverConfigSchema.shape).map(envName);

/** TITRATE_* variables read elsewhere than the server's configuration. */
const otherVariables = new Set(["TITRATE_DEBUG", "TITRATE_TEST_DATABASE_URL", "TITRATE_CRASH_CYCLES"]);

export function isLoopback(host: string): boolean {
  if (host === "localhost" || host === "::1") return true;
  return isIP(host) === 4 && host.startsWith("127.");
}

export interface ServerSettings {
  readonly config: ServerConfig;
  /** What the startup line says about the session cookie. */
  readonly cookieNote: string;
  /** Set TITRATE_* variables Titrate does not know: a misspelling would otherwise pass unnoticed. */
  readonly unknownVariables: readonly string[];
}

export class ServerSettingsError extends Error {
  override readonly name = "ServerSettingsError";
}

/** Rewrites the config's `  key: message` lines so each names the variable to fix. */
function byVariable(message: string): string {
  return message.replace(/^ {2}(\w+): /gm, (line, key: string) =>
    key in serverConfigSchema.shape ? `  ${envName(key)}: ` : line,
  );
}

/**
 * Over plain http on localhost a browser drops a Secure cookie, so TITRATE_COOKIE_SECURE defaults to false
 * there; anywhere else it stays true and the server belongs behind HTTPS.
 */
export function serverSettings(env: Env, host: string): ServerSettings {
  const cookieVariable = envName("cookieSecure");
  const cookieUnset = (env[cookieVariable] ?? "") === "";
  const localDefault = cookieUnset && isLoopback(host);
  let config: ServerConfig;
  try {
    config = serverConfigFromEnv(localDefault ? { ...env, [cookieVariable]: "false" } : env);
  } catch (error) {
    throw new ServerSettingsError(byVariable(error instanceof Error ? error.message : String(error)));
  }
  const cookieNote = localDefault
    ? `session cookie not Secure (plain-http localhost; ${cookieVariable} unset)`
    : config.cookieSecure
      ? "session cookie Secure (serve it over HTTPS)"
      : `session cookie not Secure (${cookieVariable}=false)`;
  const known = new Set(serverVariables);
  const unknownVariables = Object.keys(env)
    .filter((name) => name.startsWith("TITRATE_") && !known.has(name) && !otherVariables.has(name))
    .sort();
  return { config, cookieNote, unknownVariables };
}
