// The content hash: SHA-256 over a canonical JSON of the document model, so equal content gives an equal hash.

import { createHash } from "node:crypto";
import type { ClinicalDocument } from "./document-model.ts";

/** JSON with object keys sorted at every depth and no whitespace; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function contentHash(document: ClinicalDocument): string {
  return createHash("sha256").update(canonicalJson(document), "utf8").digest("hex");
}
