// For CLI integration tests: `titrate serve` as a real child process in its own process group, and an HTTP client with a session cookie.

import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const bin = path.join(repoRoot, "bin", "titrate.mjs");

/** Generous: first start runs initdb and the demo seed on a busy two-core machine. */
export const startTimeoutMs = 90_000;

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface Titrate {
  readonly child: ChildProcess;
  readonly pid: number;
  stdout(): string;
  stderr(): string;
  readonly exited: Promise<Exit>;
}

/** Quiet limits for tests that send many requests from one address. */
export const testEnv: Readonly<Record<string, string>> = {
  TITRATE_RATE_LIMIT_PER_MINUTE: "1000000",
  TITRATE_LOGIN_RATE_LIMIT_PER_MINUTE: "100000",
  TITRATE_DEBUG: "1",
};

/** Spawns `node bin/titrate.mjs ARGS` detached (its own process group, PostgreSQL included). */
export function spawnTitrate(
  args: readonly string[],
  options: { readonly env?: Readonly<Record<string, string>>; readonly stdin?: string } = {},
): Titrate {
  // The tests use the embedded server in their own data folder, never an operator's database.
  const { DATABASE_URL: _operatorDatabase, ...inherited } = process.env;
  const env = { ...inherited, ...testEnv, ...options.env };
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: [options.stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  });
  if (options.stdin !== undefined) child.stdin?.end(options.stdin);
  const pid = child.pid;
  if (pid === undefined) throw new Error("titrate did not start");
  let stdout = "";
  let stderr = "";
  // Drained continuously: a full pipe would stall the server's synchronous log writes.
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const exited = new Promise<Exit>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  return { child, pid, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Runs a short command to its end. */
export async function titrateOnce(
  args: readonly string[],
  options: { readonly env?: Readonly<Record<string, string>>; readonly stdin?: string } = {},
): Promise<Exit & { readonly stdout: string; readonly stderr: string }> {
  const run = spawnTitrate(args, options);
  const exit = await run.exited;
  return { ...exit, stdout: run.stdout(), stderr: run.stderr() };
}

const runningLine = /^Titrate is running at (http:\/\/\S+) /m;

/** Waits for the startup line and returns the URL it names; fails with the output if the server exits first. */
export async function serverUrl(titrate: Titrate, timeoutMs = startTimeoutMs): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let exit: Exit | null = null;
  void titrate.exited.then((e) => {
    exit = e;
  });
  for (;;) {
    const found = runningLine.exec(titrate.stdout());
    if (found?.[1] !== undefined) return found[1];
    if (exit !== null || Date.now() > deadline) {
      throw new Error(
        `titrate serve did not start (${JSON.stringify(exit)}):\n${titrate.stdout()}\n${titrate.stderr()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}

/** The postmaster's pid from the cluster's postmaster.pid, or null when there is none. */
export async function postmasterPid(dataDir: string): Promise<number | null> {
  try {
    const text = await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8");
    const pid = Number(text.split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

async function waitUntilDead(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (alive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

/**
 * SIGKILL to Titrate's whole process group, then makes sure the data folder's PostgreSQL is gone too,
 * by the pid in its postmaster.pid should it have left the group. Returns whether that was needed.
 */
export async function killHard(titrate: Titrate, dataDir: string): Promise<{ strayPostmaster: boolean }> {
  try {
    process.kill(-titrate.pid, "SIGKILL");
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "ESRCH")) throw error;
  }
  await titrate.exited;
  const postmaster = await postmasterPid(dataDir);
  if (postmaster === null || (await waitUntilDead(postmaster, 5_000))) return { strayPostmaster: false };
  process.kill(postmaster, "SIGKILL");
  if (!(await waitUntilDead(postmaster, 5_000))) throw new Error(`PostgreSQL ${postmaster} survived SIGKILL`);
  return { strayPostmaster: true };
}

export interface Reply {
  readonly status: number;
  readonly body: unknown;
}

/** fetch with the session cookie of the last sign-in. */
export class HttpClient {
  cookie: string | null = null;
  constructor(readonly base: string) {}

  async request(method: string, url: string, body?: unknown): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers["content-type"] = "application/json";
    if (this.cookie !== null) headers.cookie = this.cookie;
    const response = await fetch(`${this.base}${url}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie !== null) this.cookie = setCookie.split(";")[0] ?? null;
    const text = await response.text();
    return { status: response.status, body: text === "" ? null : JSON.parse(text) };
  }

  async signIn(email: string, password: string): Promise<Reply> {
    return this.request("POST", "/api/auth/login", { email, password });
  }
}

/** A field of a JSON object reply, as a string. */
export function field(reply: Reply, name: string): string {
  const body = reply.body;
  if (typeof body !== "object" || body === null || !(name in body)) throw new Error(`no ${name} in reply`);
  const value: unknown = (body as Record<string, unknown>)[name];
  return String(value);
}
