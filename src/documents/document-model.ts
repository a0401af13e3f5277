// The clinical document model: plain data that builders produce and the HTML and PDF renderers both draw.
//
// Contract, for anyone adding a document kind:
// - A builder is a pure function `(input) => ClinicalDocument`: no I/O, no clock, no randomness. Today's date, the
//   clinic, the author and the Assessment (from src/clinical `assess`) come in through `DocumentInput`. A builder that
//   needs more (e.g. coverage facts a clinic enters) takes `DocumentInput & { its own extra fields }`.
// - Every fact comes from the record or the Assessment; builders never recompute clinical logic.
// - A section with nothing to show keeps its heading and holds an `empty` block that says so.
// - Text is plain (no markup); renderers escape it. Dates in blocks are already written for reading.
// - The document is JSON-safe: the content hash (content-hash.ts) is SHA-256 over its canonical JSON, and the
//   database stores it as is. Version, signature state and the hash live beside it (`StoredDocumentInfo`), not in it.

import type { TrajectoryInput } from "../charts/trajectory-plot.ts";
import type { Assessment, PatientRecord } from "../clinical/index.ts";

export const documentKinds = [
  "course-record",
  "referral-report",
  "discontinuation-summary",
  "prior-authorization",
  "rems-monitoring",
  "patient-letter",
  "pathway-comparison",
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export type Audience = "clinician" | "payer" | "referrer" | "patient";

export interface DocumentMeta {
  readonly title: string;
  readonly audience: Audience;
  readonly clinicName: string;
  readonly author: { readonly name: string; readonly role: string };
  /** The day the document was produced (YYYY-MM-DD), passed in. */
  readonly date: string;
  /** The Assessment's as-of date, usually the same day. */
  readonly asOf: string;
  readonly knowledgeVersion: string;
  readonly patient: { readonly name: string; readonly birthDate: string; readonly mrn: string | null };
}

export interface FactRow {
  readonly label: string;
  readonly value: string;
}

export type Block =
  | { readonly kind: "paragraph"; readonly text: string }
  /** A short emphasised line: a caution, a key finding, a heading inside a section. */
  | { readonly kind: "callout"; readonly text: string; readonly tone: "info" | "warning" }
  | { readonly kind: "list"; readonly items: readonly string[]; readonly ordered?: boolean | undefined }
  | { readonly kind: "facts"; readonly rows: readonly FactRow[] }
  | {
      readonly kind: "table";
      readonly columns: readonly string[];
      readonly rows: readonly (readonly string[])[];
      readonly caption?: string | undefined;
    }
  /** The chart, and the same data in words for readers who cannot see it. */
  | { readonly kind: "trajectory-chart"; readonly chart: TrajectoryInput; readonly altText: string }
  | { readonly kind: "empty"; readonly text: string }
  /** Signature lines; the renderers fill in who signed and when for a signed document. */
  | { readonly kind: "signature"; readonly lines: readonly string[] };

export interface DocumentSection {
  readonly heading: string;
  readonly blocks: readonly Block[];
}

export interface ClinicalDocument {
  readonly kind: DocumentKind;
  readonly meta: DocumentMeta;
  readonly sections: readonly DocumentSection[];
}

/** Who the patient is, as the clinic knows them (the engine's record holds no name). */
export interface DocumentPatient {
  readonly name: string;
  readonly birthDate: string;
  readonly mrn: string | null;
}

/** Recorded decisions on recommendations, for the "discussion and decisions" parts of a document. */
export interface DocumentDecision {
  readonly code: string;
  readonly decision: "accept" | "override";
  readonly reason: string | null;
  readonly asOf: string;
}

export interface DocumentInput {
  readonly record: PatientRecord;
  readonly assessment: Assessment;
  readonly patient: DocumentPatient;
  readonly clinic: { readonly name: string };
  readonly author: { readonly name: string; readonly role: string };
  /** Today, passed in (YYYY-MM-DD). */
  readonly date: string;
  readonly decisions: readonly DocumentDecision[];
}

export type DocumentBuilder<I extends DocumentInput = DocumentInput> = (input: I) => ClinicalDocument;

/** What the store knows about a stored document that the document itself does not carry. */
export interface StoredDocumentInfo {
  readonly version: number;
  readonly contentHash: string;
  readonly signed: { readonly by: string; readonly at: string } | null;
}
