// The data folder's layout, its permissions, and the generated database passwords kept in it (0600).

import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { StoreError } from "./errors.ts";

export interface DataDirLayout {
  readonly root: string;
  /** The PostgreSQL cluster (PG_VERSION, base/, pg_wal/ …). */
  readonly cluster: string;
  readonly superuserSecret: string;
  readonly appSecret: string;
  readonly log: string;
}

export function dataDirLayout(dataDir: string): DataDirLayout {
  const root = path.resolve(dataDir);
  return {
    root,
    cluster: path.join(root, "postgres"),
    superuserSecret: path.join(root, "postgres-superuser.secret"),
    appSecret: path.join(root, "postgres-titrate.secret"),
    log: path.join(root, "postgres.log"),
  };
}

export function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * Creates the folder. Under root the server runs as the system user `postgres`, which must be able to
 * pass through every parent folder to reach its cluster; the folder itself becomes 0711 (enter, not list).
 */
export async function prepareDataDir(layout: DataDirLayout): Promise<void> {
  const asRoot = runsAsRoot();
  await mkdir(layout.root, { recursive: true, mode: asRoot ? 0o711 : 0o700 });
  if (!asRoot) return;
  await chmod(layout.root, 0o711);
  for (let dir = path.dirname(layout.root); ; dir = path.dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) {
      throw new StoreError(
        "data-dir-unreachable",
        `Run as root, Titrate starts PostgreSQL as the system user "postgres", which cannot reach the data folder ${layout.root} because ${dir} is closed to other users. Choose a --data folder elsewhere (for example under /var/lib), or run Titrate as an ordinary user.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

/** The secret in `file`, created with a fresh random value (owner read/write only) when there is none. */
export async function readOrCreateSecret(file: string): Promise<string> {
  try {
    await writeFile(file, `${randomBytes(24).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
  }
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  const secret = (await readFile(file, "utf8")).trim();
  if (secret === "") throw new StoreError("database-start-failed", `The password file ${file} is empty.`);
  return secret;
}

/** An existing secret; null when the file is missing. */
export async function readSecret(file: string): Promise<string | null> {
  try {
    return (await readFile(file, "utf8")).trim();
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return null;
    throw error;
  }
}

/** A loopback port nobody is listening on right now. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error("no free loopback port"))));
    });
  });
}
