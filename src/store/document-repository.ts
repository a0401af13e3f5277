// Stored clinical documents: drafts, versions per kind, signing; a signed row is final (a trigger enforces it too).

import { and, desc, eq, max } from "drizzle-orm";
import { StoreError } from "./errors.ts";
import { findPatientRow } from "./patient-repository.ts";
import { documents } from "./schema-clinical.ts";
import type { Actor } from "./store.ts";
import { isUuid, type Tx } from "./tenancy.ts";

/** A stored document's identity and state; `content` (the rendered PDF) and the model come separately. */
export interface StoredDocument {
  readonly id: string;
  readonly patientId: string;
  readonly kind: string;
  readonly version: number;
  readonly contentHash: string;
  readonly signed: boolean;
  readonly signedBy: string | null;
  readonly signedAt: Date | null;
  readonly createdBy: string;
  readonly createdAt: Date;
  /** True when a later version of the same kind exists. */
  readonly superseded: boolean;
}

export interface StoredDocumentContent extends StoredDocument {
  /** The document model as stored (JSON); the caller validates it. */
  readonly model: unknown;
  /** The PDF rendered when the row was written (and re-rendered on signing). */
  readonly pdf: Buffer | null;
}

export interface NewDocument {
  readonly patientId: string;
  readonly kind: string;
  readonly contentHash: string;
  readonly model: unknown;
  readonly pdf: Buffer;
}

export interface DocumentScope {
  /** Stores a new draft, numbered one past the highest version of that kind for the patient. */
  create(input: NewDocument): Promise<StoredDocument>;
  /** Newest first. */
  list(patientId: string): Promise<StoredDocument[]>;
  get(patientId: string, documentId: string): Promise<StoredDocumentContent | null>;
  /**
   * Signs a draft as the actor; `finish` gives the stored JSON and PDF as signed (they may name the signer).
   * Null for an unknown document; a StoreError "conflict" when it is already signed.
   */
  sign(
    patientId: string,
    documentId: string,
    finish: (stored: StoredDocumentContent, signedAt: Date) => Promise<{ model: unknown; pdf: Buffer }>,
    at: Date,
  ): Promise<StoredDocument | null>;
}

type Row = typeof documents.$inferSelect;

function toStored(row: Row, latest: number): StoredDocument {
  return {
    id: row.id,
    patientId: row.patientId,
    kind: row.kind,
    version: row.version,
    contentHash: row.contentHash,
    signed: row.signed,
    signedBy: row.signedBy,
    signedAt: row.signedAt,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    superseded: row.version < latest,
  };
}

async function latestVersion(tx: Tx, patientId: string, kind: string): Promise<number> {
  const [row] = await tx
    .select({ version: max(documents.version) })
    .from(documents)
    .where(and(eq(documents.patientId, patientId), eq(documents.kind, kind)));
  return row?.version ?? 0;
}

async function findRow(tx: Tx, patientId: string, documentId: string): Promise<Row | null> {
  if (!isUuid(patientId) || !isUuid(documentId)) return null;
  const [row] = await tx
    .select()
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.patientId, patientId)));
  return row ?? null;
}

export function documentScope(tx: Tx, actor: Actor): DocumentScope {
  return {
    async create(input) {
      if ((await findPatientRow(tx, input.patientId)) === null) {
        throw new StoreError("not-found", "No such patient.");
      }
      const version = (await latestVersion(tx, input.patientId, input.kind)) + 1;
      const [row] = await tx
        .insert(documents)
        .values({
          clinicId: actor.clinicId,
          patientId: input.patientId,
          kind: input.kind,
          version,
          contentHash: input.contentHash,
          contentJson: input.model,
          content: input.pdf,
          createdBy: actor.userId,
        })
        .returning();
      if (row === undefined) throw new Error("document insert returned no row");
      return toStored(row, version);
    },

    async list(patientId) {
      if (!isUuid(patientId)) return [];
      const rows = await tx
        .select()
        .from(documents)
        .where(eq(documents.patientId, patientId))
        .orderBy(desc(documents.seq));
      const latest = new Map<string, number>();
      for (const r of rows) latest.set(r.kind, Math.max(latest.get(r.kind) ?? 0, r.version));
      return rows.map((r) => toStored(r, latest.get(r.kind) ?? r.version));
    },

    async get(patientId, documentId) {
      const row = await findRow(tx, patientId, documentId);
      if (row === null) return null;
      const latest = await latestVersion(tx, patientId, row.kind);
      return { ...toStored(row, latest), model: row.contentJson, pdf: row.content };
    },

    async sign(patientId, documentId, finish, at) {
      const row = await findRow(tx, patientId, documentId);
      if (row === null) return null;
      if (row.signed) throw new StoreError("conflict", "The document is already signed.");
      const latest = await latestVersion(tx, patientId, row.kind);
      const { model, pdf } = await finish(
        { ...toStored(row, latest), model: row.contentJson, pdf: row.content },
        at,
      );
      const [updated] = await tx
        .update(documents)
        .set({
          signed: true,
          signedBy: actor.userId,
          signedAt: at,
          content: pdf,
          contentJson: model,
          updatedAt: at,
        })
        .where(and(eq(documents.id, documentId), eq(documents.signed, false)))
        .returning();
      if (updated === undefined) throw new StoreError("conflict", "The document is already signed.");
      return toStored(updated, latest);
    },
  };
}
