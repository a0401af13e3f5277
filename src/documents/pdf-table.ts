// Tables in the PDF: columns sized to their content, cells wrapped, the header repeated on each new page.

import type { Block } from "./document-model.ts";
import { contentWidth, ensureRoom, left, type Pdf, roomLeft } from "./pdf-page.ts";
import { colours, fonts, pdfText } from "./pdf-text.ts";

type Table = Extract<Block, { kind: "table" }>;

const size = 8.5;
const pad = 3;
const minColumn = 24;
/** No column asks for more than this share of the width before wrapping, so one long cell cannot starve the rest. */
const maxShare = 0.45;

function longestWord(doc: Pdf, text: string): number {
  return Math.max(
    0,
    ...pdfText(text)
      .split(/\s+/)
      .map((w) => doc.widthOfString(w)),
  );
}

/** Each column gets at least its longest word, then the rest of the width in proportion to what it would still use. */
function columnWidths(doc: Pdf, table: Table): number[] {
  const spans = table.columns.map((heading, c) => {
    doc.font(fonts.bold).fontSize(size);
    let widest = doc.widthOfString(pdfText(heading));
    let word = longestWord(doc, heading);
    doc.font(fonts.regular).fontSize(size);
    for (const row of table.rows) {
      widest = Math.max(widest, doc.widthOfString(pdfText(row[c] ?? "")));
      word = Math.max(word, longestWord(doc, row[c] ?? ""));
    }
    const min = Math.max(minColumn, word + pad * 2 + 1);
    return { min, natural: Math.max(min, Math.min(widest + pad * 2 + 1, contentWidth * maxShare)) };
  });
  const mins = spans.reduce((a, s) => a + s.min, 0);
  const wants = spans.reduce((a, s) => a + (s.natural - s.min), 0);
  const spare = contentWidth - mins;
  if (spare <= 0) return spans.map((s) => (s.min * contentWidth) / mins);
  return spans.map(
    (s) => s.min + (wants === 0 ? spare / spans.length : ((s.natural - s.min) * spare) / wants),
  );
}

function rowHeight(doc: Pdf, cells: readonly string[], widths: readonly number[], font: string): number {
  doc.font(font).fontSize(size);
  const heights = widths.map((w, c) => doc.heightOfString(pdfText(cells[c] ?? ""), { width: w - pad * 2 }));
  return Math.max(...heights, doc.currentLineHeight(true)) + pad * 2;
}

function drawRow(
  doc: Pdf,
  cells: readonly string[],
  widths: readonly number[],
  header: boolean,
  shade: boolean,
) {
  const font = header ? fonts.bold : fonts.regular;
  const height = rowHeight(doc, cells, widths, font);
  const top = doc.y;
  if (header || shade) {
    doc
      .rect(left, top, contentWidth, height)
      .fillColor(header ? colours.headerFill : "#f9fafb")
      .fill();
  }
  let x = left;
  widths.forEach((w, c) => {
    doc
      .font(font)
      .fontSize(size)
      .fillColor(header ? colours.heading : colours.text);
    doc.text(pdfText(cells[c] ?? ""), x + pad, top + pad, { width: w - pad * 2 });
    x += w;
  });
  doc
    .moveTo(left, top + height)
    .lineTo(left + contentWidth, top + height)
    .lineWidth(0.4)
    .strokeColor(colours.rule)
    .stroke();
  doc.y = top + height;
}

function caption(doc: Pdf, text: string) {
  doc.font(fonts.italic).fontSize(8.5).fillColor(colours.muted);
  doc.text(pdfText(text), left, doc.y, { width: contentWidth });
  doc.y += 2;
}

export function tableOpeningHeight(doc: Pdf, table: Table): number {
  const widths = columnWidths(doc, table);
  const first = table.rows[0];
  const captionHeight =
    table.caption === undefined
      ? 0
      : doc.font(fonts.italic).fontSize(8.5).heightOfString(pdfText(table.caption), { width: contentWidth }) +
        2;
  return (
    captionHeight +
    rowHeight(doc, table.columns, widths, fonts.bold) +
    (first === undefined ? 0 : rowHeight(doc, first, widths, fonts.regular))
  );
}

export function drawTable(doc: Pdf, table: Table): void {
  const widths = columnWidths(doc, table);
  ensureRoom(doc, tableOpeningHeight(doc, table));
  if (table.caption !== undefined) caption(doc, table.caption);
  drawRow(doc, table.columns, widths, true, false);
  table.rows.forEach((row, i) => {
    if (roomLeft(doc) < rowHeight(doc, row, widths, fonts.regular)) {
      doc.addPage();
      drawRow(doc, table.columns, widths, true, false);
    }
    drawRow(doc, row, widths, false, i % 2 === 1);
  });
  doc.y += 8;
}
