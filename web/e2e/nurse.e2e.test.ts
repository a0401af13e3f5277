// A nurse in the browser: keyboard sign-in, the worklist, a chart, a MADRS that changes the classification, an IV session.

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Clinic, screenshot, seriousViolations, startClinic } from "./clinic-harness.ts";

let clinic: Clinic;
let page: Page;
let tomorrow = "";
/** The chart the nurse works in, reopened by the inactivity test so it need not load the whole worklist. */
let chartPath = "";

beforeAll(async () => {
  clinic = await startClinic();
  page = (await clinic.newPage()).page;
  const next = new Date(`${clinic.today}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  tomorrow = next.toISOString().slice(0, 10);
}, 120_000);

afterAll(async () => {
  await clinic?.close();
}, 60_000);

async function expectAccessible(): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

async function worklistLoaded(): Promise<void> {
  await page
    .getByRole("status")
    .filter({ hasText: /active patient/ })
    .waitFor();
  await page.waitForFunction(() => !document.body.textContent?.includes("Assessing…"));
}

describe("a nurse charting in the browser", { timeout: 30_000 }, () => {
  it("signs in with the keyboard alone", async () => {
    await page.goto("/");
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await expectAccessible();
    await screenshot(page, "sign-in");
    const login = clinic.login("nurse");
    await page.keyboard.press("Tab");
    await page.keyboard.type(login.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(login.password);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Worklist" }).waitFor();
  });

  it("sees the worklist with safety alerts first, and finds a patient by MRN", async () => {
    await worklistLoaded();
    const rows = page.locator(".worklist-table tbody tr");
    expect(await rows.count()).toBeGreaterThan(30);
    // The demo clinic has three critical safety signals: they lead the list.
    for (const i of [0, 1, 2])
      await expect.poll(() => rows.nth(i).getAttribute("class")).toBe("critical-row");
    await expect.poll(() => rows.nth(3).getAttribute("class")).toBeNull();
    await expect.poll(() => rows.first().textContent()).toMatch(/Suicide risk signalled|Blood pressure/);
    await expectAccessible();
    await screenshot(page, "worklist");

    await page.getByLabel("Find a patient").fill("DEMO-0016");
    await expect.poll(() => rows.count()).toBe(1);
    await worklistLoaded();
  });

  it("opens the chart and sees the classification with its reason", async () => {
    await page.locator(".worklist-table tbody tr").first().getByRole("link").click();
    await expect.poll(() => page.getByTestId("classification").textContent()).toBe("Non-response");
    await page.locator(".plot svg[role=img]").waitFor();
    await expect.poll(() => page.getByRole("heading", { name: "Recommendations" }).isVisible()).toBe(true);
    // Deciding is the prescriber's: a nurse sees the recommendations without Accept or Override.
    expect(await page.getByRole("button", { name: /^Accept/ }).count()).toBe(0);
    chartPath = new URL(page.url()).pathname;
    await expectAccessible();
    await screenshot(page, "patient-chart");
  });

  it("rates a MADRS by keyboard: live total and band, a suicide-item alert, the server's date error, then a new classification", async () => {
    await page.getByRole("link", { name: "Rate a scale" }).click();
    await page.getByRole("heading", { name: "Rate a scale" }).waitFor();
    await page.locator('#item-0 input[value="0"]').focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowRight");
    for (let i = 1; i < 10; i++) {
      await page.keyboard.press("Tab");
      await page.keyboard.press("ArrowRight");
    }
    await expect.poll(() => page.getByTestId("live-total").textContent()).toBe("10");
    await expect.poll(() => page.getByTestId("live-band").textContent()).toBe("Mild depression");

    await page.locator('#item-9 input[value="4"]').check();
    const alert = page.getByTestId("suicide-alert");
    await expect
      .poll(() => alert.textContent())
      .toMatch(/item 10 .*scored 4: the critical level for suicide risk/);
    await expectAccessible();
    await screenshot(page, "rate-madrs-suicide-alert");
    await page.locator('#item-9 input[value="1"]').check();
    await expect.poll(() => alert.count()).toBe(0);

    await page.getByLabel("Date rated").fill(tomorrow);
    await page.getByRole("button", { name: "Save MADRS" }).click();
    await expect.poll(() => page.locator("#date-error").textContent()).toMatch(/must not be in the future/);
    await screenshot(page, "rate-madrs-server-error");

    await page.getByLabel("Date rated").fill(clinic.today);
    await page.getByRole("button", { name: "Save MADRS" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "MADRS saved" }).count()).toBe(1);
    await expect.poll(() => page.getByTestId("classification").textContent()).toBe("Remission");
  });

  it("charts an IV ketamine session: refuses over 1.0 mg/kg, computes the mg, shows the server's field errors", async () => {
    await page.getByRole("link", { name: "Chart a session" }).click();
    await page.getByRole("heading", { name: "Chart a session" }).waitFor();
    expect(await page.getByLabel("Route").inputValue()).toBe("iv-ketamine");

    await page.getByLabel("Dose (mg/kg)").fill("1.2");
    await expect
      .poll(() => page.locator("#doseMgPerKg-error").textContent())
      .toMatch(/above the hard limit of 1\.0 mg\/kg/);
    await page.getByRole("button", { name: "Save session" }).click();
    await expect
      .poll(() => page.getByRole("alert").filter({ hasText: "The session was not saved" }).count())
      .toBe(1);
    await expectAccessible();
    await screenshot(page, "session-dose-refused");

    await page.getByLabel("Dose (mg/kg)").fill("0.6");
    await expect
      .poll(() => page.getByTestId("dose-explanation").textContent())
      .toMatch(/0\.6 mg\/kg × [\d.]+ kg actual body weight = [\d.]+ mg/);
    await page.getByLabel("Infusion (minutes)").fill("40");
    await page.locator("#systolic").fill("124");
    await page.locator("#diastolic").fill("78");
    await page.getByLabel("CADSS total").fill("9");
    await page.getByLabel("nausea").check();
    await page.getByLabel("Date", { exact: true }).fill(tomorrow);
    await page.getByRole("button", { name: "Save session" }).click();
    await expect.poll(() => page.locator("#date-error").textContent()).toMatch(/must not be in the future/);
    await screenshot(page, "session-server-error");

    await page.getByLabel("Date", { exact: true }).fill(clinic.today);
    await page.getByRole("button", { name: "Save session" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "session of" }).count()).toBe(1);
    const newest = page.locator("table.data").first().locator("tbody tr").first();
    await expect.poll(() => newest.textContent()).toMatch(/0\.6 mg\/kg/);
    await expect.poll(() => newest.textContent()).toMatch(/nausea/);
    await screenshot(page, "chart-trajectory-after-session", page.locator("figure.trajectory"));
  });

  it("signs out after the server's idle limit, with a warning two minutes before", async () => {
    const { context, page: idle } = await clinic.newPage();
    await idle.clock.install();
    const { email, password } = clinic.login("nurse");
    await idle.goto(chartPath);
    await idle.getByLabel("E-mail").fill(email);
    await idle.getByLabel("Password").fill(password);
    await idle.getByRole("button", { name: "Sign in" }).click();
    await idle.getByTestId("classification").waitFor();
    await idle.clock.fastForward("13:05");
    const warning = idle.getByRole("dialog", { name: "Still there?" });
    await warning.waitFor();
    expect(await seriousViolations(idle)).toEqual([]);
    await screenshot(idle, "idle-warning");
    await idle.clock.fastForward("02:00");
    await idle.getByRole("heading", { name: "Sign in" }).waitFor();
    await expect
      .poll(() => idle.getByRole("status").textContent())
      .toMatch(/signed out after 15 minutes without activity/);
    await context.close();
  });
});
