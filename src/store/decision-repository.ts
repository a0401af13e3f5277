// Clinicians' decisions on recommendations: accepted, or overridden with a reason, against a dated assessment.

import { asc, eq } from "drizzle-orm";
import { StoreError } from "./errors.ts";
import { known } from "./known-values.ts";
import { findPatientRow } from "./patient-repository.ts";
import { decisions } from "./schema-clinical.ts";
import type { Actor, Decision, DecisionKind } from "./store.ts";
import { isUuid, type Tx } from "./tenancy.ts";

const kinds: readonly DecisionKind[] = ["accept", "override"];

function toDecision(row: typeof decisions.$inferSelect): Decision {
  return {
    id: row.id,
    patientId: row.patientId,
    code: row.code,
    decision: known(kinds, row.decision, "decision"),
    reason: row.reason,
    asOf: row.asOf,
    knowledgeVersion: row.knowledgeVersion,
    decidedBy: row.createdBy,
    decidedAt: row.createdAt,
  };
}

export async function recordDecision(
  tx: Tx,
  actor: Actor,
  input: Omit<Decision, "id" | "decidedBy" | "decidedAt">,
): Promise<Decision> {
  if ((await findPatientRow(tx, input.patientId)) === null) {
    throw new StoreError("not-found", "No such patient.");
  }
  const [row] = await tx
    .insert(decisions)
    .values({ ...input, clinicId: actor.clinicId, createdBy: actor.userId })
    .returning();
  if (row === undefined) throw new Error("decision insert returned no row");
  return toDecision(row);
}

export async function listDecisions(tx: Tx, patientId: string): Promise<Decision[]> {
  if (!isUuid(patientId)) return [];
  const rows = await tx
    .select()
    .from(decisions)
    .where(eq(decisions.patientId, patientId))
    .orderBy(asc(decisions.seq));
  return rows.map(toDecision);
}
