// The take-home comparison: every option with its eligibility, reasons and cost in plain words, HTML and PDF.

import { describe, expect, it } from "vitest";
import {
  assess,
  assessIntake,
  coverageSchema,
  defaultSettings,
  type IntakeRecordInput,
  intakeRecordSchema,
  patientRecordSchema,
  priceListSchema,
} from "../../clinical/index.ts";
import {
  baseIntake,
  scenarioBirthDate,
  scenarioCoverage,
  scenarioPrices,
} from "../../clinical/intake/scenarios/intake-scenarios.ts";
import type { ClinicalDocument } from "../document-model.ts";
import { renderHtml } from "../render-html.ts";
import { renderPdf } from "../render-pdf.ts";
import { buildPathwayComparison } from "./pathway-comparison.ts";

const today = "2026-11-02";

function build(change: Partial<IntakeRecordInput> = {}): ClinicalDocument {
  const record = patientRecordSchema.parse({
    patient: { id: "p1", birthDate: scenarioBirthDate, sex: "female", weightKg: 70 },
  });
  const comparison = assessIntake({
    intake: intakeRecordSchema.parse({ ...baseIntake, ...change }),
    birthDate: scenarioBirthDate,
    settings: defaultSettings,
    coverage: scenarioCoverage.map((c) => coverageSchema.parse(c)),
    priceList: priceListSchema.parse(scenarioPrices),
  });
  return buildPathwayComparison({
    record,
    assessment: assess(record, today, defaultSettings),
    patient: { name: "Rowan Example", birthDate: scenarioBirthDate, mrn: null },
    clinic: { name: "Synthetic Clinic" },
    author: { name: "coordinator@clinic.test", role: "coordinator" },
    date: today,
    decisions: [],
    comparison,
  });
}

function text(doc: ClinicalDocument): string {
  return JSON.stringify(doc.sections);
}

describe("pathway-comparison document", () => {
  it("is for the patient, and lists all three options in the engine's order with cost in dollars", () => {
    const doc = build();
    expect(doc.kind).toBe("pathway-comparison");
    expect(doc.meta.audience).toBe("patient");
    const table = doc.sections.find((s) => s.heading === "Your options side by side")?.blocks[0];
    if (table?.kind !== "table") throw new Error("expected the side-by-side table");
    expect(table.rows.map((r) => r[0])).toEqual([
      "1. Esketamine nasal spray (Spravato)",
      "2. TMS (magnetic stimulation)",
      "3. Ketamine through a drip (IV)",
    ]);
    expect(table.rows[2]?.[5]).toBe("about $3,000.00 for 6 sessions (your plan does not cover it)");
  });

  it("says plainly why an option is not available, and shows every factor's lean", () => {
    const doc = build({ medical: { aneurysmalVascularDisease: true } });
    expect(text(doc)).toContain("Not right now: aneurysmal vascular disease");
    expect(text(doc)).toContain("Contraindications and cautions: counts strongly against it");
  });

  it("puts safety first in a crisis, and never blames the patient", () => {
    const crisis = build({ cssrs: { date: today, items: [1, 1, 1, 1, 0, 0] } });
    const first = crisis.sections[0]?.blocks[0];
    expect(first).toMatchObject({ kind: "callout", tone: "warning" });
    expect(text(build())).not.toContain("988");
    for (const word of ["failed you", "your fault", "non-compliant", "refused"])
      expect(text(crisis)).not.toContain(word);
    expect(text(crisis)).toContain("not about you");
  });

  it("renders to HTML and PDF", async () => {
    const doc = build();
    const info = { version: 1, contentHash: "0".repeat(64), signed: null };
    const html = renderHtml(doc, info);
    expect(html).toContain("Comparing your next treatment options");
    expect(html).toContain("Why they are in this order");
    const pdf = await renderPdf(doc, info);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
