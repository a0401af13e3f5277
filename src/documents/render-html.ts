// The HTML rendering of a clinical document: one complete, printable, accessible page with every text escaped.

import { chartKey, trajectoryFigureHtml } from "./chart-svg.ts";
import { footerLine, metaRows } from "./document-meta-rows.ts";
import type { Block, ClinicalDocument, StoredDocumentInfo } from "./document-model.ts";

const entities: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => entities[ch] ?? ch);
}

const audienceLabels = {
  clinician: "For the clinical record",
  payer: "For the payer",
  referrer: "For the referring clinician",
  patient: "For the patient",
} as const;

const style = `
body{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2937;margin:0;background:#fff;line-height:1.45}
main{max-width:52rem;margin:0 auto;padding:1.5rem}
header.doc{border-bottom:2px solid #1e3a8a;margin-bottom:1rem}
h1{color:#1e3a8a;font-size:1.6rem;margin:.2rem 0}
h2{color:#1e3a8a;font-size:1.15rem;margin:1.4rem 0 .4rem;break-after:avoid}
.audience{color:#4b5563;margin:0 0 .6rem}
dl.meta,dl.facts{display:grid;grid-template-columns:fit-content(16rem) minmax(0,1fr);gap:.2rem 1rem;margin:.4rem 0 .8rem}
dl.meta{grid-template-columns:fit-content(9rem) minmax(0,1fr) fit-content(9rem) minmax(0,1fr)}
dd{overflow-wrap:anywhere}
dt{font-weight:600;color:#4b5563}dd{margin:0}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.4rem 0 .8rem}
caption{text-align:left;font-style:italic;color:#4b5563;padding-bottom:.2rem}
th{background:#eef2ff;color:#1e3a8a;text-align:left}
th,td{padding:.25rem .4rem;border-bottom:1px solid #d1d5db;vertical-align:top}
tr:nth-child(even) td{background:#f9fafb}
.empty{font-style:italic;color:#4b5563}
.callout{border-left:4px solid #1d4ed8;padding:.3rem .7rem;font-weight:600}
.callout.warning{border-color:#b45309}
figure{margin:.6rem 0;break-inside:avoid}figure svg{max-width:100%;height:auto}
figcaption{font-size:.85rem;color:#4b5563;font-style:italic}
.signature{margin-top:1rem}.signature .line{border-bottom:1px solid #4b5563;width:18rem;height:2rem}
.signature .label{font-size:.85rem;color:#4b5563}
.draft{color:#b45309;font-style:italic}
footer.doc{margin-top:2rem;border-top:1px solid #d1d5db;padding-top:.5rem;font-size:.8rem;color:#4b5563;word-break:break-all}
@media print{main{max-width:none;padding:0}a{color:inherit}}
`;

function block(b: Block, stored: StoredDocumentInfo): string {
  switch (b.kind) {
    case "paragraph":
      return `<p>${escapeHtml(b.text)}</p>`;
    case "empty":
      return `<p class="empty">${escapeHtml(b.text)}</p>`;
    case "callout":
      return `<p class="callout ${b.tone}">${escapeHtml(b.text)}</p>`;
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      return `<${tag}>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</${tag}>`;
    }
    case "facts":
      return `<dl class="facts">${b.rows.map((r) => `<dt>${escapeHtml(r.label)}</dt><dd>${escapeHtml(r.value)}</dd>`).join("")}</dl>`;
    case "table": {
      const caption = b.caption === undefined ? "" : `<caption>${escapeHtml(b.caption)}</caption>`;
      const head = b.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("");
      const rows = b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`)
        .join("");
      return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case "trajectory-chart":
      return `<figure>${trajectoryFigureHtml(b.chart)}<figcaption>${escapeHtml(chartKey)} ${escapeHtml(b.altText)}</figcaption></figure>`;
    case "signature":
      if (stored.signed !== null) {
        return `<p class="signature"><strong>Electronically signed by ${escapeHtml(stored.signed.by)} on ${escapeHtml(stored.signed.at)}.</strong></p>`;
      }
      return `<div class="signature"><p class="draft">Draft: not signed. Sign in Titrate to make this version final.</p>${b.lines
        .map((l) => `<div class="line"></div><div class="label">${escapeHtml(l)}</div>`)
        .join("")}</div>`;
  }
}

export function renderHtml(document: ClinicalDocument, stored: StoredDocumentInfo): string {
  const { meta } = document;
  const sections = document.sections
    .map(
      (s, i) =>
        `<section aria-labelledby="s${i}"><h2 id="s${i}">${escapeHtml(s.heading)}</h2>${s.blocks.map((b) => block(b, stored)).join("\n")}</section>`,
    )
    .join("\n");
  const status = stored.signed === null ? "Draft, not signed" : "Signed";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${meta.title}: ${meta.patient.name}`)}</title>
<style>${style}</style>
</head>
<body>
<main>
<header class="doc">
<p><strong>${escapeHtml(meta.clinicName)}</strong></p>
<h1>${escapeHtml(meta.title)}</h1>
<p class="audience">${escapeHtml(audienceLabels[meta.audience])}</p>
<dl class="meta">${metaRows(meta)
    .map(([l, v]) => `<dt>${escapeHtml(l)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join("")}</dl>
</header>
${sections}
<footer class="doc">
<p>${escapeHtml(footerLine(meta, stored.version, status))}</p>
<p>Content SHA-256 ${escapeHtml(stored.contentHash)}</p>
</footer>
</main>
</body>
</html>
`;
}
