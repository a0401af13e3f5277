// The real CliIo: process streams and environment, the file system, the local clock and the process's signals.

import { readFile } from "node:fs/promises";
import type { CliIo, ShutdownSignal, ShutdownWatch } from "./cli-io.ts";
import { readSecretLine } from "./secret-input.ts";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

/** The clinic's calendar date, so the local time zone rather than UTC. */
export function localDate(now: Date): string {
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}

const stopSignals: readonly ShutdownSignal[] = ["SIGINT", "SIGTERM", "SIGHUP"];

function watchShutdown(): ShutdownWatch {
  let settle: (signal: ShutdownSignal) => void = () => undefined;
  const received = new Promise<ShutdownSignal>((resolve) => {
    settle = resolve;
  });
  const handlers = stopSignals.map((signal) => [signal, () => settle(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return {
    received,
    claim() {
      for (const [signal, handler] of handlers) {
        process.removeAllListeners(signal);
        process.on(signal, handler);
      }
    },
    stop() {
      for (const [signal, handler] of handlers) process.removeListener(signal, handler);
    },
  };
}

export function nodeIo(): CliIo {
  // A reader that closes the pipe early (`| head`) is not an error worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => (path === "-" ? readStdin() : readFile(path, "utf8")),
    today: () => localDate(new Date()),
    now: () => new Date(),
    env: process.env,
    cwd: process.cwd(),
    readSecret: (prompt) => readSecretLine(process.stdin, process.stderr, prompt),
    watchShutdown,
    debug: process.env.TITRATE_DEBUG === "1",
  };
}
