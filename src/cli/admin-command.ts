// `titrate admin`: create clinics and staff accounts and set a clinic's MFA rule, on the data folder or through its running server.

import { Command, type OptionValues } from "commander";
import { z } from "zod";
import { hashPassword } from "../server/index.ts";
import { type AuditInput, type Role, roles, type Store, StoreError } from "../store/index.ts";
import { type CommandDeps, exitCodes } from "./cli-io.ts";
import { dataOptionHelp, reportStoreFailure, storeConfigOf, withStore } from "./store-target.ts";

/** The audit log's address for actions taken on the server's machine through the command line. */
export const cliAddress = "cli";
export const passwordMinLength = 12;
const passwordMaxLength = 256;
const emailSchema = z.email().max(254);

function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

function isRole(value: string): value is Role {
  return roles.some((role) => role === value);
}

function refuse(deps: CommandDeps, lines: readonly string[]): number {
  deps.io.stderr(lines.map((line) => `${line}\n`).join(""));
  return exitCodes.input;
}

function auditCli(store: Store, event: Omit<AuditInput, "userId" | "role" | "outcome" | "address">) {
  return store.auditStandalone({
    ...event,
    userId: null,
    role: null,
    outcome: "success",
    address: cliAddress,
  });
}

/** Runs a store action; the store's own refusals (no such clinic, already exists) become exit 2. */
async function onStore(
  deps: CommandDeps,
  values: OptionValues,
  action: (store: Store) => Promise<string>,
): Promise<number> {
  const dataDir = stringOption(values, "data");
  try {
    deps.io.stdout(`${await withStore(deps, dataDir, action)}\n`);
    return exitCodes.ok;
  } catch (error) {
    return reportStoreFailure(deps, error, storeConfigOf(deps, dataDir));
  }
}

async function findClinic(store: Store, name: string) {
  const clinic = await store.admin.findClinicByName(name);
  if (clinic === null) throw new StoreError("not-found", `There is no clinic named "${name}".`);
  return clinic;
}

export async function createClinic(deps: CommandDeps, name: string, values: OptionValues): Promise<number> {
  const trimmed = name.trim();
  if (trimmed === "") return refuse(deps, ["NAME: must not be empty"]);
  return onStore(deps, values, async (store) => {
    const clinic = await store.admin.createClinic(trimmed);
    await auditCli(store, {
      clinicId: clinic.id,
      action: "clinic.create",
      resource: "clinic",
      resourceId: clinic.id,
    });
    return `Created clinic "${clinic.name}" (id ${clinic.id}).`;
  });
}

export async function createUser(deps: CommandDeps, values: OptionValues): Promise<number> {
  const clinicName = (stringOption(values, "clinic") ?? "").trim();
  const email = (stringOption(values, "email") ?? "").trim().toLowerCase();
  const role = stringOption(values, "role") ?? "";
  const problems: string[] = [];
  if (clinicName === "") problems.push("--clinic: must not be empty");
  if (!emailSchema.safeParse(email).success) problems.push("--email: must be an e-mail address");
  if (!isRole(role)) problems.push(`--role: must be one of ${roles.join(", ")}`);
  if (problems.length > 0 || !isRole(role)) return refuse(deps, problems);

  const password = await deps.io.readSecret(
    `Password for ${email} (at least ${passwordMinLength} characters): `,
  );
  if (password === "") return refuse(deps, ["password: none was given on standard input (one line)"]);
  if (password.length < passwordMinLength)
    return refuse(deps, [`password: must be at least ${passwordMinLength} characters`]);
  if (password.length > passwordMaxLength)
    return refuse(deps, [`password: must be at most ${passwordMaxLength} characters`]);
  const passwordHash = await hashPassword(password);

  return onStore(deps, values, async (store) => {
    const clinic = await findClinic(store, clinicName);
    if ((await store.auth.findCredentials(email)) !== null)
      throw new StoreError("conflict", `A user with the e-mail address ${email} already exists.`);
    const user = await store.admin.createUser({ clinicId: clinic.id, email, role, passwordHash });
    await auditCli(store, {
      clinicId: clinic.id,
      action: "users.create",
      resource: "users",
      resourceId: user.id,
    });
    return `Created ${role} ${user.email} in clinic "${clinic.name}".`;
  });
}

export async function requireMfa(deps: CommandDeps, setting: string, values: OptionValues): Promise<number> {
  const clinicName = (stringOption(values, "clinic") ?? "").trim();
  const problems: string[] = [];
  if (clinicName === "") problems.push("--clinic: must not be empty");
  if (setting !== "on" && setting !== "off") problems.push("SETTING: must be on or off");
  if (problems.length > 0) return refuse(deps, problems);
  return onStore(deps, values, async (store) => {
    const clinic = await findClinic(store, clinicName);
    await store.admin.setClinicRequireMfa(clinic.id, setting === "on");
    await auditCli(store, {
      clinicId: clinic.id,
      action: "clinic.update",
      resource: "clinic",
      resourceId: clinic.id,
    });
    return setting === "on"
      ? `Clinic "${clinic.name}" now requires an authenticator code at sign-in.`
      : `Clinic "${clinic.name}" no longer requires an authenticator code at sign-in.`;
  });
}

const storeHelp =
  "\nUses DATABASE_URL when it is set. When a Titrate server is running on the data folder, the command goes through its database.\nExit status: 0 done, 2 refused (bad input, no such clinic, already exists, data folder unusable), 1 unexpected error.";

export function adminCommand(deps: CommandDeps): Command {
  const admin = new Command("admin").description("Set up clinics and staff accounts");
  admin
    .command("create-clinic")
    .description("Create a clinic")
    .argument("<name>", "the clinic's name, unique")
    .option("--data <dir>", dataOptionHelp)
    .addHelpText("after", storeHelp)
    .action(async (name: string, values: OptionValues) => deps.exit(await createClinic(deps, name, values)));
  admin
    .command("create-user")
    .description("Create a staff account; the password is read from standard input (one line, not echoed)")
    .requiredOption("--clinic <name>", "the clinic the account belongs to")
    .requiredOption("--email <email>", "the sign-in e-mail address")
    .requiredOption("--role <role>", `one of ${roles.join(", ")}`)
    .option("--data <dir>", dataOptionHelp)
    .addHelpText("after", storeHelp)
    .action(async (values: OptionValues) => deps.exit(await createUser(deps, values)));
  admin
    .command("require-mfa")
    .description("Require (on) or stop requiring (off) an authenticator code at sign-in for a clinic")
    .argument("<setting>", "on or off")
    .requiredOption("--clinic <name>", "the clinic")
    .option("--data <dir>", dataOptionHelp)
    .addHelpText("after", storeHelp)
    .action(async (setting: string, values: OptionValues) =>
      deps.exit(await requireMfa(deps, setting, values)),
    );
  return admin;
}
