// A prescriber in the browser: sign-in with an authenticator code, a sorted worklist, decisions on recommendations, a correction.

import { generate } from "otplib";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Clinic, screenshot, seriousViolations, startClinic } from "./clinic-harness.ts";

let clinic: Clinic;
let page: Page;
let secret = "";

async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${clinic.baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

beforeAll(async () => {
  clinic = await startClinic();
  page = (await clinic.newPage()).page;
  // The prescriber enrols an authenticator through the API, so signing in asks for its code.
  const { email, password } = clinic.login("prescriber");
  const enrolment = await post("/api/auth/totp/enroll", { email, password });
  secret = String(enrolment.secret);
  // Confirmed with the previous step's code (inside the drift window): a code is good once, and the
  // sign-in below types the current one.
  const previousStep = Math.floor(Date.now() / 1000) - 30;
  await post("/api/auth/totp/confirm", {
    email,
    password,
    totp: await generate({ secret, epoch: previousStep }),
  });
}, 120_000);

afterAll(async () => {
  await clinic?.close();
}, 60_000);

async function expectAccessible(): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

function recommendation(code: string) {
  return page.locator("li.recommendation").filter({ has: page.locator(`[id="rec-${code}"]`) });
}

describe("a prescriber deciding in the browser", { timeout: 30_000 }, () => {
  it("signs in with e-mail, password and the authenticator's code", async () => {
    const { email, password } = clinic.login("prescriber");
    await page.goto("/");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const code = page.getByLabel("Authenticator code");
    await code.waitFor();
    await expectAccessible();
    await screenshot(page, "sign-in-code");
    await code.fill(await generate({ secret }));
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Worklist" }).waitFor();
  });

  it("sorts the worklist by name and back to urgency", async () => {
    await page.waitForFunction(() => !document.body.textContent?.includes("Assessing…"));
    const patientHeader = page.getByRole("columnheader", { name: /Patient/ });
    await patientHeader.getByRole("button").click();
    await expect.poll(() => patientHeader.getAttribute("aria-sort")).toBe("ascending");
    const names = await page.locator(".worklist-table tbody th a").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await page
      .getByRole("columnheader", { name: /Attention/ })
      .getByRole("button")
      .click();
    await expect
      .poll(() => page.locator(".worklist-table tbody tr").first().getAttribute("class"))
      .toBe("critical-row");
  });

  it("opens a benzodiazepine non-responder: classification, the interfering medication flagged", async () => {
    await page.getByLabel("Find a patient").fill("DEMO-0015");
    await expect.poll(() => page.locator(".worklist-table tbody tr").count()).toBe(1);
    await page.locator(".worklist-table tbody tr").first().getByRole("link").click();
    await expect.poll(() => page.getByTestId("classification").textContent()).toBe("Non-response");
    const medication = page.locator("tr.flagged");
    await expect.poll(() => medication.first().textContent()).toMatch(/clonazepam.*Interferes/i);
    await page.locator(".plot svg[role=img]").waitFor();
    await expectAccessible();
  });

  it("accepts one recommendation and overrides another, which needs a reason", async () => {
    await recommendation("taper-benzodiazepine")
      .getByRole("button", { name: /^Accept/ })
      .click();
    await expect.poll(() => recommendation("taper-benzodiazepine").textContent()).toMatch(/Accepted by you/);

    const escalate = recommendation("escalate-dose");
    await escalate.getByRole("button", { name: /^Override/ }).click();
    await escalate.getByRole("button", { name: "Confirm override" }).click();
    await expect.poll(() => escalate.locator(".field-error").textContent()).toMatch(/Say why/);
    await expectAccessible();
    await escalate
      .getByLabel("Reason for overriding (required)")
      .fill("Hold the dose until the clonazepam taper is complete");
    await escalate.getByRole("button", { name: "Confirm override" }).click();
    await expect
      .poll(() => escalate.textContent())
      .toMatch(/Overridden by you .*clonazepam taper is complete/);
    await screenshot(page, "patient-chart-decisions");
    await screenshot(page, "recommendations-decided", page.locator("section.recommendations"));
  });

  it("corrects a recorded score with a reason, keeping the original", async () => {
    const row = page
      .locator("table.data tbody tr")
      .filter({ has: page.locator("td.items", { hasText: /^—/ }) })
      .first();
    const date = await row.locator("th").textContent();
    await row.getByRole("button", { name: /^Correct/ }).click();
    const form = page.getByRole("form", { name: /^Correct/ });
    await form.getByRole("button", { name: "Save correction" }).click();
    await expect.poll(() => form.locator(".field-error").first().textContent()).toMatch(/Say why/);
    await form.getByLabel("Total").fill("27");
    await form.getByLabel("Reason for the correction").fill("Transcription error: the paper form says 27");
    await screenshot(page, "measurement-correction", page.locator("section.record"));
    await expectAccessible();
    await form.getByRole("button", { name: "Save correction" }).click();
    const corrected = page.locator("table.data tbody tr").filter({ hasText: "Transcription error" });
    await expect.poll(() => corrected.textContent()).toMatch(/27/);
    expect(await corrected.locator("th").textContent()).toBe(date);
  });
});
