// The PDF page frame: page size and margins, room checks, and the header and footer drawn on every page.

import { footerLine } from "./document-meta-rows.ts";
import type { DocumentMeta, StoredDocumentInfo } from "./document-model.ts";
import { colours, fonts, pdfText } from "./pdf-text.ts";

export type Pdf = PDFKit.PDFDocument;

export const page = {
  size: "LETTER",
  width: 612,
  height: 792,
  margins: { top: 70, bottom: 64, left: 54, right: 54 },
} as const;

export const contentWidth = page.width - page.margins.left - page.margins.right;
export const left = page.margins.left;
const bottomLimit = page.height - page.margins.bottom;

export function roomLeft(doc: Pdf): number {
  return bottomLimit - doc.y;
}

/** Starts a new page when fewer than `height` points remain, so a block (or a heading and its first block) stays whole. */
export function ensureRoom(doc: Pdf, height: number): void {
  const fresh = page.height - page.margins.top - page.margins.bottom;
  if (roomLeft(doc) < Math.min(height, fresh)) doc.addPage();
}

/** Text at a fixed place in the margins: with the bottom margin lifted, pdfkit would otherwise add a page. */
function marginText(
  doc: Pdf,
  text: string,
  x: number,
  y: number,
  width: number,
  align: "left" | "right" | "center",
) {
  const saved = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.text(pdfText(text), x, y, { width, align, lineBreak: false });
  doc.page.margins.bottom = saved;
}

/** Header and footer on every buffered page; run once, after all content. */
export function drawFrames(doc: Pdf, meta: DocumentMeta, stored: StoredDocumentInfo): void {
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let i = 0; i < total; i += 1) {
    doc.switchToPage(range.start + i);
    doc.font(fonts.bold).fontSize(8.5).fillColor(colours.heading);
    marginText(doc, meta.clinicName, left, 32, contentWidth / 2, "left");
    doc.font(fonts.regular).fillColor(colours.muted);
    marginText(
      doc,
      `${meta.title} · ${meta.patient.name}`,
      left + contentWidth / 2,
      32,
      contentWidth / 2,
      "right",
    );
    doc
      .moveTo(left, 46)
      .lineTo(left + contentWidth, 46)
      .lineWidth(0.5)
      .strokeColor(colours.rule)
      .stroke();
    const footerY = page.height - 44;
    doc
      .moveTo(left, footerY - 6)
      .lineTo(left + contentWidth, footerY - 6)
      .lineWidth(0.5)
      .strokeColor(colours.rule)
      .stroke();
    doc.font(fonts.regular).fontSize(7.5).fillColor(colours.muted);
    const status = stored.signed === null ? "DRAFT, not signed" : "Signed";
    marginText(doc, footerLine(meta, stored.version, status), left, footerY, contentWidth * 0.7, "left");
    marginText(
      doc,
      `Page ${i + 1} of ${total}`,
      left + contentWidth * 0.7,
      footerY,
      contentWidth * 0.3,
      "right",
    );
    marginText(doc, `Content SHA-256 ${stored.contentHash}`, left, footerY + 11, contentWidth, "left");
  }
}
