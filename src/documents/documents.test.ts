// Every document kind built for the demo clinic's five reference courses, checked by the facts in the PDF's text layer.

import { describe, expect, it } from "vitest";
import { documentBuilders } from "./builders/index.ts";
import { contentHash } from "./content-hash.ts";
import { type DemoScenario, demoDocumentInput, demoScenarios } from "./demo-documents.ts";
import type { ClinicalDocument, DocumentInput, DocumentKind } from "./document-model.ts";
import { clinicalDocumentSchema } from "./document-schema.ts";
import { pdfPages } from "./pdf-text-layer.ts";
import { renderHtml } from "./render-html.ts";
import { renderPdf } from "./render-pdf.ts";

const today = "2026-11-29";
const kinds: DocumentKind[] = [
  "course-record",
  "referral-report",
  "discontinuation-summary",
  "patient-letter",
];
const scenarios = Object.keys(demoScenarios) as DemoScenario[];

async function rendered(kind: DocumentKind, input: DocumentInput) {
  const build = documentBuilders[kind];
  if (build === undefined) throw new Error(`no builder for ${kind}`);
  const document = build(input);
  const hash = contentHash(document);
  const pdf = await renderPdf(document, { version: 3, contentHash: hash, signed: null });
  const pages = await pdfPages(pdf);
  return { document, hash, pages, text: pages.join(" ") };
}

const months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

/** How a date appears in a document: 29 Nov 2026. */
function day(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

describe.each(scenarios)("documents for the %s demo course", (scenario) => {
  const input = demoDocumentInput(scenario, today);
  const a = input.assessment;

  it.each(kinds)("%s: frame on every page, the patient, and the model survives storage", async (kind) => {
    const { document, hash, pages } = await rendered(kind, input);
    expect(clinicalDocumentSchema.parse(JSON.parse(JSON.stringify(document)))).toEqual(document);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain(`Content SHA-256 ${hash}`);
      expect(page).toContain("version 3 · DRAFT, not signed");
      expect(page).toContain(input.clinic.name);
      expect(page).toContain(`knowledge ${a.knowledgeVersion}`);
    });
    expect(pages[0]).toContain(input.patient.name);
    expect(pages[0]).toContain(`Date of birth: ${day(input.patient.birthDate)}`);
  });

  it("course record: baseline, every score, every session, strategies and the final assessment", async () => {
    const { text } = await rendered("course-record", input);
    const o = a.outcome;
    if (o.baseline === null || o.latest === null) throw new Error("scenario has no scores");
    expect(text).toContain(`Baseline ${o.baseline.total} (${o.baseline.band}), ${day(o.baseline.date)}`);
    expect(text).toContain(`Latest ${o.latest.total} (${o.latest.band}), ${day(o.latest.date)}`);
    for (const m of input.record.measurements)
      expect(text).toContain(`${day(m.date)} ${m.instrument} ${m.total}`);
    input.record.sessions.forEach((s, i) => {
      expect(text).toContain(`${i + 1} ${day(s.date)}`);
    });
    expect(text).toContain(`${a.course.totalTreatments} ketamine-family treatments`);
    for (const r of a.recommendations) expect(text).toContain(r.title);
    for (const heading of [
      "Side effects and tolerability",
      "Review of non-response",
      "Optimization attempts",
      "Engagement and adherence",
      "Discussion of continuing or stopping",
      "Consent for optimization",
      "Final assessment and recommendations",
    ]) {
      expect(text).toContain(heading);
    }
    // The demo records no consent events: the section says so rather than disappearing.
    expect(text).toContain("No consent to an optimization approach is recorded.");
  });

  it("referral report: the chart's scores, the outcome and an offer to keep working together", async () => {
    const { text, document } = await rendered("referral-report", input);
    expect(document.sections.flatMap((s) => s.blocks).some((b) => b.kind === "trajectory-chart")).toBe(true);
    expect(text).toContain(`${a.trajectory.instrument} total`);
    expect(text).toContain(`Baseline ${a.outcome.baseline?.total}`);
    expect(text).toContain("Working together");
    expect(text).toContain(`Thank you for referring ${input.patient.name}`);
  });

  it("patient letter: plain words, the scores, the crisis line, and no clinician jargon", async () => {
    const { text } = await rendered("patient-letter", input);
    expect(text).toContain(`you had ${a.course.totalTreatments} treatments`);
    expect(text).toContain(
      `${a.outcome.baseline?.total} at the start and ${a.outcome.latest?.total} most recently`,
    );
    expect(text).toContain("988");
    expect(text).not.toMatch(/CADSS|mg\/kg|non-response/);
  });
});

describe("scenario facts", () => {
  const text = async (scenario: DemoScenario, kind: DocumentKind) =>
    (await rendered(kind, demoDocumentInput(scenario, today))).text;

  it("the exhausted course: the criterion met, each strategy tried, the talking points and the next pathway", async () => {
    const summary = await text("exhausted-discontinued", "discontinuation-summary");
    expect(summary).toContain("No trajectory toward response after optimization");
    // The criterion's evidence in words, each with the record path it came from.
    expect(summary).toMatch(/Improvement from baseline: [\d.]+% \[outcome\.improvementPercent\]/);
    expect(summary).toContain("Direction of the scores: plateau [trajectory.direction]");
    for (const tried of [
      "Raised the dose above the standard",
      "Added lithium",
      "Changed route to IM ketamine",
    ])
      expect(summary).toContain(tried);
    for (const point of [
      "Acknowledge the disappointment",
      "Review what was tried",
      "Explain the evidence",
      "Keep hope",
      "Give the next step",
    ])
      expect(summary).toContain(point);
    expect(summary).toContain("Transcranial magnetic stimulation (TMS)");
    const letter = await text("exhausted-discontinued", "patient-letter");
    expect(letter).toContain("We think it is right to stop this treatment");
    expect(letter).toContain("not something you did wrong");
  });

  it("the benzodiazepine course: the taper and the higher dose are recorded as optimizations, ending in response", async () => {
    const record = await text("benzodiazepine-optimized", "course-record");
    expect(record).toContain("Tapered the benzodiazepine");
    expect(record).toContain("Raised the dose above the standard");
    expect(record).toContain("Outcome response");
  });

  it("the remitter, the responder and the extended partial responder are named for what they reached", async () => {
    expect(await text("remitter", "referral-report")).toContain("Outcome as of 29 Nov 2026: remission");
    expect(await text("responder", "referral-report")).toContain("Outcome as of 29 Nov 2026: response");
    const partial = await text("partial-extended", "course-record");
    expect(partial).toContain("Outcome partial response");
    expect(partial).toContain("Extend the induction");
  });

  it("a course still going says no stopping criterion is met", async () => {
    const summary = await text("remitter", "discontinuation-summary");
    expect(summary).toContain("No criterion for stopping is met as of 29 Nov 2026");
  });
});

describe("HTML rendering", () => {
  it("escapes what the record says and carries the same facts", () => {
    const input = demoDocumentInput("responder", today);
    const hostile: DocumentInput = {
      ...input,
      patient: { ...input.patient, name: `<script>alert("x")</script>` },
    };
    const build = documentBuilders["course-record"];
    if (build === undefined) throw new Error("no builder");
    const document: ClinicalDocument = build(hostile);
    const html = renderHtml(document, { version: 1, contentHash: contentHash(document), signed: null });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain('<svg role="img"');
    expect(html).toContain(`${input.assessment.course.totalTreatments} ketamine-family treatments`);
  });

  it("shows who signed a signed version instead of signature lines", () => {
    const input = demoDocumentInput("responder", today);
    const build = documentBuilders["referral-report"];
    if (build === undefined) throw new Error("no builder");
    const document = build(input);
    const html = renderHtml(document, {
      version: 2,
      contentHash: contentHash(document),
      signed: { by: "dr@clinic.test", at: "2026-11-29T10:00:00.000Z" },
    });
    expect(html).toContain("Electronically signed by dr@clinic.test");
    expect(html).not.toContain("Draft: not signed");
  });
});
