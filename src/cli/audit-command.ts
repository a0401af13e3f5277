// `titrate audit verify`: re-walks every hash chain of the audit log and reports the first break.

import { Command, type OptionValues } from "commander";
import type { Store } from "../store/index.ts";
import type { CommandDeps } from "./cli-io.ts";
import { dataOptionHelp, reportStoreFailure, storeConfigOf, withStore } from "./store-target.ts";

/** Exit statuses of `audit verify`: 1 means the log is broken, not that Titrate failed. */
export const auditExitCodes = { intact: 0, broken: 1 } as const;

export async function verifyAuditLog(deps: CommandDeps, values: OptionValues): Promise<number> {
  const dataDir = typeof values.data === "string" ? values.data : undefined;
  let result: Awaited<ReturnType<Store["verifyAudit"]>>;
  try {
    result = await withStore(deps, dataDir, (store) => store.verifyAudit());
  } catch (error) {
    return reportStoreFailure(deps, error, storeConfigOf(deps, dataDir));
  }
  const events = `${result.checked} audit event${result.checked === 1 ? "" : "s"} checked`;
  if (result.ok) {
    deps.io.stdout(`${events}: OK, every chain is intact.\n`);
    return auditExitCodes.intact;
  }
  deps.io.stdout(`${events}: BROKEN, the first break is at event ${result.firstBreak ?? "?"}.\n`);
  return auditExitCodes.broken;
}

export function auditCommand(deps: CommandDeps): Command {
  const audit = new Command("audit").description("Check the audit log");
  audit
    .command("verify")
    .description("Re-walk every hash chain of the audit log and report the first break")
    .option("--data <dir>", dataOptionHelp)
    .addHelpText(
      "after",
      "\nUses DATABASE_URL when it is set; goes through a Titrate running on the data folder.\nExit status: 0 intact, 1 broken (or an unexpected error), 2 the database could not be used.",
    )
    .action(async (values: OptionValues) => deps.exit(await verifyAuditLog(deps, values)));
  return audit;
}
