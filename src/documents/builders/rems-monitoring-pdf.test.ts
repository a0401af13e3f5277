// The esketamine monitoring record as a PDF: its facts are in the text layer, read back with pdf.js.

import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { contentHash } from "../content-hash.ts";
import type { ClinicalDocument } from "../document-model.ts";
import { renderPdf } from "../render-pdf.ts";
import { buildRemsMonitoring } from "./rems-monitoring.ts";
import { demoRemsInput } from "./rems-monitoring-demo.ts";

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

describe("the esketamine monitoring record as a PDF", () => {
  it("carries the session's identification, vitals at clock times, and discharge facts", async () => {
    const input = demoRemsInput("2026-11-28");
    const text = await textLayer(buildRemsMonitoring(input));
    expect(text).toContain("Esketamine post-dose monitoring, 25 Nov 2026");
    expect(text).toContain("REMS patient ID RP-DEMO-20417");
    expect(text).toContain("Dose administered 84 mg (3 devices of 28 mg)");
    expect(text).toContain("40 min 14:45 142/88 mmHg not recorded not recorded moderate present");
    expect(text).toContain("125 min 16:10 126/80 mmHg 76/min");
    expect(text).toContain("Observed at least 120 minutes yes");
    expect(text).toContain("Escort home confirmed not recorded");
    expect(text).toContain("Adverse events Dizziness on standing at 60 minutes");
    expect(text).toContain("Escort: not confirmed");
  });

  it("says none recorded for a session without adverse events", async () => {
    const input = demoRemsInput("2026-11-28");
    const observed = input.record.sessions.flatMap((s, i) => (s.observation === undefined ? [] : [i]));
    const text = await textLayer(
      buildRemsMonitoring({ ...input, session: { sessionIndex: observed[0] ?? -1 } }),
    );
    expect(text).toContain("Adverse events none recorded");
    expect(text).toContain("Sedation resolved by 80 min after the dose");
    expect(text).toContain("Every discharge criterion is met as charted");
  });
});
