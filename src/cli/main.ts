// The `titrate` command line: one commander program per run, wired to an injected CliIo.

import { Command, CommanderError, type OptionValues } from "commander";
import { type AssessOptions, assessCommand } from "./assess-command.ts";
import { type CliIo, exitCodes } from "./cli-io.ts";

export type { CliIo } from "./cli-io.ts";

function assessOptions(values: OptionValues): AssessOptions {
  const { asOf, json, settings } = values;
  return {
    ...(typeof asOf === "string" ? { asOf } : {}),
    ...(json === true ? { json } : {}),
    ...(typeof settings === "string" ? { settings } : {}),
  };
}

function buildProgram(io: CliIo, done: (code: number) => void): Command {
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
      done(await assessCommand(file, assessOptions(command.opts()), io));
    });
  return program;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const code = "code" in error && typeof error.code === "string" ? ` ${error.code}` : "";
  return `${error.name}${code}`;
}

/**
 * Runs `titrate` with the arguments after the program name and returns the exit status.
 * Unexpected errors print only their kind unless io.debug is set: a message may quote record values.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let status: number = exitCodes.ok;
  const program = buildProgram(io, (code) => {
    status = code;
  });
  try {
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
