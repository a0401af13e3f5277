// `titrate serve`: open the store, seed the demo clinic on request, listen, announce the address, and stop cleanly on a signal.

import type { AddressInfo } from "node:net";
import { Command, type OptionValues } from "commander";
import { demoClinicName, seedDemoClinic } from "../demo/index.ts";
import { buildApp, hashPassword, type ServerConfig } from "../server/index.ts";
import type { OpenedStore, Store } from "../store/index.ts";
import { type CliIo, type CommandDeps, exitCodes, type ShutdownWatch } from "./cli-io.ts";
import { type ServerSettings, ServerSettingsError, serverSettings } from "./server-settings.ts";
import { dataOptionHelp, reportStoreFailure, storeConfigOf } from "./store-target.ts";

export interface ServeOptions {
  readonly demo: boolean;
  readonly port: string;
  readonly host: string;
  readonly data?: string;
}

export const defaultPort = "3000";
export const defaultHost = "127.0.0.1";

function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port <= 65_535 ? port : null;
}

/** The calendar date in the clinic's time zone, the date the server's no-future-date rule uses. */
function dateIn(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** The demo clinic, created on first start; its logins are printed then and never again. */
async function demoLines(store: Store, io: CliIo, config: ServerConfig): Promise<string[]> {
  const seeded = await seedDemoClinic(store, { today: dateIn(io.now(), config.timeZone), hashPassword });
  if (seeded.logins.length === 0) {
    return [
      `Demo clinic "${demoClinicName}" found: its logins were shown when it was created, on the first start with --demo.`,
    ];
  }
  const width = Math.max(...seeded.logins.map((login) => login.email.length));
  return [
    `Demo clinic "${demoClinicName}" created with synthetic patients. Its logins, shown only this once:`,
    ...seeded.logins.map((l) => `  ${l.role.padEnd(12)} ${l.email.padEnd(width)}  ${l.password}`),
  ];
}

const listenProblems: Readonly<Record<string, string>> = {
  EADDRINUSE: "the port is in use; choose another with --port",
  EACCES: "not allowed to use this port; choose one above 1023 with --port",
  EADDRNOTAVAIL: "this machine has no such address; check --host",
  ENOTFOUND: "no such host name; check --host",
};

function listenProblem(error: unknown): string | null {
  if (!(error instanceof Error) || !("code" in error) || typeof error.code !== "string") return null;
  return listenProblems[error.code] ?? null;
}

function urlOf(host: string, address: string | AddressInfo | null): string {
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

function storeDescription(opened: OpenedStore): string {
  const info = opened.connectionInfo;
  return info.kind === "embedded" && info.dataDir !== null
    ? `data ${info.dataDir} (embedded PostgreSQL)`
    : `database ${info.host}:${info.port}/${info.database} (DATABASE_URL)`;
}

async function runServer(
  deps: CommandDeps,
  opened: OpenedStore,
  options: ServeOptions & { readonly portNumber: number },
  settings: ServerSettings,
  watch: ShutdownWatch,
): Promise<number> {
  const { io } = deps;
  const demo = options.demo ? await demoLines(opened.store, io, settings.config) : [];
  const app = buildApp({ store: opened.store, config: settings.config });
  try {
    try {
      await app.listen({ port: options.portNumber, host: options.host });
    } catch (error) {
      const problem = listenProblem(error);
      if (problem === null) throw error;
      io.stderr(`titrate: cannot listen on ${options.host} port ${options.port}: ${problem}\n`);
      return exitCodes.input;
    }
    const url = urlOf(options.host, app.server.address());
    await opened.announce(url);
    // One write, so whoever reads the announcement (a person, a supervisor, a test) has the demo lines too.
    const running = `Titrate is running at ${url} · ${storeDescription(opened)} · ${settings.cookieNote} · Ctrl-C to stop\n`;
    io.stdout(demo.length > 0 ? `${running}${demo.join("\n")}\n` : running);
    const signal = await watch.received;
    io.stdout(`Titrate: ${signal} received, stopping.\n`);
  } finally {
    await app.close();
  }
  return exitCodes.ok;
}

export async function serve(deps: CommandDeps, options: ServeOptions): Promise<number> {
  const { io } = deps;
  const portNumber = parsePort(options.port);
  if (portNumber === null) {
    io.stderr("--port: must be a whole number from 0 to 65535\n");
    return exitCodes.input;
  }
  let settings: ServerSettings;
  try {
    settings = serverSettings(io.env, options.host);
  } catch (error) {
    if (!(error instanceof ServerSettingsError)) throw error;
    io.stderr(`titrate: ${error.message}\n`);
    return exitCodes.input;
  }
  for (const name of settings.unknownVariables)
    io.stderr(`titrate: warning: ${name} is not a Titrate setting; ignored\n`);
  const storeConfig = storeConfigOf(deps, options.data);
  if (storeConfig.kind === "url" && options.data !== undefined)
    io.stderr("titrate: warning: --data is ignored because DATABASE_URL is set\n");

  const watch = io.watchShutdown();
  try {
    let opened: OpenedStore;
    try {
      opened = await deps.stores.open(storeConfig);
    } catch (error) {
      return reportStoreFailure(deps, error, storeConfig);
    }
    watch.claim();
    let status: number = exitCodes.unexpected;
    try {
      status = await runServer(deps, opened, { ...options, portNumber }, settings, watch);
    } finally {
      await opened.close();
    }
    if (status === exitCodes.ok) io.stdout("Titrate stopped.\n");
    return status;
  } finally {
    watch.stop();
  }
}

function serveOptions(values: OptionValues): ServeOptions {
  const { demo, port, host, data } = values;
  return {
    demo: demo === true,
    port: typeof port === "string" ? port : defaultPort,
    host: typeof host === "string" ? host : defaultHost,
    ...(typeof data === "string" ? { data } : {}),
  };
}

export function serveCommand(deps: CommandDeps): Command {
  return new Command("serve")
    .description("Run the clinic server: the API on an embedded PostgreSQL (or DATABASE_URL)")
    .option("--demo", "create the demo clinic on first start and print its logins once")
    .option("--port <port>", "the HTTP port; 0 picks a free one", defaultPort)
    .option("--host <host>", "the address to listen on; 0.0.0.0 for every interface", defaultHost)
    .option("--data <dir>", dataOptionHelp)
    .addHelpText(
      "after",
      "\nSettings come from TITRATE_* environment variables (docs/operations.md). Stops cleanly on SIGINT, SIGTERM or SIGHUP.\nExit status: 0 stopped cleanly, 2 refused (bad option or setting, data folder in use, port in use), 1 unexpected error.",
    )
    .action(async (values: OptionValues) => deps.exit(await serve(deps, serveOptions(values))));
}
