// Writes the sample documents in docs/samples from the demo clinic's data: npx tsx src/documents/write-samples.ts

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type DocumentExtras, documentBuilders } from "./builders/index.ts";
import { demoPriorAuthorizationInput } from "./builders/prior-authorization-demo.ts";
import { demoRemsInput } from "./builders/rems-monitoring-demo.ts";
import { contentHash } from "./content-hash.ts";
import { type DemoScenario, demoDocumentInput } from "./demo-documents.ts";
import type { DocumentInput, DocumentKind } from "./document-model.ts";
import { renderHtml } from "./render-html.ts";
import { renderPdf } from "./render-pdf.ts";

/** A fixed date, so the samples only change when the code or the demo data does. */
const sampleDate = "2026-11-29";

interface Sample {
  readonly kind: DocumentKind;
  /** The file name after the kind. */
  readonly name: string;
  readonly input: DocumentInput & DocumentExtras;
}

const course = (kind: DocumentKind, scenario: DemoScenario): Sample => ({
  kind,
  name: scenario,
  input: demoDocumentInput(scenario, sampleDate),
});

/** The demo REMS patient's observed sessions: the first is fully charted, the latest (the default) is not. */
function remsSamples(): Sample[] {
  const latest = demoRemsInput(sampleDate);
  const observed = latest.record.sessions
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => s.modality === "esketamine" && s.observation !== undefined);
  const first = observed[0];
  if (first === undefined) throw new Error("the demo REMS patient has no observed session");
  return [
    {
      kind: "rems-monitoring",
      name: "complete",
      input: demoRemsInput(sampleDate, { sessionIndex: first.index }),
    },
    { kind: "rems-monitoring", name: "incomplete", input: latest },
  ];
}

const samples: readonly Sample[] = [
  course("course-record", "exhausted-discontinued"),
  course("referral-report", "benzodiazepine-optimized"),
  course("discontinuation-summary", "exhausted-discontinued"),
  course("patient-letter", "exhausted-discontinued"),
  course("patient-letter", "remitter"),
  ...remsSamples(),
  {
    kind: "prior-authorization",
    name: "esketamine",
    input: demoPriorAuthorizationInput(sampleDate, "esketamine"),
  },
  { kind: "prior-authorization", name: "tms", input: demoPriorAuthorizationInput(sampleDate, "tms") },
];

const out = join(import.meta.dirname, "../../docs/samples");
mkdirSync(out, { recursive: true });
for (const { kind, name: suffix, input } of samples) {
  const build = documentBuilders[kind];
  if (build === undefined) throw new Error(`no builder for ${kind}`);
  const document = build(input);
  const stored = { version: 1, contentHash: contentHash(document), signed: null };
  const name = `${kind}-${suffix}`;
  writeFileSync(join(out, `${name}.pdf`), await renderPdf(document, stored));
  writeFileSync(join(out, `${name}.html`), renderHtml(document, stored));
  process.stdout.write(`${name}\n`);
}
