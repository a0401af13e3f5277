// The extra input some document kinds need, checked and loaded from the clinic's store before building.

import type { PatientRecord } from "../clinical/index.ts";
import type { ClinicScope } from "../store/store.ts";
import {
  type DocumentExtras,
  type RequestedPathway,
  requestedPathways,
  selectRemsSession,
} from "./builders/index.ts";
import type { DocumentKind } from "./document-model.ts";

export type ExtrasResult =
  | { readonly ok: true; readonly extras: DocumentExtras }
  | { readonly ok: false; readonly field: string; readonly message: string };

type Choice = Pick<DocumentExtras, "session" | "pathway">;

/** The pathway asked for, else the latest pathway decision when it is one a packet can ask for. */
async function pathwayFor(
  scope: ClinicScope,
  patientId: string,
  asked: RequestedPathway | undefined,
): Promise<RequestedPathway | undefined> {
  if (asked !== undefined) return asked;
  const latest = (await scope.intake.listPathwayDecisions(patientId)).at(-1)?.pathway;
  return requestedPathways.find((p) => p === latest);
}

/** Refuses a choice the kind does not take, so a misplaced field is reported rather than ignored. */
function misplaced(kind: DocumentKind, choice: Choice): ExtrasResult | null {
  if (choice.session !== undefined && kind !== "rems-monitoring") {
    const field = "sessionIndex" in choice.session ? "sessionIndex" : "sessionDate";
    return { ok: false, field, message: "applies only to the rems-monitoring kind" };
  }
  if (choice.pathway !== undefined && kind !== "prior-authorization") {
    return { ok: false, field: "pathway", message: "applies only to the prior-authorization kind" };
  }
  return null;
}

export async function extrasFor(
  scope: ClinicScope,
  kind: DocumentKind,
  record: PatientRecord,
  patientId: string,
  choice: Choice,
): Promise<ExtrasResult> {
  const refused = misplaced(kind, choice);
  if (refused !== null) return refused;
  if (kind === "rems-monitoring") {
    if (choice.session === undefined) return { ok: true, extras: {} };
    const picked = selectRemsSession(record, choice.session);
    if (!picked.ok) return picked;
    return { ok: true, extras: { session: choice.session } };
  }
  if (kind === "prior-authorization") {
    const pathway = await pathwayFor(scope, patientId, choice.pathway);
    if (pathway === undefined) {
      return {
        ok: false,
        field: "pathway",
        message: `is required (one of ${requestedPathways.join(", ")}) when no esketamine or TMS pathway has been decided`,
      };
    }
    const intake = (await scope.intake.getIntake(patientId))?.intake;
    const coverage = (await scope.intake.listCoverage(patientId)).find(
      (c) => c.coverage.pathway === pathway,
    )?.coverage;
    const priceList = (await scope.intake.getPriceList())?.priceList;
    return {
      ok: true,
      extras: {
        pathway,
        ...(intake === undefined ? {} : { intake }),
        ...(coverage === undefined ? {} : { coverage }),
        ...(priceList === undefined ? {} : { priceList }),
      },
    };
  }
  return { ok: true, extras: {} };
}
