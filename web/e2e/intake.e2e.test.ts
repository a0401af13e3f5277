// A coordinator and a prescriber in the browser: the intake re-evaluation, staging and screening, a benefits check,
// the comparison re-ordered by the patient's priorities, and the prescriber's decision that starts the course.

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Clinic, screenshot, seriousViolations, signIn, startClinic } from "./clinic-harness.ts";

let clinic: Clinic;
let coordinator: Page;
let prescriber: Page;
let intakePath = "";

beforeAll(async () => {
  clinic = await startClinic();
  coordinator = (await clinic.newPage()).page;
  prescriber = (await clinic.newPage()).page;
}, 180_000);

afterAll(async () => {
  await clinic?.close();
}, 60_000);

/** The first column of the comparison: the pathway that currently fits best. */
async function firstPathway(page: Page): Promise<string> {
  return (await page.locator(".comparison-table thead th").nth(1).textContent()) ?? "";
}

describe("intake to decision in the browser", { timeout: 60_000 }, () => {
  it("a coordinator opens the intake screen from the chart header", async () => {
    await signIn(coordinator, clinic.login("coordinator"));
    const found = await coordinator.request.get("/api/patients?query=DEMO-0001&limit=1&offset=0");
    const { patients } = (await found.json()) as { patients: { id: string }[] };
    const id = patients[0]?.id ?? "";
    await coordinator.goto(`/patients/${id}`);
    await coordinator.getByRole("link", { name: "Intake and pathway" }).click();
    await coordinator.getByRole("heading", { level: 1, name: "Intake and choosing a pathway" }).waitFor();
    intakePath = new URL(coordinator.url()).pathname;
    expect(intakePath).toBe(`/patients/${id}/intake`);
  });

  it("fills the re-evaluation, with errors shown beside the field as they are typed", async () => {
    const p = coordinator;
    await p.getByLabel("Diagnosis code").fill("F33.2");
    const start = new Date(`${clinic.today}T00:00:00Z`);
    start.setUTCMonth(start.getUTCMonth() - 14);
    await p.getByLabel("This episode began").fill(start.toISOString().slice(0, 10));
    await p.getByRole("button", { name: "Add a treatment" }).click();
    await p.locator("#intake-treatments-0-name").fill("Sertraline");
    await p.locator("#intake-treatments-0-dailyDoseMg").fill("150");
    await p.locator("#intake-treatments-0-weeks").fill("-3");
    await expect.poll(() => p.locator("#intake-treatments-0-weeks-error").textContent()).toContain("▲");
    await p.locator("#intake-treatments-0-weeks").fill("8");
    await expect.poll(() => p.locator("#intake-treatments-0-weeks-error").count()).toBe(0);
    await p.getByRole("button", { name: "Add a treatment" }).click();
    await p.locator("#intake-treatments-1-name").fill("Venlafaxine XR");
    await p.locator("#intake-treatments-1-dailyDoseMg").fill("225");
    await p.locator("#intake-treatments-1-weeks").fill("10");
    await p.locator("#intake-treatments-1-outcome").selectOption("partial-response");
    await p.getByLabel("C-SSRS screen asked at this evaluation").check();
    await p.getByLabel("1. Wished to be dead or not wake up (past month): yes").check();
    await expect.poll(() => p.getByText("Adequate trial, did not help enough").count()).toBe(2);
    await p.getByRole("button", { name: "Save intake" }).click();
    await p.getByRole("heading", { name: "Re-evaluation (saved version 1)" }).waitFor();
    expect(await seriousViolations(p)).toEqual([]);
    await screenshot(p, "intake-form", p.locator(".intake-form"));
  });

  it("shows staging with its components and screening with sources", async () => {
    const p = coordinator;
    const staging = p.getByRole("region", { name: "Treatment-resistance staging" });
    await expect.poll(() => staging.textContent()).toContain("Treatment-resistant.");
    await expect
      .poll(() => staging.locator("caption").textContent())
      .toMatch(/Maudsley Staging Method: \d+ of 15/);
    await expect
      .poll(() => p.getByRole("region", { name: "Screening per pathway" }).textContent())
      .toContain("SPRAVATO");
    await screenshot(p, "intake-staging-screening", staging);
  });

  it("enters a benefits check and sees the estimate in the comparison", async () => {
    const p = coordinator;
    await p.getByLabel("Pathway", { exact: true }).selectOption("esketamine");
    await p.getByLabel("Covered", { exact: true }).selectOption("yes");
    await p.getByLabel("Deductible remaining ($)").fill("500");
    await p.getByLabel("Coinsurance (%)").fill("20");
    await p.getByLabel("Out-of-pocket maximum remaining ($)").fill("3000");
    await p.getByLabel("Sessions covered").fill("8");
    await p.getByRole("button", { name: "Save benefits check" }).click();
    await p.getByText("Benefits check for Esketamine saved.").waitFor();
    const table = p.locator(".comparison-table");
    await expect.poll(() => table.textContent()).toContain("covered: yes");
  });

  it("re-orders the comparison when the patient's priorities change", async () => {
    const p = coordinator;
    const before = await firstPathway(p);
    expect(before).toContain("Esketamine");
    await p.getByLabel("Medication or not").selectOption("prefers-non-drug");
    await p.getByLabel("Own preferences").selectOption("3");
    await expect.poll(() => firstPathway(p)).toContain("TMS");
    expect(await seriousViolations(p)).toEqual([]);
    await screenshot(p, "intake-comparison", p.getByRole("region", { name: "Comparison" }));
    await p.getByLabel("Own preferences").selectOption("1");
    await p.getByLabel("Medication or not").selectOption("no-preference");
    await expect.poll(() => firstPathway(p)).toContain("Esketamine");
    const takeHome = await p.context().newPage();
    await takeHome.goto(`/api${intakePath}/take-home`);
    await takeHome.getByRole("heading", { name: "Your options side by side" }).waitFor();
    await screenshot(takeHome, "intake-take-home");
    await takeHome.close();
    // The coordinator prepares; deciding is the prescriber's.
    expect(await p.getByRole("heading", { name: "Decision" }).count()).toBe(0);
  });

  it("stops TMS at once when a pacemaker is ticked, and says why", async () => {
    const p = coordinator;
    await p.getByLabel("Cardiac pacemaker or ICD").check();
    const tmsHeader = p.locator(".comparison-table thead th", { hasText: "TMS" });
    await expect.poll(() => tmsHeader.textContent()).toContain("Hard stop");
    await expect.poll(() => firstPathway(p)).not.toContain("TMS");
    const screening = p.getByRole("region", { name: "Screening per pathway" });
    await expect
      .poll(() => screening.textContent())
      .toContain("Implanted electronic device without clearance");
    await screenshot(p, "intake-hard-stop", screening);
    await p.getByLabel("Cardiac pacemaker or ICD").uncheck();
    await expect.poll(() => tmsHeader.textContent()).toContain("Eligible");
  });

  it("a prescriber records the decision, which starts the course", async () => {
    const p = prescriber;
    await signIn(p, clinic.login("prescriber"));
    await p.goto(intakePath);
    await p.getByRole("heading", { name: "Decision" }).waitFor();
    await p.getByLabel("Esketamine nasal spray").check();
    await p
      .getByLabel("What the patient said matters to them")
      .fill("Wants relief soon; a friend can drive twice a week");
    await p.getByRole("group", { name: "Alternatives discussed" }).getByLabel("TMS").check();
    expect(await seriousViolations(p)).toEqual([]);
    await screenshot(
      p,
      "intake-decision",
      p.locator("form", { has: p.getByRole("heading", { name: "Decision" }) }),
    );
    await p.getByRole("button", { name: "Record decision and start the course" }).click();
    await p.getByText("Pathway recorded: the esketamine course has started.").waitFor();
    const courses = await p.request.get(`/api${intakePath.replace(/\/intake$/, "")}/pathway-decisions`);
    const { items } = (await courses.json()) as {
      items: { pathway: string; course: { modality: string } | null }[];
    };
    expect(items[0]).toMatchObject({ pathway: "esketamine", course: { modality: "esketamine" } });
  });
});
