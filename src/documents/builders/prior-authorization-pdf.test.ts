// The prior-authorization packet as a PDF: trials, rationale and the estimate are in the text layer.

import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { contentHash } from "../content-hash.ts";
import type { ClinicalDocument } from "../document-model.ts";
import { renderPdf } from "../render-pdf.ts";
import { buildPriorAuthorization } from "./prior-authorization.ts";
import { demoPriorAuthorizationInput } from "./prior-authorization-demo.ts";

const fonts = `${join(import.meta.dirname, "../../../node_modules/pdfjs-dist/standard_fonts")}/`;

/** Every page's text, whitespace folded to single spaces so wrapped cells read as one phrase. */
async function textLayer(document: ClinicalDocument): Promise<string> {
  const pdf = await renderPdf(document, { version: 1, contentHash: contentHash(document), signed: null });
  const doc = await getDocument({ data: new Uint8Array(pdf), standardFontDataUrl: fonts }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages.join(" ").replace(/\s+/g, " ");
}

describe("the prior-authorization packet as a PDF", () => {
  it("shows each trial judged, the rationale and the out-of-pocket figure", async () => {
    const text = await textLayer(
      buildPriorAuthorization(demoPriorAuthorizationInput("2026-11-28", "esketamine")),
    );
    expect(text).toContain("Prior authorization request: esketamine");
    expect(text).toMatch(/sertraline 150 mg 10 weeks no response yes: adequate, did not work/);
    expect(text).toContain("mirtazapine 15 mg 3 weeks not tolerated no: not an adequate trial");
    expect(text).toContain("This meets the clinic's definition of treatment-resistant depression");
    expect(text).toContain("CBT, 14 sessions");
    expect(text).toMatch(/31 of 60 Moderate depression/);
    expect(text).toContain("Deductible remaining $750.00");
    expect(text).toContain("Estimated out-of-pocket for 8 sessions: $2,520.00");
    expect(text).toContain("Full self-pay price $11,200.00");
  });

  it("shows the TMS estimate as a range when cover is unknown", async () => {
    const text = await textLayer(buildPriorAuthorization(demoPriorAuthorizationInput("2026-11-28", "tms")));
    expect(text).toContain("Prior authorization request: TMS");
    expect(text).toMatch(
      /Estimated out-of-pocket for 30 sessions: between \$[\d,]+\.\d\d and \$[\d,]+\.\d\d/,
    );
    expect(text).toContain("Pathway covered unknown");
  });
});
