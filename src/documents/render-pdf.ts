// The PDF rendering of a clinical document: title block, sections (each heading kept with its first block), frames.

import PDFDocument from "pdfkit";
import { metaRows } from "./document-meta-rows.ts";
import type { ClinicalDocument, StoredDocumentInfo } from "./document-model.ts";
import { drawBlock, openingHeight } from "./pdf-blocks.ts";
import { contentWidth, drawFrames, ensureRoom, left, type Pdf, page } from "./pdf-page.ts";
import { colours, fonts, pdfText } from "./pdf-text.ts";

const audienceLabels = {
  clinician: "For the clinical record",
  payer: "For the payer",
  referrer: "For the referring clinician",
  patient: "For the patient",
} as const;

function titleBlock(doc: Pdf, document: ClinicalDocument) {
  const { meta } = document;
  doc.font(fonts.bold).fontSize(17).fillColor(colours.heading);
  doc.text(pdfText(meta.title), left, doc.y, { width: contentWidth });
  doc.font(fonts.regular).fontSize(9).fillColor(colours.muted);
  doc.text(pdfText(audienceLabels[meta.audience]), { width: contentWidth });
  doc.y += 6;
  const rows = metaRows(meta);
  const half = contentWidth / 2;
  const labelWidth = 80;
  const valueWidth = half - labelWidth - 6;
  // Values wrap inside their half; each pair of facts is as tall as its taller value, so nothing runs into the rule.
  doc.font(fonts.regular).fontSize(9);
  let y = doc.y;
  for (let i = 0; i < rows.length; i += 2) {
    const pair = rows.slice(i, i + 2);
    const height = Math.max(
      14,
      ...pair.map(([, value]) => doc.heightOfString(pdfText(value), { width: valueWidth }) + 3),
    );
    pair.forEach(([label, value], j) => {
      const x = left + j * half;
      doc.font(fonts.bold).fontSize(9).fillColor(colours.muted);
      doc.text(pdfText(`${label}:`), x, y, { width: labelWidth, lineBreak: false });
      doc.font(fonts.regular).fontSize(9).fillColor(colours.text);
      doc.text(pdfText(value), x + labelWidth, y, { width: valueWidth });
    });
    y += height;
  }
  doc.y = y + 6;
  doc
    .moveTo(left, doc.y)
    .lineTo(left + contentWidth, doc.y)
    .lineWidth(1)
    .strokeColor(colours.heading)
    .stroke();
  doc.y += 12;
}

function headingHeight(doc: Pdf, heading: string): number {
  return doc.font(fonts.bold).fontSize(12).heightOfString(pdfText(heading), { width: contentWidth }) + 6;
}

export function renderPdf(document: ClinicalDocument, stored: StoredDocumentInfo): Promise<Buffer> {
  const doc: Pdf = new PDFDocument({
    size: page.size,
    margins: page.margins,
    bufferPages: true,
    autoFirstPage: true,
    // The document's own date, so the same content renders to the same bytes.
    info: {
      Title: pdfText(document.meta.title),
      Author: pdfText(document.meta.author.name),
      Subject: pdfText(`${document.kind} ${stored.contentHash}`),
      Creator: "Titrate",
      CreationDate: new Date(`${document.meta.date}T00:00:00Z`),
    },
    lang: "en",
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  titleBlock(doc, document);
  for (const section of document.sections) {
    const first = section.blocks[0];
    ensureRoom(
      doc,
      headingHeight(doc, section.heading) + (first === undefined ? 0 : openingHeight(doc, first)),
    );
    doc.font(fonts.bold).fontSize(12).fillColor(colours.heading);
    doc.text(pdfText(section.heading), left, doc.y, { width: contentWidth });
    doc.y += 4;
    for (const block of section.blocks) drawBlock(doc, block, stored);
    doc.y += 4;
  }
  drawFrames(doc, document.meta, stored);
  doc.end();
  return done;
}
