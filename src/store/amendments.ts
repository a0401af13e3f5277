// Corrections: each keeps what the row held before, what replaced it, who, when and why.

import { and, asc, eq } from "drizzle-orm";
import { users } from "./schema-accounts.ts";
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

function toAmendment(row: typeof amendments.$inferSelect, authorEmail: string | null): Amendment {
  return {
    id: row.id,
    resource: resources.find((r) => r === row.resource) ?? "patients",
    rowId: row.rowId,
    before: row.before,
    after: row.after,
    reason: row.reason,
    amendedBy: row.amendedBy,
    amendedByEmail: authorEmail,
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
  const [author] = await tx.select({ email: users.email }).from(users).where(eq(users.id, actor.userId));
  return toAmendment(row, author?.email ?? null);
}

/** A patient's amendments to one kind of row, grouped by the row they correct, oldest first. */
export async function amendmentsByRow(
  tx: Tx,
  patientId: string,
  resource: ClinicalResource,
): Promise<Map<string, Amendment[]>> {
  // The author's e-mail comes from the clinic's own users (row-level security shows no other clinic's).
  const rows = await tx
    .select({ amendment: amendments, email: users.email })
    .from(amendments)
    .leftJoin(users, eq(users.id, amendments.amendedBy))
    .where(and(eq(amendments.patientId, patientId), eq(amendments.resource, resource)))
    .orderBy(asc(amendments.seq));
  const byRow = new Map<string, Amendment[]>();
  for (const { amendment, email } of rows) {
    const list = byRow.get(amendment.rowId) ?? [];
    list.push(toAmendment(amendment, email));
    byRow.set(amendment.rowId, list);
  }
  return byRow;
}
