// The `titrate` command line: one commander program per run, wired to an injected CliIo and store access.

import { Command, CommanderError, type OptionValues } from "commander";
import { type AssessOptions, assessCommand } from "./assess-command.ts";
import { type CliIo, type CommandDeps, exitCodes, type StoreAccess } from "./cli-io.ts";

export type { CliIo, StoreAccess } from "./cli-io.ts";

function assessOptions(values: OptionValues): AssessOptions {
  const { asOf, json, settings } = values;
  return {
    ...(typeof asOf === "string" ? { asOf } : {}),
    ...(json === true ? { json } : {}),
    ...(typeof settings === "string" ? { settings } : {}),
  };
}

/** Commands built apart from the program do not inherit its settings; give every one of them the same. */
function inheritSettings(parent: Command): void {
  for (const child of parent.commands) {
    child.copyInheritedSettings(parent);
    inheritSettings(child);
  }
}

/**
 * The commands that reach the store and the server. Loaded only when one of them may run: the server,
 * the database driver and their plugins take a second or more to load, and `assess` needs none of them.
 */
async function storeCommands(deps: CommandDeps): Promise<Command[]> {
  const [serve, admin, audit, backup, document] = await Promise.all([
    import("./serve-command.ts"),
    import("./admin-command.ts"),
    import("./audit-command.ts"),
    import("./backup-command.ts"),
    import("./document-command.ts"),
  ]);
  return [
    serve.serveCommand(deps),
    admin.adminCommand(deps),
    audit.auditCommand(deps),
    backup.backupCommand(deps),
    backup.restoreCommand(deps),
    document.documentCommandSpec(deps),
  ];
}

async function realStores(): Promise<StoreAccess> {
  return (await import("./store-target.ts")).realStores;
}

function buildProgram(deps: CommandDeps, more: readonly Command[]): Command {
  const { io } = deps;
  const program = new Command("titrate")
    .description("Clinical decision support for ketamine, esketamine and TMS courses")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(titrate --help for usage)");

  program
    .command("assess")
    .description("Assess one patient record and print where the course stands and why")
    .argument("<file>", "the record as JSON, or - to read it from standard input")
    .option("--as-of <date>", "assess as of this date, YYYY-MM-DD (default: today)")
    .option("--json", "print the whole assessment as JSON instead of the summary")
    .option("--settings <file>", "clinic settings as JSON (default: the built-in defaults)")
    .addHelpText(
      "after",
      "\nExit status: 0 assessed, 2 invalid input (one line per problem on stderr), 1 unexpected error.",
    )
    .action(async (file: string, _options: OptionValues, command: Command) => {
      deps.exit(await assessCommand(file, assessOptions(command.opts()), io));
    });
  for (const command of more) program.addCommand(command);
  inheritSettings(program);
  return program;
}

const unusedStores: StoreAccess = {
  open: () => Promise.reject(new Error("assess does not open the store")),
  running: () => Promise.reject(new Error("assess does not open the store")),
};

function describe(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const code = "code" in error && typeof error.code === "string" ? ` ${error.code}` : "";
  return `${error.name}${code}`;
}

/**
 * Runs `titrate` with the arguments after the program name and returns the exit status.
 * Unexpected errors print only their kind unless io.debug is set: a message may quote record values.
 */
export async function run(argv: readonly string[], io: CliIo, stores?: StoreAccess): Promise<number> {
  let status: number = exitCodes.ok;
  try {
    const deps: CommandDeps = {
      io,
      stores: stores ?? (argv[0] === "assess" ? unusedStores : await realStores()),
      exit: (code) => {
        status = code;
      },
    };
    const program = buildProgram(deps, argv[0] === "assess" ? [] : await storeCommands(deps));
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.input;
    if (io.debug) {
      io.stderr(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    } else {
      io.stderr(`titrate: unexpected error (${describe(error)}); set TITRATE_DEBUG=1 to see the details\n`);
    }
    return exitCodes.unexpected;
  }
  return status;
}
