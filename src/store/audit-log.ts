// The append-only audit log: one hash chain per clinic plus one for events of no clinic, appended under a per-chain lock.

import { createHash } from "node:crypto";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { auditEvents } from "./schema-accounts.ts";
import type { AuditEvent, AuditInput, AuditOutcome, Role } from "./store.ts";
import { roles } from "./store.ts";
import { type Db, type Tx, withTenancy } from "./tenancy.ts";

// The first link of every chain; migration 0005 writes the same.
const genesis = "0".repeat(64);
const chainLockClass = 7_460_001;
const verifyPageSize = 5_000;

/** An event as stored: verification hashes the columns as they are, not as this version reads them. */
interface Hashed {
  readonly at: Date;
  readonly clinicId: string | null;
  readonly userId: string | null;
  readonly role: string | null;
  readonly action: string;
  readonly resource: string;
  readonly resourceId: string | null;
  readonly outcome: string;
  readonly address: string | null;
}

/** The bytes an event's hash covers: every field, in a fixed order, as JSON. */
export function canonicalAuditEvent(event: Hashed): string {
  return JSON.stringify([
    "titrate-audit-v1",
    event.at.toISOString(),
    event.clinicId,
    event.userId,
    event.role,
    event.action,
    event.resource,
    event.resourceId,
    event.outcome,
    event.address,
  ]);
}

export function chainHash(prevHash: string, event: Hashed): string {
  return createHash("sha256").update(prevHash).update(canonicalAuditEvent(event)).digest("hex");
}

const outcomes: readonly AuditOutcome[] = ["success", "denied", "not-found", "invalid", "error"];
const asRole = (value: string | null): Role | null => roles.find((r) => r === value) ?? null;
const asOutcome = (value: string): AuditOutcome => outcomes.find((o) => o === value) ?? "error";

type Row = typeof auditEvents.$inferSelect;

function toEvent(row: Row): AuditEvent {
  return {
    seq: row.seq,
    at: row.at,
    userId: row.userId,
    role: asRole(row.role),
    clinicId: row.clinicId,
    action: row.action,
    resource: row.resource,
    resourceId: row.resourceId,
    outcome: asOutcome(row.outcome),
    address: row.address,
    hash: row.hash,
  };
}

/**
 * Appends one event to its chain. The transaction must be able to see that chain: scoped to the event's
 * clinic, or to `audit` for events of no clinic. The chain's lock is held until commit, so a chain's
 * order is its commit order and no two appends read the same head. The database function (migration
 * 0005) takes the lock, reads the head and hashes the link as `chainHash` does, in one round trip.
 */
export async function appendAudit(tx: Tx, input: AuditInput, at: Date): Promise<void> {
  const e: Hashed = { ...input, at };
  await tx.execute(sql`select titrate_append_audit(${chainLockClass}, ${at}, ${e.clinicId}, ${e.userId},
    ${e.role}, ${e.action}, ${e.resource}, ${e.resourceId}, ${e.outcome}, ${e.address}, ${canonicalAuditEvent(e)})`);
}

export async function listAudit(
  tx: Tx,
  clinicId: string,
  page: { readonly afterSeq: number; readonly limit: number },
): Promise<AuditEvent[]> {
  const rows = await tx
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.clinicId, clinicId), gt(auditEvents.seq, page.afterSeq)))
    .orderBy(asc(auditEvents.seq))
    .limit(page.limit);
  return rows.map(toEvent);
}

/** Re-walks every chain in one snapshot; a break is a row whose link or hash does not match. */
export function verifyAudit(
  db: Db,
): Promise<{ readonly ok: boolean; readonly checked: number; readonly firstBreak: number | null }> {
  return withTenancy(
    db,
    { scope: "audit" },
    async (tx) => {
      const heads = new Map<string, string>();
      let checked = 0;
      let firstBreak: number | null = null;
      for (let after = 0; ; ) {
        const rows = await tx
          .select()
          .from(auditEvents)
          .where(gt(auditEvents.seq, after))
          .orderBy(asc(auditEvents.seq))
          .limit(verifyPageSize);
        for (const row of rows) {
          const chain = row.clinicId ?? "";
          const expected = heads.get(chain) ?? genesis;
          const intact = row.prevHash === expected && row.hash === chainHash(expected, row);
          if (!intact && firstBreak === null) firstBreak = row.seq;
          heads.set(chain, row.hash);
          checked++;
          after = row.seq;
        }
        if (rows.length < verifyPageSize) break;
      }
      return { ok: firstBreak === null, checked, firstBreak };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
