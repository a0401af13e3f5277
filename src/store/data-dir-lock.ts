// One Titrate per data folder: a lock file holding the owner's pid and where it listens; dead owners' locks are taken over.

import { randomBytes } from "node:crypto";
import { link, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { DataDirLockedError } from "./errors.ts";

export const lockFileName = "titrate.lock";

/** What a running Titrate on a data folder has announced about itself. */
export interface RunningTitrate {
  readonly pid: number;
  readonly startedAt: string;
  /** The embedded PostgreSQL's loopback port, once it is up. */
  readonly databasePort: number | null;
  /** The HTTP address the server listens on, once it does. */
  readonly http: string | null;
}

interface LockContent extends RunningTitrate {
  /** When the owning process started: tells this process's own lock from a dead one that had the same pid. */
  readonly processStart: number;
}

export interface DataDirLock {
  readonly file: string;
  /** Records where this Titrate listens, for findRunningTitrate. */
  update(fields: Partial<Pick<RunningTitrate, "databasePort" | "http">>): Promise<void>;
  release(): Promise<void>;
}

const thisProcessStart = Math.round(performance.timeOrigin);

function parseLock(text: string): LockContent | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return null;
    const v = value as Record<string, unknown>;
    if (typeof v.pid !== "number" || typeof v.processStart !== "number") return null;
    return {
      pid: v.pid,
      processStart: v.processStart,
      startedAt: typeof v.startedAt === "string" ? v.startedAt : "",
      databasePort: typeof v.databasePort === "number" ? v.databasePort : null,
      http: typeof v.http === "string" ? v.http : null,
    };
  } catch {
    return null;
  }
}

function isAlive(lock: LockContent): boolean {
  if (lock.pid === process.pid) return lock.processStart === thisProcessStart;
  try {
    process.kill(lock.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}

async function readLock(file: string): Promise<LockContent | null | "missing"> {
  try {
    return parseLock(await readFile(file, "utf8"));
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return "missing";
    throw error;
  }
}

function publicView(lock: LockContent): RunningTitrate {
  return { pid: lock.pid, startedAt: lock.startedAt, databasePort: lock.databasePort, http: lock.http };
}

/** Where a live Titrate on this folder listens, or null when none holds it. */
export async function findRunningTitrate(dataDir: string): Promise<RunningTitrate | null> {
  const lock = await readLock(path.join(path.resolve(dataDir), lockFileName));
  return lock !== null && lock !== "missing" && isAlive(lock) ? publicView(lock) : null;
}

function lockedError(file: string, running: RunningTitrate): DataDirLockedError {
  const where = running.http === null ? "" : `, listening on ${running.http}`;
  return new DataDirLockedError(
    `Another Titrate (pid ${running.pid}${where}) is using the data folder ${path.dirname(file)}. ` +
      "Stop it first, or send this command to the running server. " +
      `(If no Titrate is running, remove ${file}.)`,
    running,
  );
}

async function writeAtomically(file: string, content: LockContent): Promise<string> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  await writeFile(temporary, `${JSON.stringify(content)}\n`, { mode: 0o600, flag: "wx" });
  return temporary;
}

/**
 * Takes the folder's lock, or throws DataDirLockedError naming the live owner. The content is written to a
 * private file first and then hard-linked into place, so a reader never sees a half-written lock.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const file = path.join(path.resolve(dataDir), lockFileName);
  let content: LockContent = {
    pid: process.pid,
    processStart: thisProcessStart,
    startedAt: new Date().toISOString(),
    databasePort: null,
    http: null,
  };
  const temporary = await writeAtomically(file, content);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(temporary, file);
        break;
      } catch (error) {
        if (!(error instanceof Error && "code" in error && error.code === "EEXIST") || attempt >= 3)
          throw error;
      }
      const holder = await readLock(file);
      if (holder === "missing") continue;
      if (holder !== null && isAlive(holder)) throw lockedError(file, publicView(holder));
      // A dead owner's lock, or an unreadable one: take it over. PostgreSQL's own postmaster.pid still
      // refuses a second server on the cluster should two Titrates race through this step.
      await unlink(file).catch(() => undefined);
    }
  } finally {
    await unlink(temporary).catch(() => undefined);
  }

  const ours = async (): Promise<boolean> => {
    const current = await readLock(file);
    return current !== null && current !== "missing" && current.pid === process.pid && isAlive(current);
  };
  return {
    file,
    async update(fields) {
      content = { ...content, ...fields };
      const next = await writeAtomically(file, content);
      await rename(next, file);
    },
    async release() {
      if (await ours()) await unlink(file).catch(() => undefined);
    },
  };
}
