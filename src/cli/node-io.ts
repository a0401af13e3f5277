// The real CliIo: process streams, the file system and the local clock.

import { readFile } from "node:fs/promises";
import type { CliIo } from "./cli-io.ts";

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
    debug: process.env.TITRATE_DEBUG === "1",
  };
}
