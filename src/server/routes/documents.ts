// Clinical documents for a patient: generate from the stored record, list versions, read or download, sign.

import type { FastifyReply } from "fastify";
import { z } from "zod";
import { requestedPathways, type SessionSelector } from "../../documents/builders/index.ts";
import { documentKinds } from "../../documents/document-model.ts";
import {
  DocumentError,
  documentFileName,
  documentHtml,
  documentPdf,
  type GenerateRequest,
  generateDocument,
  generatedKinds,
  loadDocument,
  signDocument,
} from "../../documents/document-service.ts";
import type { StoredDocument } from "../../store/document-repository.ts";
import { permission, signedInAs } from "../access.ts";
import { inClinic } from "../audit-hook.ts";
import type { ServerDeps, ZodApp } from "../context.ts";
import { AppError, invalid, withErrors } from "../errors.ts";
import { idParams } from "../schemas.ts";

const documentParams = idParams.extend({
  docId: z.guid("must be a UUID").describe("Document id"),
});

const documentSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  kind: z.enum(documentKinds),
  version: z.number().int(),
  contentHash: z.string().describe("SHA-256 of the document model's canonical JSON"),
  signed: z.boolean(),
  signedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  superseded: z.boolean().describe("A later version of the same kind exists"),
});

const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

const generateBody = z
  .object({
    kind: z.enum(documentKinds).describe("The document kind"),
    sessionDate: isoDate
      .optional()
      .describe("rems-monitoring: the date of the esketamine session (the last one that day)"),
    sessionIndex: z
      .number()
      .int("must be a whole number")
      .min(0, "must be 0 or more")
      .optional()
      .describe("rems-monitoring: the session's index in the record's sessions"),
    pathway: z
      .enum(requestedPathways)
      .optional()
      .describe(
        "prior-authorization: the treatment asked for; default the latest esketamine or TMS decision",
      ),
  })
  .refine((b) => b.sessionDate === undefined || b.sessionIndex === undefined, {
    path: ["sessionIndex"],
    message: "give sessionDate or sessionIndex, not both",
  })
  .describe(
    "Without a session, a rems-monitoring record is for the latest esketamine session with observation data",
  );

function choiceOf(body: z.output<typeof generateBody>): NonNullable<GenerateRequest["choice"]> {
  const session: SessionSelector | undefined =
    body.sessionDate !== undefined
      ? { sessionDate: body.sessionDate }
      : body.sessionIndex !== undefined
        ? { sessionIndex: body.sessionIndex }
        : undefined;
  return {
    ...(session === undefined ? {} : { session }),
    ...(body.pathway === undefined ? {} : { pathway: body.pathway }),
  };
}

function toDto(d: StoredDocument): z.output<typeof documentSchema> {
  const kind = documentKinds.find((k) => k === d.kind);
  if (kind === undefined) throw new Error("stored document of an unknown kind");
  return {
    id: d.id,
    patientId: d.patientId,
    kind,
    version: d.version,
    contentHash: d.contentHash,
    signed: d.signed,
    signedBy: d.signedBy,
    signedAt: d.signedAt?.toISOString() ?? null,
    createdBy: d.createdBy,
    createdAt: d.createdAt.toISOString(),
    superseded: d.superseded,
  };
}

/** Document failures as the API's error codes. */
async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DocumentError) {
      if (error.reason === "not-found") throw new AppError("not-found");
      if (error.reason === "kind-not-generated")
        throw invalid([{ field: "kind", message: `must be one of ${generatedKinds().join(", ")}` }]);
      if (error.reason === "invalid-choice")
        throw invalid([{ field: error.field ?? "body", message: error.message }]);
    }
    throw error;
  }
}

// A document page needs only its own inline styles and SVG; it runs no script and loads nothing.
const documentPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox";

function sendFile(reply: FastifyReply, body: Buffer | string, type: string, name: string, download: boolean) {
  if (!download) reply.header("content-security-policy", documentPolicy);
  return reply
    .header("content-type", type)
    .header("content-disposition", `${download ? "attachment" : "inline"}; filename="${name}"`)
    .header("cache-control", "no-store")
    .send(body);
}

export function documentRoutes(app: ZodApp, deps: ServerDeps): void {
  const tags = ["documents"];

  app.post(
    "/api/patients/:id/documents",
    {
      config: permission("documents.create"),
      schema: {
        tags,
        summary: "Generate a document from the stored record and its assessment as of today",
        description: "Stores a new draft version; earlier versions of the same kind stay readable.",
        params: idParams,
        body: generateBody,
        response: withErrors({ 201: documentSchema }),
      },
    },
    async (request, reply) => {
      const { user } = signedInAs(request);
      const stored = await mapped(() =>
        inClinic(
          deps,
          request,
          (scope) =>
            generateDocument(scope, {
              patientId: request.params.id,
              kind: request.body.kind,
              today: deps.today(),
              author: { name: user.email, role: user.role },
              choice: choiceOf(request.body),
            }),
          (d) => d.id,
        ),
      );
      return reply.status(201).send(toDto(stored));
    },
  );

  app.get(
    "/api/patients/:id/documents",
    {
      config: permission("documents.list"),
      schema: {
        tags,
        summary: "List a patient's documents, newest first",
        params: idParams,
        response: withErrors({ 200: z.object({ items: z.array(documentSchema) }) }),
      },
    },
    async (request) => {
      const rows = await inClinic(deps, request, async (scope) => {
        if ((await scope.getPatient(request.params.id)) === null) throw new AppError("not-found");
        return scope.documents.list(request.params.id);
      });
      return { items: rows.map(toDto) };
    },
  );

  app.get(
    "/api/patients/:id/documents/:docId",
    {
      config: permission("documents.read"),
      schema: {
        tags,
        summary: "A document's details, or its rendering with ?format=html|pdf",
        description:
          "`format=pdf` answers application/pdf as a download; `format=html` a complete HTML page.",
        params: documentParams,
        querystring: z.object({ format: z.enum(["json", "html", "pdf"]).default("json") }),
        response: withErrors({ 200: documentSchema.or(z.string()).or(z.instanceof(Buffer)) }),
      },
    },
    async (request, reply) => {
      const { id, docId } = request.params;
      const loaded = await mapped(() =>
        inClinic(
          deps,
          request,
          (scope) => loadDocument(scope, id, docId),
          () => docId,
        ),
      );
      const date = loaded.document.meta.date;
      if (request.query.format === "pdf") {
        return sendFile(
          reply,
          await documentPdf(loaded),
          "application/pdf",
          documentFileName(loaded.row, date, "pdf"),
          true,
        );
      }
      if (request.query.format === "html") {
        return sendFile(
          reply,
          documentHtml(loaded),
          "text/html; charset=utf-8",
          documentFileName(loaded.row, date, "html"),
          false,
        );
      }
      return toDto(loaded.row);
    },
  );

  app.post(
    "/api/patients/:id/documents/:docId/sign",
    {
      config: permission("documents.sign"),
      schema: {
        tags,
        summary: "Sign a draft document, making that version final",
        description: "A signed version cannot change; generate again for a new version that supersedes it.",
        params: documentParams,
        response: withErrors({ 200: documentSchema }),
      },
    },
    async (request) => {
      const { user } = signedInAs(request);
      const { id, docId } = request.params;
      const signed = await mapped(() =>
        inClinic(
          deps,
          request,
          (scope) => signDocument(scope, id, docId, user.email, deps.clock()),
          () => docId,
        ),
      );
      return toDto(signed);
    },
  );
}
