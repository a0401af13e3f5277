// The content hash depends on the content only: key order does not change it, any changed fact does.

import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash } from "./content-hash.ts";
import type { ClinicalDocument } from "./document-model.ts";

const doc: ClinicalDocument = {
  kind: "course-record",
  meta: {
    title: "Course record",
    audience: "clinician",
    clinicName: "Test clinic",
    author: { name: "a@example.test", role: "prescriber" },
    date: "2026-11-01",
    asOf: "2026-11-01",
    knowledgeVersion: "1",
    patient: { name: "Test Person", birthDate: "1980-01-01", mrn: null },
  },
  sections: [{ heading: "Scores", blocks: [{ kind: "paragraph", text: "PHQ-9 went from 20 to 8." }] }],
};

describe("content hash", () => {
  it("sorts keys at every depth and drops undefined fields", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"f":1}]},"b":1}',
    );
  });

  it("is the same for the same content written in another key order", () => {
    const reordered = JSON.parse(JSON.stringify({ sections: doc.sections, meta: doc.meta, kind: doc.kind }));
    expect(contentHash(reordered)).toBe(contentHash(doc));
    expect(contentHash(doc)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes when one fact changes", () => {
    const changed: ClinicalDocument = {
      ...doc,
      sections: [{ heading: "Scores", blocks: [{ kind: "paragraph", text: "PHQ-9 went from 20 to 9." }] }],
    };
    expect(contentHash(changed)).not.toBe(contentHash(doc));
  });
});
