// Drawing each document block in the PDF, and how tall its opening is (to keep a heading with its first block).

import SVGtoPDF from "svg-to-pdfkit";
import { chartKey, chartSize, trajectorySvg } from "./chart-svg.ts";
import type { Block, StoredDocumentInfo } from "./document-model.ts";
import { contentWidth, ensureRoom, left, type Pdf } from "./pdf-page.ts";
import { drawTable, tableOpeningHeight } from "./pdf-table.ts";
import { colours, fonts, pdfText } from "./pdf-text.ts";

const body = 10;
const gap = 7;
const labelWidth = 150;
const chartHeight = (contentWidth * chartSize.height) / chartSize.width;

function textHeight(doc: Pdf, text: string, width: number, font: string, size: number): number {
  return doc.font(font).fontSize(size).heightOfString(pdfText(text), { width });
}

function lineHeight(doc: Pdf, size: number): number {
  return doc.font(fonts.regular).fontSize(size).currentLineHeight(true);
}

function paragraph(doc: Pdf, text: string, font: string = fonts.regular, colour: string = colours.text) {
  doc.font(font).fontSize(body).fillColor(colour);
  doc.text(pdfText(text), left, doc.y, { width: contentWidth, lineGap: 1.5 });
  doc.y += gap;
}

function callout(doc: Pdf, text: string, tone: "info" | "warning") {
  const height = textHeight(doc, text, contentWidth - 14, fonts.bold, body) + 8;
  ensureRoom(doc, height);
  const top = doc.y;
  doc
    .rect(left, top, 3, height)
    .fillColor(tone === "warning" ? colours.warning : colours.info)
    .fill();
  doc.font(fonts.bold).fontSize(body).fillColor(colours.text);
  doc.text(pdfText(text), left + 12, top + 4, { width: contentWidth - 14 });
  doc.y = top + height + gap;
}

function list(doc: Pdf, items: readonly string[], ordered: boolean) {
  const indent = 16;
  items.forEach((item, i) => {
    const height = textHeight(doc, item, contentWidth - indent, fonts.regular, body);
    ensureRoom(doc, Math.min(height, lineHeight(doc, body) * 2));
    const top = doc.y;
    doc.font(fonts.regular).fontSize(body).fillColor(colours.text);
    doc.text(ordered ? `${i + 1}.` : "•", left + 2, top, { width: indent, lineBreak: false });
    doc.text(pdfText(item), left + indent, top, { width: contentWidth - indent, lineGap: 1.5 });
    doc.y += 2;
  });
  doc.y += gap - 2;
}

function facts(doc: Pdf, rows: readonly { label: string; value: string }[]) {
  for (const row of rows) {
    const valueWidth = contentWidth - labelWidth - 8;
    const height = Math.max(
      textHeight(doc, row.label, labelWidth, fonts.bold, 9.5),
      textHeight(doc, row.value, valueWidth, fonts.regular, 9.5),
    );
    ensureRoom(doc, height + 4);
    const top = doc.y;
    doc.font(fonts.bold).fontSize(9.5).fillColor(colours.muted);
    doc.text(pdfText(row.label), left, top, { width: labelWidth });
    doc.font(fonts.regular).fontSize(9.5).fillColor(colours.text);
    doc.text(pdfText(row.value), left + labelWidth + 8, top, { width: valueWidth });
    doc.y = top + height + 4;
  }
  doc.y += gap - 4;
}

function chart(doc: Pdf, block: Extract<Block, { kind: "trajectory-chart" }>) {
  const keyHeight = textHeight(doc, chartKey, contentWidth, fonts.italic, 8);
  ensureRoom(doc, chartHeight + keyHeight + 6);
  const top = doc.y;
  SVGtoPDF(doc, pdfText(trajectorySvg(block.chart), true), left, top, {
    width: contentWidth,
    height: chartHeight,
    assumePt: false,
  });
  doc.font(fonts.italic).fontSize(8).fillColor(colours.muted);
  doc.text(pdfText(chartKey), left, top + chartHeight + 4, { width: contentWidth });
  doc.y += gap;
}

function signature(doc: Pdf, lines: readonly string[], stored: StoredDocumentInfo) {
  const height = lines.length * 34 + 30;
  ensureRoom(doc, height);
  if (stored.signed !== null) {
    doc.font(fonts.bold).fontSize(body).fillColor(colours.text);
    doc.text(pdfText(`Electronically signed by ${stored.signed.by} on ${stored.signed.at}.`), left, doc.y, {
      width: contentWidth,
    });
    doc.y += gap;
    return;
  }
  doc.font(fonts.italic).fontSize(9).fillColor(colours.warning);
  doc.text("Draft: not signed. Sign in Titrate to make this version final.", left, doc.y, {
    width: contentWidth,
  });
  doc.y += 14;
  for (const line of lines) {
    const y = doc.y + 20;
    doc
      .moveTo(left, y)
      .lineTo(left + 260, y)
      .lineWidth(0.6)
      .strokeColor(colours.muted)
      .stroke();
    doc.font(fonts.regular).fontSize(8.5).fillColor(colours.muted);
    doc.text(pdfText(line), left, y + 3, { width: 260 });
    doc.y = y + 14;
  }
  doc.y += gap;
}

export function drawBlock(doc: Pdf, block: Block, stored: StoredDocumentInfo): void {
  switch (block.kind) {
    case "paragraph":
      paragraph(doc, block.text);
      break;
    case "empty":
      paragraph(doc, block.text, fonts.italic, colours.muted);
      break;
    case "callout":
      callout(doc, block.text, block.tone);
      break;
    case "list":
      list(doc, block.items, block.ordered ?? false);
      break;
    case "facts":
      facts(doc, block.rows);
      break;
    case "table":
      drawTable(doc, block);
      break;
    case "trajectory-chart":
      chart(doc, block);
      break;
    case "signature":
      signature(doc, block.lines, stored);
      break;
  }
}

/** The height a heading must keep with it: the block's first line, row or item, or the whole of an unbreakable one. */
export function openingHeight(doc: Pdf, block: Block): number {
  switch (block.kind) {
    case "paragraph":
    case "empty":
      return Math.min(
        textHeight(doc, block.text, contentWidth, fonts.regular, body),
        lineHeight(doc, body) * 3,
      );
    case "callout":
      return textHeight(doc, block.text, contentWidth - 14, fonts.bold, body) + 8;
    case "list":
      return lineHeight(doc, body) * 2;
    case "facts": {
      const first = block.rows[0];
      return first === undefined
        ? 0
        : textHeight(doc, first.value, contentWidth - labelWidth - 8, fonts.regular, 9.5);
    }
    case "table":
      return tableOpeningHeight(doc, block);
    case "trajectory-chart":
      return chartHeight + textHeight(doc, chartKey, contentWidth, fonts.italic, 8) + 6;
    case "signature":
      return block.lines.length * 34 + 30;
  }
}
