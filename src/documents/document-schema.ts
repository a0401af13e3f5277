// The document model as a zod schema: checks a document read back from storage before it is rendered again.

import { z } from "zod";
import type { ClinicalDocument } from "./document-model.ts";
import { documentKinds } from "./document-model.ts";

const text = z.string();
const isoDay = z.iso.date();

const chart = z.object({
  instrument: text,
  points: z.array(z.object({ date: isoDay, total: z.number() })),
  lines: z.array(
    z.object({
      value: z.number(),
      label: text,
      kind: z.enum(["baseline", "response", "partial", "remission"]),
    }),
  ),
  sessions: z.array(
    z.object({ date: isoDay, route: text, dose: text, cadss: z.number().nullable(), detail: text }),
  ),
  description: text,
});

const block = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("paragraph"), text }),
  z.object({ kind: z.literal("callout"), text, tone: z.enum(["info", "warning"]) }),
  z.object({ kind: z.literal("list"), items: z.array(text), ordered: z.boolean().optional() }),
  z.object({ kind: z.literal("facts"), rows: z.array(z.object({ label: text, value: text })) }),
  z.object({
    kind: z.literal("table"),
    columns: z.array(text),
    rows: z.array(z.array(text)),
    caption: text.optional(),
  }),
  z.object({ kind: z.literal("trajectory-chart"), chart, altText: text }),
  z.object({ kind: z.literal("empty"), text }),
  z.object({ kind: z.literal("signature"), lines: z.array(text) }),
]);

export const clinicalDocumentSchema = z.object({
  kind: z.enum(documentKinds),
  meta: z.object({
    title: text,
    audience: z.enum(["clinician", "payer", "referrer", "patient"]),
    clinicName: text,
    author: z.object({ name: text, role: text }),
    date: isoDay,
    asOf: isoDay,
    knowledgeVersion: text,
    patient: z.object({ name: text, birthDate: isoDay, mrn: text.nullable() }),
  }),
  sections: z.array(z.object({ heading: text, blocks: z.array(block) })),
}) satisfies z.ZodType<ClinicalDocument>;

/** What the documents table's JSON column holds: the model, and once signed, who signed it in words. */
export interface StoredModel {
  readonly document: ClinicalDocument;
  readonly signer: string | null;
}

export const storedModelSchema = z.object({
  document: clinicalDocumentSchema,
  signer: text.nullable(),
}) satisfies z.ZodType<StoredModel>;
