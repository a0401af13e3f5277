// Documents in the chart: a prescriber generates a course record, views it, downloads the PDF and signs it; a nurse cannot sign.

import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPatients, priorAuthorizationDemo } from "../../src/demo/index.ts";
import { day } from "../../src/documents/builders/document-words.ts";
import { demoRemsInput, remsDemoStory } from "../../src/documents/builders/rems-monitoring-demo.ts";
import { demoScenarios } from "../../src/documents/demo-documents.ts";
import { pdfPages } from "../../src/documents/pdf-text-layer.ts";
import { type Clinic, screenshot, seriousViolations, signIn, startClinic } from "./clinic-harness.ts";

let clinic: Clinic;
let mrn = "";

beforeAll(async () => {
  clinic = await startClinic();
  mrn =
    demoPatients(clinic.today).find((p) => p.story.startsWith(demoScenarios["exhausted-discontinued"]))
      ?.mrn ?? "";
}, 120_000);

afterAll(async () => {
  await clinic?.close();
}, 60_000);

async function openChart(page: Page, of = mrn): Promise<string> {
  const found = await page.request.get(`/api/patients?${new URLSearchParams({ query: of })}`);
  const { patients } = (await found.json()) as { patients: { id: string }[] };
  const id = patients[0]?.id ?? "";
  await page.goto(`/patients/${id}`);
  await page.getByRole("heading", { name: "Documents" }).waitFor();
  return id;
}

/**
 * Accessibility of the chart with the document viewer closed: axe injected into the sandboxed document frame
 * (which runs no script) can wait on it forever, so the frame is closed first; the document page is checked on
 * its own below.
 */
async function cardViolations(page: Page, card: Locator): Promise<string[]> {
  await card.getByRole("button", { name: "Close" }).click();
  return seriousViolations(page);
}

describe("documents in the patient chart", { timeout: 90_000 }, () => {
  it("a prescriber generates, views, downloads and signs a course record", async () => {
    const { page } = await clinic.newPage();
    await signIn(page, clinic.login("prescriber"));
    const id = await openChart(page);
    const card = page.locator("section.documents");
    await card.getByLabel("Document").selectOption("course-record");
    await card.getByRole("button", { name: "Generate from the record" }).click();
    const frame = page.frameLocator('iframe[title="Course record version 1"]');
    await expect.poll(() => frame.locator("h1").textContent()).toBe("Treatment course record");
    expect(await frame.locator("body").textContent()).toContain(
      "No trajectory toward response after optimization",
    );
    // Out of view, Chromium does not paint the sandboxed frame into a capture: bring the card into view first.
    await card.scrollIntoViewIfNeeded();
    await frame.locator("h1").scrollIntoViewIfNeeded();
    await screenshot(page, "documents-panel", card);
    expect(await cardViolations(page, card)).toEqual([]);
    await card.getByRole("button", { name: "View Course record version 1" }).click();

    const download = page.waitForEvent("download");
    await card.getByRole("link", { name: "Download Course record version 1 as PDF" }).click();
    const file = await (await download).path();
    const { readFile } = await import("node:fs/promises");
    const text = (await pdfPages(await readFile(file))).join(" ");
    expect(text).toContain("Treatment course record");
    expect(text).toContain("DRAFT, not signed");

    await card.getByRole("button", { name: "Sign Course record version 1" }).click();
    // Signing renders the PDF again; on a loaded machine that takes longer than the default second.
    await expect
      .poll(
        () =>
          card
            .getByRole("row", { name: /Course record/ })
            .first()
            .textContent(),
        { timeout: 15_000 },
      )
      .toContain("Signed");
    await expect.poll(() => frame.locator(".signature").textContent()).toContain("Electronically signed by");
    const listed = await page.request.get(`/api/patients/${id}/documents`);
    const stored = ((await listed.json()) as { items: { id: string; signed: boolean }[] }).items[0];
    expect(stored?.signed).toBe(true);

    // The document page itself, checked outside its sandbox (its policy forbids the script axe runs as).
    const html = await page.request.get(`/api/patients/${id}/documents/${stored?.id ?? ""}?format=html`);
    const reader = await clinic.newPage();
    await reader.page.setContent(await html.text());
    expect(await seriousViolations(reader.page)).toEqual([]);
    await reader.context.close();
  });

  it("a nurse can generate but is offered no signing", async () => {
    const { page } = await clinic.newPage();
    await signIn(page, clinic.login("nurse"));
    await openChart(page);
    const card = page.locator("section.documents");
    await card.getByLabel("Document").selectOption("patient-letter");
    await card.getByRole("button", { name: "Generate from the record" }).click();
    await page.frameLocator('iframe[title="Letter to the patient version 1"]').locator("h1").waitFor();
    expect(await card.getByRole("button", { name: /^Sign / }).count()).toBe(0);
  });

  it("a nurse picks an esketamine session and generates its post-dose monitoring record", async () => {
    const remsMrn = demoPatients(clinic.today).find((p) => p.story.startsWith(remsDemoStory))?.mrn ?? "";
    const observed = demoRemsInput(clinic.today)
      .record.sessions.filter((s) => s.modality === "esketamine" && s.observation !== undefined)
      .map((s) => s.date);
    const first = observed[0] ?? "";
    const { page } = await clinic.newPage();
    await signIn(page, clinic.login("nurse"));
    await openChart(page, remsMrn);
    const card = page.locator("section.documents");
    await card.getByLabel("Document").selectOption("rems-monitoring");
    const picker = card.getByLabel("Session");
    // Newest first, one entry per date with observation data; the latest is preselected.
    await expect.poll(() => picker.locator("option").count()).toBe(new Set(observed).size);
    expect(await picker.inputValue()).toBe(observed.at(-1));
    await picker.selectOption(first);
    await card.getByRole("button", { name: "Generate from the record" }).click();
    const frame = page.frameLocator('iframe[title="Esketamine post-dose monitoring record version 1"]');
    await expect
      .poll(() => frame.locator("h1").textContent())
      .toBe(`Esketamine post-dose monitoring, ${day(first)}`);
    expect(await frame.locator("body").textContent()).toContain(
      "Every discharge criterion is met as charted",
    );
    await card.scrollIntoViewIfNeeded();
    await frame.locator("h1").scrollIntoViewIfNeeded();
    await screenshot(page, "documents-rems-session", card);
    expect(await cardViolations(page, card)).toEqual([]);
  });

  it("a coordinator chooses the pathway for a prior-authorization packet", async () => {
    const candidate =
      demoPatients(clinic.today).find((p) => p.story === priorAuthorizationDemo.story)?.mrn ?? "";
    const { page } = await clinic.newPage();
    await signIn(page, clinic.login("coordinator"));
    await openChart(page, candidate);
    const card = page.locator("section.documents");
    await card.getByLabel("Document").selectOption("prior-authorization");
    await card.getByLabel("Treatment requested").selectOption("tms");
    await card.getByRole("button", { name: "Generate from the record" }).click();
    const frame = page.frameLocator('iframe[title="Prior-authorization packet version 1"]');
    await expect.poll(() => frame.locator("h1").textContent()).toBe("Prior authorization request: TMS");
  });
});
