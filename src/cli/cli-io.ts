// What the command needs from the outside world, passed in so tests can run it without a process.

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The whole file as UTF-8 text; the path `-` means standard input. */
  readonly readFile: (path: string) => Promise<string>;
  /** Today's calendar date, YYYY-MM-DD, read from the clock. */
  readonly today: () => string;
  /** Show stacks and messages of unexpected errors (TITRATE_DEBUG=1). */
  readonly debug?: boolean;
}

/** Exit statuses: 0 done, 1 a fault in Titrate, 2 the input or the command line was wrong. */
export const exitCodes = { ok: 0, unexpected: 1, input: 2 } as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
