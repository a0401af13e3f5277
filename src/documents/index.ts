// Clinical documents' public face: the model, the builders, the content hash and the two renderings.

export { documentBuilders } from "./builders/index.ts";
export { canonicalJson, contentHash } from "./content-hash.ts";
export * from "./document-model.ts";
export { escapeHtml, renderHtml } from "./render-html.ts";
export { renderPdf } from "./render-pdf.ts";
