// An administrator changes who hears about safety alerts in the browser; a bad address is caught beside its box; a nurse cannot.

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Clinic, screenshot, seriousViolations, signIn, startClinic } from "./clinic-harness.ts";

interface Settings {
  recipients: string[];
  onCall: string | null;
  escalationMinutes: number;
  linkExpiryHours: number;
  showClassification: boolean;
}

let clinic: Clinic;
let admin: Page;

beforeAll(async () => {
  clinic = await startClinic();
  admin = (await clinic.newPage()).page;
  await signIn(admin, clinic.login("admin"));
}, 180_000);

afterAll(async () => {
  await clinic?.close();
}, 60_000);

async function stored(page: Page): Promise<Settings> {
  const reply = await page.request.get("/api/clinic/notifications");
  expect(reply.status()).toBe(200);
  return (await reply.json()) as Settings;
}

function errorBeside(page: Page, controlId: string) {
  return page.locator(`#${controlId}-error`);
}

describe("clinic notification settings", { timeout: 60_000 }, () => {
  it("an administrator opens Settings from the top bar and sees the clinic's current values", async () => {
    await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await admin.getByRole("heading", { level: 1, name: "Clinic settings" }).waitFor();
    expect(new URL(admin.url()).pathname).toBe("/settings/notifications");
    const before = await stored(admin);
    expect(before).toEqual({
      recipients: [],
      onCall: null,
      escalationMinutes: 30,
      linkExpiryHours: 72,
      showClassification: false,
    });
    expect(await admin.getByLabel("Escalate after (minutes)").inputValue()).toBe("30");
    expect(await admin.getByLabel("Self-report links stay open for (hours)").inputValue()).toBe("72");
    expect(await admin.getByLabel("On-call e-mail").inputValue()).toBe("");
    expect(await admin.getByLabel("Show patients the name of their score's band").isChecked()).toBe(false);
    await admin.getByText("Nobody yet").waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, "clinic-settings-notifications");
  });

  it("shows a bad address beside its own box and saves nothing", async () => {
    await admin.getByRole("button", { name: "Add recipient" }).click();
    const first = admin.getByLabel("Recipient 1 e-mail");
    // The new row takes focus, so the address can be typed straight away.
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    await first.fill("lead.nurse@clinic");
    await errorBeside(admin, "ns-recipient-0").getByText("must be an e-mail address").waitFor();
    expect(await first.getAttribute("aria-invalid")).toBe("true");
    expect(await first.getAttribute("aria-describedby")).toContain("ns-recipient-0-error");

    await admin.getByLabel("Escalate after (minutes)").fill("15");
    await admin.getByRole("button", { name: "Save settings" }).click();
    const summary = admin.getByRole("alert").filter({ hasText: "The settings were not saved" });
    await summary.getByRole("link", { name: "Recipient 1: must be an e-mail address" }).waitFor();
    expect(await admin.getByRole("status").filter({ hasText: "saved" }).count()).toBe(0);
    expect((await stored(admin)).recipients).toEqual([]);
    expect((await stored(admin)).escalationMinutes).toBe(30);
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, "clinic-settings-notifications-error", admin.locator("form.settings-form"));

    // The summary's line takes the user to the box to fix.
    await summary.getByRole("link", { name: "Recipient 1: must be an e-mail address" }).click();
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it("the server refuses the same bad address with the same message, naming the row", async () => {
    const reply = await admin.request.put("/api/clinic/notifications", {
      data: { ...(await stored(admin)), recipients: ["ok@clinic.example", "lead.nurse@clinic"] },
    });
    expect(reply.status()).toBe(400);
    const body = (await reply.json()) as { issues: { field: string; message: string }[] };
    expect(body.issues).toContainEqual({ field: "recipients[1]", message: "must be an e-mail address" });
  });

  it("shows a field error the server sends beside that field, and leaves what was typed alone", async () => {
    // The browser checks with the server's own schema, so a real 400 cannot get past it; this stands in for a
    // rule only the server knows, to prove its answer is placed beside the field it names.
    await admin.route("**/api/clinic/notifications", async (route) => {
      if (route.request().method() !== "PUT") return route.fallback();
      await route.fulfill({
        status: 400,
        contentType: "application/json",
        body: JSON.stringify({
          error: "invalid-input",
          message: "the request has invalid fields",
          issues: [{ field: "escalationMinutes", message: "must be at most 60 for this clinic" }],
        }),
      });
    });
    await admin.getByLabel("Recipient 1 e-mail").fill("lead.nurse@clinic.example");
    await admin.getByRole("button", { name: "Save settings" }).click();
    await errorBeside(admin, "ns-escalation-minutes")
      .getByText("must be at most 60 for this clinic")
      .waitFor();
    expect(await admin.getByLabel("Escalate after (minutes)").inputValue()).toBe("15");
    expect(await admin.getByLabel("Recipient 1 e-mail").inputValue()).toBe("lead.nurse@clinic.example");
    expect(await admin.getByRole("status").filter({ hasText: "saved" }).count()).toBe(0);
    await admin.unroute("**/api/clinic/notifications");
    expect((await stored(admin)).escalationMinutes).toBe(30);
  });

  it("saves the fixed address, a second recipient and a 15-minute escalation, and shows them after a reload", async () => {
    await admin.getByRole("button", { name: "Add recipient" }).click();
    await admin.getByLabel("Recipient 2 e-mail").fill("duty.prescriber@clinic.example");
    await admin.getByLabel("On-call e-mail").fill("on-call@clinic.example");
    await admin.getByLabel("Show patients the name of their score's band").check();
    // Typing again clears the server's earlier complaint.
    expect(await errorBeside(admin, "ns-escalation-minutes").count()).toBe(0);
    await admin.getByRole("button", { name: "Save settings" }).click();
    await admin.getByRole("status").filter({ hasText: "Notification settings saved." }).waitFor();
    expect(await stored(admin)).toEqual({
      recipients: ["lead.nurse@clinic.example", "duty.prescriber@clinic.example"],
      onCall: "on-call@clinic.example",
      escalationMinutes: 15,
      linkExpiryHours: 72,
      showClassification: true,
    });
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, "clinic-settings-notifications-saved");

    await admin.reload();
    await admin.getByRole("heading", { level: 1, name: "Clinic settings" }).waitFor();
    await admin.getByLabel("Recipient 2 e-mail").waitFor();
    expect(await admin.getByLabel("Recipient 1 e-mail").inputValue()).toBe("lead.nurse@clinic.example");
    expect(await admin.getByLabel("Recipient 2 e-mail").inputValue()).toBe("duty.prescriber@clinic.example");
    expect(await admin.getByLabel("Escalate after (minutes)").inputValue()).toBe("15");
    expect(await admin.getByLabel("On-call e-mail").inputValue()).toBe("on-call@clinic.example");
    expect(await admin.getByLabel("Show patients the name of their score's band").isChecked()).toBe(true);
  });

  it("removes a recipient and clears on-call back to none", async () => {
    await admin.getByRole("button", { name: "Remove recipient 2" }).click();
    expect(await admin.getByLabel("Recipient 2 e-mail").count()).toBe(0);
    await admin.getByLabel("On-call e-mail").fill("");
    await admin.getByRole("button", { name: "Save settings" }).click();
    await admin.getByRole("status").filter({ hasText: "Notification settings saved." }).waitFor();
    const after = await stored(admin);
    expect(after.recipients).toEqual(["lead.nurse@clinic.example"]);
    expect(after.onCall).toBeNull();
  });

  it("a nurse has no Settings link, is told so at the address, and is refused by the API", async () => {
    const nurse = (await clinic.newPage()).page;
    await signIn(nurse, clinic.login("nurse"));
    const nav = nurse.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Worklist" }).waitFor();
    expect(await nav.getByRole("link", { name: "Settings" }).count()).toBe(0);

    await nurse.goto("/settings/notifications");
    await nurse.getByText("Your role cannot see the clinic's settings.").waitFor();
    expect(await nurse.getByLabel("Escalate after (minutes)").count()).toBe(0);

    expect((await nurse.request.get("/api/clinic/notifications")).status()).toBe(403);
    const put = await nurse.request.put("/api/clinic/notifications", {
      data: { ...(await stored(admin)), recipients: ["nurse@clinic.example"] },
    });
    expect(put.status()).toBe(403);
    expect((await stored(admin)).recipients).toEqual(["lead.nurse@clinic.example"]);
    await nurse.context().close();
  });
});
