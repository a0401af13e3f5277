// `titrate document KIND --patient ID`: generate a clinical document from the stored record, as a named user of a clinic.

import { writeFile } from "node:fs/promises";
import path from "node:path";
import { Command, type OptionValues } from "commander";
import { z } from "zod";
import { requestedPathways } from "../documents/builders/index.ts";
import {
  DocumentError,
  documentFileName,
  documentHtml,
  documentPdf,
  generateDocument,
  generatedKinds,
  loadDocument,
} from "../documents/document-service.ts";
import { can } from "../server/index.ts";
import { type Actor, type Store, StoreError } from "../store/index.ts";
import { cliAddress } from "./admin-command.ts";
import type { CommandDeps } from "./cli-io.ts";
import { exitCodes } from "./cli-io.ts";
import { dataOptionHelp, reportStoreFailure, storeConfigOf, withStore } from "./store-target.ts";

const optionsSchema = z.object({
  kind: z.string().refine((k) => generatedKinds().some((g) => g === k), {
    message: `must be one of ${generatedKinds().join(", ")}`,
  }),
  patient: z
    .string()
    .trim()
    .min(1, "must name a patient (id or MRN)")
    .max(64, "must be at most 64 characters"),
  clinic: z.string().trim().min(1, "must not be empty"),
  as: z.email("must be an e-mail address").max(254),
  format: z.enum(["pdf", "html"]).optional(),
  sessionDate: z.iso.date({ error: "must be a date written YYYY-MM-DD" }).optional(),
  pathway: z.enum(requestedPathways).optional(),
  out: z.string().min(1).optional(),
  data: z.string().optional(),
});

const flags: Readonly<Record<string, string>> = {
  kind: "KIND",
  patient: "--patient",
  clinic: "--clinic",
  as: "--as",
  sessionDate: "--session-date",
  pathway: "--pathway",
};

/** Request fields the service names in its refusals, as this command's flags. */
const choiceFlags: Readonly<Record<string, string>> = {
  sessionDate: "--session-date",
  sessionIndex: "--session-date",
  pathway: "--pathway",
};

/** The user the command acts as: must exist, be active, belong to the clinic and be allowed to create documents. */
async function actorFor(store: Store, clinicName: string, email: string): Promise<Actor> {
  const clinic = await store.admin.findClinicByName(clinicName);
  if (clinic === null) throw new StoreError("not-found", `There is no clinic named "${clinicName}".`);
  const user = await store.auth.findCredentials(email.toLowerCase());
  if (user === null || user.clinicId !== clinic.id || !user.active)
    throw new StoreError("not-found", `There is no active user ${email} in clinic "${clinic.name}".`);
  if (!can(user.role, "documents.create"))
    throw new StoreError("conflict", `A ${user.role} may not generate documents (see docs/permissions.md).`);
  return { userId: user.id, clinicId: clinic.id, role: user.role, address: cliAddress };
}

export async function documentCommand(
  deps: CommandDeps,
  kind: string,
  values: OptionValues,
): Promise<number> {
  const parsed = optionsSchema.safeParse({ ...values, kind });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const key = String(i.path[0] ?? "");
      return `${flags[key] ?? `--${key}`}: ${i.message}\n`;
    });
    deps.io.stderr(lines.join(""));
    return exitCodes.input;
  }
  const o = parsed.data;
  const documentKind = generatedKinds().find((k) => k === o.kind);
  if (documentKind === undefined) return exitCodes.input;
  const format = o.format ?? (o.out?.toLowerCase().endsWith(".html") ? "html" : "pdf");
  const today = deps.io.today();
  try {
    const written = await withStore(deps, o.data, async (store) => {
      const actor = await actorFor(store, o.clinic, o.as);
      return store.inClinic(actor, async (scope) => {
        const byId = /^[0-9a-f-]{36}$/i.test(o.patient) ? await scope.getPatient(o.patient) : null;
        const patient =
          byId ??
          (await scope.listPatients({ query: o.patient, limit: 50, offset: 0 })).patients.find(
            (p) => p.mrn === o.patient,
          );
        if (patient === undefined || patient === null)
          throw new StoreError("not-found", "There is no such patient in the clinic.");
        const stored = await generateDocument(scope, {
          patientId: patient.id,
          kind: documentKind,
          today,
          author: { name: o.as.toLowerCase(), role: actor.role },
          choice: {
            ...(o.sessionDate === undefined ? {} : { session: { sessionDate: o.sessionDate } }),
            ...(o.pathway === undefined ? {} : { pathway: o.pathway }),
          },
        });
        await scope.audit({
          action: "documents.create",
          resource: "documents",
          resourceId: stored.id,
          outcome: "success",
        });
        const loaded = await loadDocument(scope, patient.id, stored.id);
        const body = format === "pdf" ? await documentPdf(loaded) : documentHtml(loaded);
        const file = path.resolve(deps.io.cwd, o.out ?? documentFileName(stored, today, format));
        // Patient data: readable by the owner only.
        await writeFile(file, body, { mode: 0o600 });
        return { file, stored };
      });
    });
    deps.io.stdout(
      `Wrote ${written.stored.kind} version ${written.stored.version} (draft, SHA-256 ${written.stored.contentHash.slice(0, 16)}…) to ${written.file}\n`,
    );
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof DocumentError) {
      const flag = error.field === null ? undefined : choiceFlags[error.field];
      deps.io.stderr(flag === undefined ? `titrate: ${error.message}\n` : `${flag}: ${error.message}\n`);
      return exitCodes.input;
    }
    return reportStoreFailure(deps, error, storeConfigOf(deps, o.data));
  }
}

export function documentCommandSpec(deps: CommandDeps): Command {
  return new Command("document")
    .description("Generate a clinical document from a patient's stored record and save it as PDF or HTML")
    .argument("<kind>", `one of ${generatedKinds().join(", ")}`)
    .requiredOption("--patient <id>", "the patient's id or MRN")
    .requiredOption("--clinic <name>", "the clinic")
    .requiredOption(
      "--as <email>",
      "the user the document is written as (a prescriber, nurse or coordinator)",
    )
    .option("--out <file>", "where to write it (default: KIND-vN-DATE.pdf in this folder)")
    .option("--format <format>", "pdf or html (default: from --out, else pdf)")
    .option(
      "--session-date <date>",
      "rems-monitoring: the esketamine session's date, YYYY-MM-DD (default: the latest with observation data)",
    )
    .option(
      "--pathway <pathway>",
      `prior-authorization: ${requestedPathways.join(" or ")} (default: the latest pathway decision, if one of those)`,
    )
    .option("--data <dir>", dataOptionHelp)
    .addHelpText(
      "after",
      "\nThe document is stored as a new draft version, as if generated in the web app; sign it there.\nExit status: 0 written, 2 refused (bad input, no such clinic, user or patient), 1 unexpected error.",
    )
    .action(async (kind: string, values: OptionValues) =>
      deps.exit(await documentCommand(deps, kind, values)),
    );
}
