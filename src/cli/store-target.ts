// Which database a command uses (DATABASE_URL, a running Titrate's, or the data folder's own) and what to say when it cannot.

import {
  DataDirLockedError,
  type OpenedStore,
  openStore,
  runningStoreConfig,
  type Store,
  type StoreConfig,
  StoreError,
  storeConfigFrom,
} from "../store/index.ts";
import { type CommandDeps, exitCodes, type StoreAccess } from "./cli-io.ts";

export const realStores: StoreAccess = { open: openStore, running: runningStoreConfig };

export const dataOptionHelp = "the data folder (default: ./data); ignored when DATABASE_URL is set";

/** DATABASE_URL when set, otherwise the embedded server in `--data` (default ./data). */
export function storeConfigOf(deps: CommandDeps, dataDir: string | undefined): StoreConfig {
  return storeConfigFrom({ databaseUrl: deps.io.env.DATABASE_URL, dataDir, cwd: deps.io.cwd });
}

/** Where a config points, without its password. */
export function describeStoreConfig(config: StoreConfig): string {
  if (config.kind === "embedded") return `the data folder ${config.dataDir}`;
  try {
    const url = new URL(config.url);
    return `the database at ${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "the database in DATABASE_URL";
  }
}

/**
 * Opens the store for a one-off command. On a data folder a running Titrate holds, it connects to that
 * server's database instead of being refused; the server keeps running.
 */
export async function openForCommand(deps: CommandDeps, config: StoreConfig): Promise<OpenedStore> {
  if (config.kind === "url") return deps.stores.open(config);
  const running = await deps.stores.running(config.dataDir);
  if (running !== null) return deps.stores.open(running);
  try {
    return await deps.stores.open(config);
  } catch (error) {
    // A server that started meanwhile: go through it after all.
    if (!(error instanceof DataDirLockedError)) throw error;
    const started = await deps.stores.running(config.dataDir);
    if (started === null) throw error;
    return deps.stores.open(started);
  }
}

/** Runs `fn` on the command's store and closes it, whatever happens. */
export async function withStore<T>(
  deps: CommandDeps,
  dataDir: string | undefined,
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  const opened = await openForCommand(deps, storeConfigOf(deps, dataDir));
  try {
    return await fn(opened.store);
  } finally {
    await opened.close();
  }
}

const connectionCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT"]);

function codeOf(error: Error): string | null {
  return "code" in error && typeof error.code === "string" ? error.code : null;
}

/** PostgreSQL's connection, authentication and missing-database errors, and the network's. */
function isConnectionError(error: Error): boolean {
  const code = codeOf(error);
  if (code === null) return false;
  return connectionCodes.has(code) || /^(08|28)/.test(code) || code === "3D000";
}

/**
 * The message and exit status for a failure the operator can act on, or null for anything else (a bug,
 * reported by run() without its message). Store messages carry no patient data by contract.
 */
export function storeFailure(
  error: unknown,
  config: StoreConfig,
): { readonly message: string; readonly status: number } | null {
  if (!(error instanceof Error)) return null;
  if (error instanceof StoreError) {
    const status = error.code === "database-start-failed" ? exitCodes.unexpected : exitCodes.input;
    return { message: error.message, status };
  }
  if (isConnectionError(error)) {
    const where = describeStoreConfig(config);
    return { message: `cannot use ${where}: ${error.message || codeOf(error)}`, status: exitCodes.input };
  }
  return null;
}

/** Prints a store failure as `titrate: …` and returns its status; rethrows anything else. */
export function reportStoreFailure(deps: CommandDeps, error: unknown, config: StoreConfig): number {
  const failure = storeFailure(error, config);
  if (failure === null) throw error;
  deps.io.stderr(`titrate: ${failure.message}\n`);
  return failure.status;
}
