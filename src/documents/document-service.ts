// Generating, rendering and signing stored documents through a clinic's store scope; shared by the API and the CLI.

import { assess } from "../clinical/index.ts";
import type { StoredDocument, StoredDocumentContent } from "../store/document-repository.ts";
import type { ClinicScope } from "../store/store.ts";
import { type DocumentExtras, documentBuilders } from "./builders/index.ts";
import { contentHash } from "./content-hash.ts";
import { extrasFor } from "./document-extras.ts";
import type { ClinicalDocument, DocumentKind, StoredDocumentInfo } from "./document-model.ts";
import { type StoredModel, storedModelSchema } from "./document-schema.ts";
import { renderHtml } from "./render-html.ts";
import { renderPdf } from "./render-pdf.ts";

export type DocumentFailure =
  | "not-found"
  | "kind-not-generated"
  | "invalid-stored-document"
  | "invalid-choice";

export class DocumentError extends Error {
  readonly reason: DocumentFailure;
  /** For "invalid-choice": the request field at fault; the message then states the rule, never a value. */
  readonly field: string | null;
  constructor(reason: DocumentFailure, message: string, field: string | null = null) {
    super(message);
    this.name = "DocumentError";
    this.reason = reason;
    this.field = field;
  }
}

/** Kinds this service builds from the stored record alone. */
export function generatedKinds(): DocumentKind[] {
  return Object.keys(documentBuilders) as DocumentKind[];
}

export interface GenerateRequest {
  readonly patientId: string;
  readonly kind: DocumentKind;
  /** YYYY-MM-DD: the document's date and the assessment's as-of date. */
  readonly today: string;
  readonly author: { readonly name: string; readonly role: string };
  /** rems-monitoring: the session; prior-authorization: the pathway (else the latest pathway decision's). */
  readonly choice?: Pick<DocumentExtras, "session" | "pathway">;
}

function info(row: StoredDocument, signer: string | null): StoredDocumentInfo {
  return {
    version: row.version,
    contentHash: row.contentHash,
    signed:
      row.signed && row.signedAt !== null
        ? { by: signer ?? "a clinic user", at: row.signedAt.toISOString() }
        : null,
  };
}

/** Builds the document from the stored record and its Assessment, renders the draft PDF and stores a new version. */
export async function generateDocument(
  scope: ClinicScope,
  request: GenerateRequest,
): Promise<StoredDocument> {
  const build = documentBuilders[request.kind];
  if (build === undefined) {
    throw new DocumentError("kind-not-generated", `${request.kind} is not generated from the record alone`);
  }
  const patient = await scope.getPatient(request.patientId);
  const record = await scope.loadRecord(request.patientId);
  if (patient === null || record === null) throw new DocumentError("not-found", "No such patient.");
  const decisions = await scope.listDecisions(request.patientId);
  const extras = await extrasFor(scope, request.kind, record, request.patientId, request.choice ?? {});
  if (!extras.ok) throw new DocumentError("invalid-choice", extras.message, extras.field);
  const document = build({
    ...extras.extras,
    record,
    assessment: assess(record, request.today, scope.clinic.settings),
    patient: {
      name: `${patient.givenName} ${patient.familyName}`,
      birthDate: patient.birthDate,
      mrn: patient.mrn,
    },
    clinic: { name: scope.clinic.name },
    author: request.author,
    date: request.today,
    decisions: decisions.map((d) => ({ code: d.code, decision: d.decision, reason: d.reason, asOf: d.asOf })),
  });
  const hash = contentHash(document);
  // Versions number from the store; the draft PDF shows the number it will get.
  const versions = (await scope.documents.list(request.patientId)).filter((d) => d.kind === request.kind);
  const version = Math.max(0, ...versions.map((d) => d.version)) + 1;
  const pdf = await renderPdf(document, { version, contentHash: hash, signed: null });
  const model: StoredModel = { document, signer: null };
  return scope.documents.create({
    patientId: request.patientId,
    kind: request.kind,
    contentHash: hash,
    model,
    pdf,
  });
}

function parseModel(row: StoredDocumentContent): StoredModel {
  const parsed = storedModelSchema.safeParse(row.model);
  if (!parsed.success)
    throw new DocumentError("invalid-stored-document", "The stored document cannot be read.");
  return parsed.data;
}

export interface LoadedDocument {
  readonly row: StoredDocument;
  readonly document: ClinicalDocument;
  readonly info: StoredDocumentInfo;
  readonly pdf: Buffer | null;
}

export async function loadDocument(
  scope: ClinicScope,
  patientId: string,
  documentId: string,
): Promise<LoadedDocument> {
  const row = await scope.documents.get(patientId, documentId);
  if (row === null) throw new DocumentError("not-found", "No such document.");
  const model = parseModel(row);
  return { row, document: model.document, info: info(row, model.signer), pdf: row.pdf };
}

export async function documentPdf(loaded: LoadedDocument): Promise<Buffer> {
  return loaded.pdf ?? renderPdf(loaded.document, loaded.info);
}

export function documentHtml(loaded: LoadedDocument): string {
  return renderHtml(loaded.document, loaded.info);
}

/** Signs as the scope's user (`signer` is how the document names them) and stores the PDF with the signature. */
export async function signDocument(
  scope: ClinicScope,
  patientId: string,
  documentId: string,
  signer: string,
  at: Date,
): Promise<StoredDocument> {
  const signed = await scope.documents.sign(
    patientId,
    documentId,
    async (stored, signedAt) => {
      const model = parseModel(stored);
      const pdf = await renderPdf(model.document, {
        version: stored.version,
        contentHash: stored.contentHash,
        signed: { by: signer, at: signedAt.toISOString() },
      });
      return { model: { ...model, signer } satisfies StoredModel, pdf };
    },
    at,
  );
  if (signed === null) throw new DocumentError("not-found", "No such document.");
  return signed;
}

/** The file name a download gets: kind, version and date only, never the patient's name. */
export function documentFileName(row: StoredDocument, date: string, extension: "pdf" | "html"): string {
  return `${row.kind}-v${row.version}-${date}.${extension}`;
}
