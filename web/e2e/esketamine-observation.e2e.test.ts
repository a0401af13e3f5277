// A nurse charts an esketamine dose through its two-hour observation to discharge, a TMS session held to 120% MT,
// and corrects a session and a medication as amendments with their originals kept.

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPatients } from "../../src/demo/index.ts";
import { type Clinic, screenshot, seriousViolations, signIn, startClinic } from "./clinic-harness.ts";

let clinic: Clinic;
let page: Page;
let esketamineMrn = "";
let tmsMrn = "";
/** The browser's clock starts at 09:00 on the server's today, so the observation clock can be moved on. */
let nine = 0;

beforeAll(async () => {
  clinic = await startClinic();
  const demo = demoPatients(clinic.today).filter((p) => p.status === "active");
  const last = (p: (typeof demo)[number]) => p.record.sessions?.at(-1)?.modality;
  const withMedication = (p: (typeof demo)[number]) => (p.record.medications ?? []).length > 0;
  esketamineMrn = demo.find((p) => last(p) === "esketamine" && withMedication(p))?.mrn ?? "";
  tmsMrn = demo.find((p) => last(p) === "tms")?.mrn ?? "";
  page = (await clinic.newPage()).page;
  nine = new Date(`${clinic.today}T09:00:00`).getTime();
  await page.clock.install({ time: nine });
  await signIn(page, clinic.login("nurse"));
}, 120_000);

afterAll(async () => {
  await clinic?.close();
}, 60_000);

async function expectAccessible(): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/**
 * Opens a patient's chart in the running app: found by MRN through the API (the worklist has its own tests),
 * then reached by the app's own client-side navigation, so the page and its fake clock stay as they are.
 */
async function openChart(mrn: string): Promise<void> {
  const found = await page.request.get(`/api/patients?${new URLSearchParams({ query: mrn })}`);
  const { patients } = (await found.json()) as { patients: { id: string }[] };
  const id = patients[0]?.id ?? "";
  await page.evaluate((path) => {
    window.history.pushState(null, "", path);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, `/patients/${id}`);
  await page.getByTestId("classification").waitFor();
}

/** Moves the browser's clock to `minutes` after 09:00 in steps short of the idle warning, active between them. */
async function clockAt(minutes: number): Promise<void> {
  for (;;) {
    const now = await page.evaluate(() => Date.now());
    const left = nine + minutes * 60_000 - now;
    if (left <= 0) break;
    await page.clock.fastForward(Math.min(left, 10 * 60_000));
    await page.keyboard.press("Shift");
  }
  await expect.poll(() => page.getByTestId("minutes-since-dose").textContent()).toBe(String(minutes));
}

async function addCheck(
  values: Record<string, string>,
  sedation: string,
  dissociation: string,
): Promise<void> {
  const add = page.getByRole("group", { name: "Add a check" });
  for (const [label, value] of Object.entries(values)) await add.getByLabel(label).fill(value);
  await add.getByLabel("Sedation").selectOption(sedation);
  await add.getByLabel("Dissociation").selectOption(dissociation);
  await add.getByRole("button", { name: "Add check" }).click();
}

const expected = (code: string) => page.getByTestId(`expected-${code}`);
const observation = () => page.locator("fieldset.observation");

describe("esketamine, TMS and amendments in the browser", { timeout: 60_000 }, () => {
  it("applies the blood-pressure hold before an esketamine dose", async () => {
    await openChart(esketamineMrn);
    await page.getByRole("link", { name: "Chart a session" }).click();
    await page.getByRole("heading", { name: "Chart a session" }).waitFor();
    await page.getByLabel("Route").selectOption("esketamine");
    await page.getByLabel("56 mg").check();
    await page.locator("#systolic").fill("152");
    await page.locator("#diastolic").fill("94");
    await expect
      .poll(() => page.getByTestId("bp-hold").textContent())
      .toMatch(/Hold the dose: 152\/94 is above 140\/90/);
    await expectAccessible();
    await screenshot(
      page,
      "session-esketamine-bp-hold",
      page.locator("form.session-form fieldset.group").nth(2),
    );
    await page.locator("#systolic").fill("128");
    await page.locator("#diastolic").fill("80");
    await expect.poll(() => page.getByTestId("bp-hold").textContent()).toBe("");
  });

  it("runs the observation clock: the 40-minute check, a raised reading and its repeat", async () => {
    await page.getByRole("button", { name: "Dose given now (09:00)" }).click();
    await expect.poll(() => page.getByTestId("minutes-since-dose").textContent()).toBe("0");
    await expect.poll(() => page.getByTestId("minutes-remaining").textContent()).toBe("120");
    await expect.poll(() => expected("bp-40-minutes").textContent()).toMatch(/Upcoming/);

    await clockAt(40);
    await expect.poll(() => expected("bp-40-minutes").textContent()).toMatch(/Due now/);
    const add = page.getByRole("group", { name: "Add a check" });
    expect(await add.getByLabel("Minutes after dose").inputValue()).toBe("40");
    await add.getByLabel("SpO₂ (%)").fill("101");
    await expect.poll(() => add.locator("#check-spo2-error").textContent()).toMatch(/at most 100%/);
    await addCheck(
      { "BP systolic": "146", "BP diastolic": "88", "Heart rate": "84", "SpO₂ (%)": "97" },
      "mild",
      "yes",
    );
    await expect.poll(() => expected("bp-40-minutes").textContent()).toMatch(/Done/);
    await expect.poll(() => expected("bp-repeat-40").textContent()).toMatch(/Due now/);
    await expect
      .poll(() => page.getByTestId("ready-to-leave").textContent())
      .toMatch(/146\/88 after the dose is above the hold threshold/);
    await expectAccessible();
    await screenshot(page, "esketamine-observation-raised", observation());

    await clockAt(55);
    await addCheck(
      { "BP systolic": "132", "BP diastolic": "82", "Heart rate": "80", "SpO₂ (%)": "98" },
      "mild",
      "no",
    );
    await expect.poll(() => expected("bp-repeat-40").textContent()).toMatch(/Done/);
  });

  it("keeps the patient until two hours have passed, then says ready to leave", async () => {
    await clockAt(115);
    await addCheck(
      { "BP systolic": "124", "BP diastolic": "78", "Heart rate": "74", "SpO₂ (%)": "98" },
      "none",
      "no",
    );
    await page.getByLabel(/Discharge criteria met/).check();
    await page.getByLabel(/Escort confirmed/).check();
    await page.getByLabel("REMS patient ID").fill("REMS-DEMO-0001");
    await expect
      .poll(() => page.getByTestId("discharge-verdict").textContent())
      .toMatch(/Not ready to leave yet/);
    const unmet = page.locator("ul.unmet li");
    await expect
      .poll(() => unmet.allTextContents())
      .toEqual([expect.stringMatching(/Observation time: 5 more minutes/)]);
    await expectAccessible();
    await screenshot(page, "esketamine-observation-not-ready", observation());

    await clockAt(120);
    await expect.poll(() => page.getByTestId("discharge-verdict").textContent()).toMatch(/Ready to leave/);
    await page.getByRole("button", { name: "Ready now (120 min)" }).click();
    expect(await page.getByLabel("Ready to leave (minutes after dose)").inputValue()).toBe("120");
    await expectAccessible();
    await screenshot(page, "esketamine-observation-ready", observation());

    await page.getByRole("button", { name: "Save session" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "session of" }).count()).toBe(1);
    const newest = page.locator("table.data").first().locator("tbody tr").first();
    await expect
      .poll(() => newest.textContent())
      .toMatch(/Observed from 09:00: 3 checks, ready to leave at 120 min/);
  });

  it("corrects a medication, showing who, why and the original", async () => {
    const medication = page
      .locator("table.data")
      .filter({ hasText: /^Medications/ })
      .locator("tbody tr")
      .first();
    const name = (await medication.locator("th").textContent()) ?? "";
    await medication.getByRole("button", { name: /^Correct/ }).click();
    const form = page.getByRole("form", { name: `Correct medication ${name}` });
    const start = await form.getByLabel("Start").inputValue();
    const end = await form.getByLabel("End").inputValue();
    const dose = await form.getByLabel("Dose").inputValue();
    await form.getByLabel("Dose").fill(`${dose} at night`);
    await form.getByLabel("End").fill("1999-01-01");
    await form.getByLabel("Start").fill("2000-01-01");
    await expect
      .poll(() => form.locator(`[id$="-end-error"]`).textContent())
      .toMatch(/must not be before the start date/);
    await form.getByLabel("End").fill(end);
    await form.getByLabel("Start").fill(start);
    await form.getByRole("button", { name: "Save correction" }).click();
    await expect.poll(() => form.locator(".field-error").first().textContent()).toMatch(/Say why/);
    await form.getByLabel("Reason for the correction").fill("Dose changed by the GP last month");
    await expectAccessible();
    await screenshot(page, "amend-medication-form", page.locator("section.record"));
    await form.getByRole("button", { name: "Save correction" }).click();
    const note = page.getByTestId("amendment").filter({ hasText: "Dose changed by the GP" });
    await expect
      .poll(() => note.locator("summary").textContent())
      .toMatch(/Amended .* by you: Dose changed by the GP/);
    await note.locator("summary").click();
    await expect
      .poll(() => note.textContent())
      .toMatch(new RegExp(`Dose: was ${dose} → now\\s+${dose} at night`));
  });

  it("charts a TMS session: the protocol's pulses, and 121% of motor threshold refused", async () => {
    await openChart(tmsMrn);
    await page.getByRole("link", { name: "Chart a session" }).click();
    await page.getByRole("heading", { name: "Chart a session" }).waitFor();
    expect(await page.getByLabel("Route").inputValue()).toBe("tms");
    await page.getByLabel("Protocol").selectOption("10 Hz left DLPFC");
    expect(await page.getByLabel("Pulses").inputValue()).toBe("3000");
    await page.getByLabel("Motor threshold (% of output)").fill("58");
    await page.getByLabel("Intensity (% of motor threshold)").fill("121");
    await expect
      .poll(() => page.locator("#intensityPercentMT-error").textContent())
      .toMatch(/121% of motor threshold is above the hard limit of 120%/);
    await page.getByRole("button", { name: "Save session" }).click();
    await expect
      .poll(() => page.getByRole("alert").filter({ hasText: "The session was not saved" }).count())
      .toBe(1);
    await expectAccessible();
    await screenshot(page, "session-tms-refused");
    await page.getByLabel("Intensity (% of motor threshold)").fill("120");
    await page.getByLabel("scalp discomfort").check();
    await page.getByRole("button", { name: "Save session" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "session of" }).count()).toBe(1);
    const charted = page
      .locator("table.data")
      .first()
      .locator("tbody tr")
      .filter({ hasText: "scalp discomfort" });
    await expect.poll(() => charted.textContent()).toMatch(/10 Hz left DLPFC · 120% MT · 3000 pulses/);
  });

  it("corrects the TMS session: the hard limit live, the server's date error beside the date, then the amendment", async () => {
    const row = page
      .locator("table.data")
      .first()
      .locator("tbody tr")
      .filter({ hasText: "scalp discomfort" });
    await row.getByRole("button", { name: /^Correct TMS session/ }).click();
    const form = page.getByRole("form", { name: /^Correct TMS session/ });
    await form.getByLabel("Intensity (% of motor threshold)").fill("125");
    await expect
      .poll(() => form.locator(`[id$="-intensityPercentMT-error"]`).textContent())
      .toMatch(/above the hard limit of 120%/);
    await form.getByLabel("Intensity (% of motor threshold)").fill("120");
    await form.getByLabel("Pulses").fill("2800");
    await form.getByLabel("Reason for the correction").fill("Pulse counter read wrongly");
    // Only the server knows the birth date: its error comes back beside the date field.
    await form.getByLabel("Date").fill("1901-01-01");
    await form.getByRole("button", { name: "Save correction" }).click();
    await expect
      .poll(() => form.locator(`[id$="-date-error"]`).textContent())
      .toMatch(/must not be before the birth date/);
    await expectAccessible();
    await screenshot(page, "amend-session-server-error", form);
    await form.getByLabel("Date").fill(clinic.today);
    await form.getByRole("button", { name: "Save correction" }).click();
    const note = page.getByTestId("amendment").filter({ hasText: "Pulse counter read wrongly" });
    await note.locator("summary").click();
    await expect.poll(() => note.textContent()).toMatch(/Pulses: was 3000 → now\s+2800/);
    expect(await note.textContent()).not.toMatch(/Date:/);
    await expectAccessible();
    await screenshot(page, "amend-session-original", row);
  });
});
