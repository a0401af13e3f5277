// Corrections: each keeps what the row held before, what replaced it, who, when and why.

import { and, asc, eq } from "drizzle-orm";
import { amendments } from "./schema-clinical.ts";
import type { Actor, Amendment, ClinicalResource } from "./store.ts";
import type { Tx } from "./tenancy.ts";

type Resource = Amendment["resource"];
const resources: readonly Resource[] = [
  "sessions",
  "measurements",
  "medications",
  "events",
  "priorTreatments",
  "diagnoses",
  "patients",
];

function toAmendment(row: typeof amendments.$inferSelect): Amendment {
  return {
    id: row.id,
    resource: resources.find((r) => r === row.resource) ?? "patients",
    rowId: row.rowId,
    before: row.before,
    after: row.after,
    reason: row.reason,
    amendedBy: row.amendedBy,
    amendedAt: row.amendedAt,
  };
}

export async function recordAmendment(
  tx: Tx,
  actor: Actor,
  change: {
    readonly patientId: string;
    readonly resource: Resource;
    readonly rowId: string;
    readonly before: unknown;
    readonly after: unknown;
    readonly reason: string;
  },
): Promise<Amendment> {
  const [row] = await tx
    .insert(amendments)
    .values({ ...change, clinicId: actor.clinicId, amendedBy: actor.userId })
    .returning();
  if (row === undefined) throw new Error("amendment insert returned no row");
  return toAmendment(row);
}

/** A patient's amendments to one kind of row, grouped by the row they correct, oldest first. */
export async function amendmentsByRow(
  tx: Tx,
  patientId: string,
  resource: ClinicalResource,
): Promise<Map<string, Amendment[]>> {
  const rows = await tx
    .select()
    .from(amendments)
    .where(and(eq(amendments.patientId, patientId), eq(amendments.resource, resource)))
    .orderBy(asc(amendments.seq));
  const byRow = new Map<string, Amendment[]>();
  for (const row of rows) {
    const list = byRow.get(row.rowId) ?? [];
    list.push(toAmendment(row));
    byRow.set(row.rowId, list);
  }
  return byRow;
}
