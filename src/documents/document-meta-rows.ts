// The title block's facts, worded once for both renderers, dates written the way document bodies write them.

import { day } from "./builders/document-words.ts";
import type { DocumentMeta } from "./document-model.ts";

export function metaRows(meta: DocumentMeta): [string, string][] {
  return [
    ["Patient", meta.patient.name],
    ["Date of birth", day(meta.patient.birthDate)],
    ["MRN", meta.patient.mrn ?? "not recorded"],
    ["Clinic", meta.clinicName],
    ["Prepared by", `${meta.author.name} (${meta.author.role})`],
    ["Date", meta.date === meta.asOf ? day(meta.date) : `${day(meta.date)} (record as of ${day(meta.asOf)})`],
  ];
}

/** The footer's first line: date, version, signature state and knowledge version. */
export function footerLine(meta: DocumentMeta, version: number, status: string): string {
  return `${day(meta.date)} · version ${version} · ${status} · knowledge ${meta.knowledgeVersion}`;
}
