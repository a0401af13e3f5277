// `titrate backup` and `titrate restore`: every clinic's data to one checksummed file, and back into an empty store.

import path from "node:path";
import { Command, type OptionValues } from "commander";
import { knowledgeVersion } from "../clinical/index.ts";
import {
  BackupError,
  type BackupHeader,
  backupStore,
  type Reached,
  restoreStore,
  type StoreConfig,
} from "../store/index.ts";
import { cliAddress } from "./admin-command.ts";
import { type CommandDeps, exitCodes } from "./cli-io.ts";
import { dataOptionHelp, describeStoreConfig, reportStoreFailure, storeConfigOf } from "./store-target.ts";

function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

function where(via: Reached, config: StoreConfig): string {
  const place = describeStoreConfig(config);
  if (via === "running-server") return `through the Titrate running on ${place}`;
  return via === "embedded" ? `${place} (its database started for this command and stopped again)` : place;
}

function tableLines(header: BackupHeader): string {
  const width = Math.max(...header.tables.map((t) => t.name.length));
  return header.tables.map((t) => `  ${t.name.padEnd(width)}  ${t.rows.toLocaleString("en")}\n`).join("");
}

const fileCodes = new Set(["ENOENT", "EACCES", "EISDIR", "EPERM"]);

/** A refusal the operator can act on (bad file, non-empty target, database unreachable) is exit 2; others are faults. */
function report(deps: CommandDeps, error: unknown, config: StoreConfig, file: string): number {
  if (error instanceof BackupError) {
    deps.io.stderr(`titrate: ${error.message}\n`);
    return exitCodes.input;
  }
  if (error instanceof Error && "code" in error && fileCodes.has(String(error.code))) {
    deps.io.stderr(`titrate: cannot use ${file} (${String(error.code)})\n`);
    return exitCodes.input;
  }
  return reportStoreFailure(deps, error, config);
}

export async function runBackup(deps: CommandDeps, values: OptionValues): Promise<number> {
  const file = path.resolve(deps.io.cwd, stringOption(values, "out") ?? "");
  const config = storeConfigOf(deps, stringOption(values, "data"));
  try {
    const now = deps.io.now();
    const written = await backupStore(config, file, { now, address: cliAddress, stores: deps.stores });
    deps.io.stdout(
      `Backed up ${where(written.via, config)} to ${file}\n${tableLines(written.header)}` +
        `${written.bytes.toLocaleString("en")} bytes, sha256 ${written.sha256}, readable only by you (0600).\n` +
        "It holds every clinic's patient data: keep it encrypted and off shared drives.\n",
    );
    if (!written.audited) {
      deps.io.stderr(
        "titrate: warning: the backup could not be recorded in the audit log (read-only database?)\n",
      );
    }
    return exitCodes.ok;
  } catch (error) {
    return report(deps, error, config, file);
  }
}

export async function runRestore(deps: CommandDeps, values: OptionValues): Promise<number> {
  const file = path.resolve(deps.io.cwd, stringOption(values, "from") ?? "");
  const config = storeConfigOf(deps, stringOption(values, "data"));
  let restored: Awaited<ReturnType<typeof restoreStore>>;
  try {
    restored = await restoreStore(config, file, {
      now: deps.io.now(),
      address: cliAddress,
      stores: deps.stores,
    });
  } catch (error) {
    return report(deps, error, config, file);
  }
  const { header, audit } = restored;
  const knowledge =
    header.knowledgeVersion === knowledgeVersion
      ? ""
      : `Made with clinical knowledge ${header.knowledgeVersion}; this Titrate has ${knowledgeVersion}, so assessments may differ from then.\n`;
  deps.io.stdout(
    `Restored the backup of ${header.createdAt} into ${where(restored.via, config)}\n${tableLines(header)}${knowledge}`,
  );
  if (!restored.audited)
    deps.io.stderr("titrate: warning: the restore could not be recorded in the audit log\n");
  if (audit.ok) {
    deps.io.stdout(`Audit log: ${audit.checked} events checked, every chain intact.\n`);
    return exitCodes.ok;
  }
  deps.io.stdout(`Audit log: BROKEN, the first break is at event ${audit.firstBreak ?? "?"}.\n`);
  return exitCodes.unexpected;
}

const storeHelp =
  "\nUses DATABASE_URL when it is set, otherwise the data folder. When a Titrate is running on the\n" +
  "folder, the command goes through that server's database.\n";

const backupHelp =
  `${storeHelp}One snapshot: a request that commits meanwhile is either wholly in the file or wholly absent.\n` +
  "Sign-in sessions are not included.\n" +
  "Exit status: 0 written, 2 the file or the database could not be used, 1 unexpected error.";

const restoreHelp =
  `${storeHelp}Checks the file first, then loads all of it or none, in one transaction, and only into a\n` +
  "store with no clinics.\n" +
  "Exit status: 0 restored, 2 refused (file damaged, target not empty, schema differs),\n" +
  "1 unexpected error or an audit log that fails verification.";

export function backupCommand(deps: CommandDeps): Command {
  return new Command("backup")
    .description("Write a consistent copy of every clinic's data to one file, while the server keeps running")
    .requiredOption("--out <file>", "the backup file to write (replaced if it exists; mode 0600)")
    .option("--data <dir>", dataOptionHelp)
    .addHelpText("after", backupHelp)
    .action(async (values: OptionValues) => deps.exit(await runBackup(deps, values)));
}

export function restoreCommand(deps: CommandDeps): Command {
  return new Command("restore")
    .description("Load a backup file into an empty store (a new data folder or an empty database)")
    .requiredOption("--from <file>", "the backup file, checked (format, checksum) before anything is written")
    .option("--data <dir>", dataOptionHelp)
    .addHelpText("after", restoreHelp)
    .action(async (values: OptionValues) => deps.exit(await runRestore(deps, values)));
}
