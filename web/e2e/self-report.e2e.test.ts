// A patient answers by link on a 375 px phone: English, Spanish, a dropped connection, twice-sent, expired and spent links; a positive item 9 reaches a clinician.

import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../src/server/routes/self-report-token.ts";
import { type Clinic, screenshot, seriousViolations, signIn, startClinic } from "./clinic-harness.ts";

let clinic: Clinic;
let staff: Page;
let phone: BrowserContext;
let patientIds: string[] = [];
let clinicId = "";
let nurseId = "";

beforeAll(async () => {
  clinic = await startClinic();
  staff = (await clinic.newPage()).page;
  await signIn(staff, clinic.login("nurse"));
  const worklist = (await (await staff.request.get("/api/worklist")).json()) as {
    items: { patient: { id: string }; attention: { openAlerts: number; critical: unknown[] } }[];
  };
  // Routine patients, so a new alert is the only thing that can move one to the top.
  patientIds = worklist.items
    .filter((e) => e.attention.openAlerts === 0 && e.attention.critical.length === 0)
    .map((e) => e.patient.id);
  const me = (await (await staff.request.get("/api/auth/me")).json()) as {
    user: { id: string; clinicId: string };
  };
  nurseId = me.user.id;
  clinicId = me.user.clinicId;
  phone = await clinic.browser.newContext({
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    baseURL: clinic.baseUrl,
  });
}, 180_000);

afterAll(async () => {
  await clinic?.close();
}, 60_000);

async function sendLink(patientId: string, forms: string[], language: "en" | "es" = "en"): Promise<string> {
  const reply = await staff.request.post(`/api/patients/${patientId}/self-report-links`, {
    data: { forms, language },
  });
  expect(reply.status()).toBe(201);
  const { url } = (await reply.json()) as { url: string };
  return new URL(url).hash;
}

async function openLink(hash: string): Promise<Page> {
  const page = await phone.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`/report${hash}`);
  return page;
}

async function answer(page: Page, choice: string, next = "Next"): Promise<void> {
  await page.getByRole("radio", { name: choice, exact: true }).check();
  await page
    .getByRole("status")
    .filter({ hasText: /Saved|Guardado/ })
    .waitFor();
  await page.getByRole("button", { name: next }).click();
}

function nthPatient(i: number): string {
  const id = patientIds[i];
  if (id === undefined) throw new Error("not enough routine demo patients");
  return id;
}

describe("a patient on a phone", { timeout: 60_000 }, () => {
  it("answers the PHQ-9 in English one question at a time, and sees a calm thank-you with their trend", async () => {
    const page = await openLink(await sendLink(nthPatient(0), ["PHQ9"]));
    await page.getByRole("heading", { name: "Little interest or pleasure in doing things" }).waitFor();
    expect(page.url()).not.toContain("#");
    await page.getByText("Question 1 of 9").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "report-question-en");
    for (let i = 0; i < 9; i++) await answer(page, i === 8 ? "Not at all" : "Several days");
    await page.getByRole("heading", { name: "You answered every question." }).waitFor();
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByRole("heading", { name: "Thank you" }).waitFor();
    await page
      .getByText(/Your score|This is your first answer/)
      .first()
      .waitFor();
    expect(await page.getByText("988").count()).toBe(0);
    expect(await page.getByText(/depression/i).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "report-thanks");

    // Submitting again changes nothing and returns the same receipt; reopening the spent link shows no questions.
    const again = await page.evaluate(
      async (token) => {
        const call = () =>
          fetch("/api/report/submit", { method: "POST", headers: { "x-report-token": token } });
        return [await (await call()).json(), await (await call()).json()];
      },
      sessionStorageToken(await page.evaluate(() => sessionStorage.getItem("titrate-report-token"))),
    );
    expect(again[0]).toEqual(again[1]);
    await page.reload();
    await page.getByRole("heading", { name: "These answers were already sent" }).waitFor();
    expect(await page.getByRole("radio").count()).toBe(0);
    await screenshot(page, "report-spent");
    await page.close();
  });

  it("answers in Spanish with the official wording, and can switch language", async () => {
    const page = await openLink(await sendLink(nthPatient(1), ["PHQ9"], "es"));
    await page.getByRole("heading", { name: "Poco interés o placer en hacer cosas" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("es");
    await page.getByText("Pregunta 1 de 9").waitFor();
    await screenshot(page, "report-question-es");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Little interest or pleasure in doing things" }).waitFor();
    await page.getByRole("button", { name: "Español" }).click();
    for (let i = 0; i < 9; i++) await answer(page, "Ningún día", "Siguiente");
    await page.getByRole("button", { name: "Enviar mis respuestas" }).click();
    await page.getByRole("heading", { name: "Gracias" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("keeps an answer given offline, saves it when back online, and resumes after a reload", async () => {
    const page = await openLink(await sendLink(nthPatient(2), ["PHQ9"]));
    for (let i = 0; i < 3; i++) await answer(page, "More than half the days");
    await phone.setOffline(true);
    await page.getByRole("radio", { name: "Several days" }).check();
    await page.getByText("Not saved yet").waitFor();
    await screenshot(page, "report-offline");
    await phone.setOffline(false);
    // Case-sensitive on purpose: "Not saved yet" must not count.
    await page
      .getByRole("status")
      .filter({ hasText: /Saved$/ })
      .waitFor();
    await page.reload();
    await page.getByText("Question 5 of 9").waitFor();
    await page.getByRole("heading", { name: "Poor appetite or overeating" }).waitFor();
    await page.getByRole("button", { name: "Back" }).click();
    await page.getByText("Question 4 of 9").waitFor();
    expect(await page.getByRole("radio", { name: "Several days" }).isChecked()).toBe(true);
    await page.close();
  });

  it("tells the patient plainly when a link has expired or does not exist", async () => {
    const token = "e2e-expired-token-0123456789abcdefghijklmnop";
    await clinic.database.store.inClinic(
      { userId: nurseId, clinicId, role: "nurse", address: "127.0.0.1" },
      (scope) =>
        scope.createSelfReportLink({
          patientId: nthPatient(3),
          courseId: null,
          modality: null,
          forms: ["PHQ9"],
          language: "en",
          tokenHash: hashToken(token),
          expiresAt: new Date(Date.now() - 60_000),
        }),
    );
    const page = await openLink(`#${token}`);
    await page.getByRole("heading", { name: "This link has expired" }).waitFor();
    expect(await page.getByRole("radio").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "report-expired");
    await page.evaluate(() => sessionStorage.clear());
    await page.goto("/report#not-a-real-token-at-all-0123456789");
    await page.getByRole("heading", { name: "This link does not work" }).waitFor();
    await page.close();
  });
});

describe("a positive item 9", { timeout: 60_000 }, () => {
  it("shows the patient crisis resources and puts an alert at the top of the worklist and chart until acknowledged", async () => {
    const patientId = nthPatient(4);
    // The staff member sends the link from the chart: choose the forms, get the URL and its QR code.
    await staff.goto(`/patients/${patientId}`);
    await staff.getByText("Send self-report link").click();
    await staff.getByRole("button", { name: "Create link" }).click();
    const url = await staff.getByLabel("Link for the patient").inputValue();
    expect(url).toMatch(/\/report#[A-Za-z0-9_-]{43}$/);
    await staff.getByRole("img", { name: /QR code of the link/ }).waitFor();
    expect(await seriousViolations(staff)).toEqual([]);
    await screenshot(staff, "chart-send-self-report-link", staff.locator(".self-report-panel"));
    const page = await openLink(new URL(url).hash);
    for (let i = 0; i < 9; i++) await answer(page, i === 8 ? "More than half the days" : "Several days");
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByRole("heading", { name: "Please reach out now" }).waitFor();
    expect(await page.getByRole("link", { name: "Call 988" }).getAttribute("href")).toBe("tel:988");
    await page.getByText("We have let your clinic know").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "report-crisis");
    await page.close();

    await staff.goto("/");
    const first = staff.locator(".worklist-table tbody tr").first();
    await first.getByText("Self-report alert: acknowledge").waitFor();
    await staff
      .getByText(/Due PHQ-9|Overdue PHQ-9/)
      .first()
      .waitFor();
    expect(await seriousViolations(staff)).toEqual([]);
    const mrn = ((await first.locator(".sub").first().textContent()) ?? "").split(" ·")[0] ?? "";
    await staff.getByLabel("Find a patient").fill(mrn);
    await staff.getByRole("status").filter({ hasText: "1 active patient matching" }).waitFor();
    await screenshot(staff, "worklist-self-report-alert", staff.locator(".table-wrap"));
    await first.getByRole("link").click();
    await staff.getByRole("heading", { name: "1 safety alert needs acknowledging" }).waitFor();
    await staff.getByText("PHQ9.9 = 2").waitFor();
    await screenshot(staff, "chart-safety-alert", staff.locator(".chart-alerts"));
    await staff.getByRole("button", { name: "Acknowledge alert" }).click();
    await staff.getByText("Say what was done").waitFor();
    await staff.getByLabel("What was done").fill("Called the patient; safety plan reviewed, seen today.");
    await staff.getByRole("button", { name: "Acknowledge alert" }).click();
    await staff
      .getByRole("heading", { name: "1 safety alert needs acknowledging" })
      .waitFor({ state: "detached" });
    const open = (await (await staff.request.get(`/api/alerts?patientId=${patientId}&open=true`)).json()) as {
      items: unknown[];
    };
    expect(open.items).toEqual([]);
  });
});

function sessionStorageToken(token: string | null): string {
  if (token === null) throw new Error("the page kept no token");
  return token;
}

describe("QIDS-SR16 and SHAPS", { timeout: 90_000 }, () => {
  it("are asked in their official English wording, noted as such on the Spanish page; QIDS item 12 at 2 brings crisis resources", async () => {
    await staff.goto(`/patients/${nthPatient(5)}`);
    await staff.getByText("Send self-report link").click();
    await staff.getByLabel("Language").selectOption("es");
    await staff.getByRole("checkbox", { name: /QIDS-SR16.*in English/ }).check();
    await staff.getByText("Titrate holds only the official English wording").waitFor();
    await screenshot(staff, "chart-send-link-in-english", staff.locator(".self-report-panel"));
    await staff.getByLabel("Language").selectOption("en");
    await staff.getByRole("checkbox", { name: /QIDS-SR16/ }).uncheck();

    const page = await openLink(await sendLink(nthPatient(5), ["QIDSSR16", "SHAPS"]));
    await page.getByRole("heading", { name: "Falling asleep" }).waitFor();
    await page.getByText("Question 1 of 30").waitFor();
    await screenshot(page, "report-qids-en");
    await page.getByRole("button", { name: "Español" }).click();
    await page.getByText("Este cuestionario solo está disponible en inglés").waitFor();
    expect(await page.getByRole("heading", { name: "Falling asleep" }).getAttribute("lang")).toBe("en");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "report-qids-es-note");
    await page.getByRole("button", { name: "English" }).click();

    for (let item = 1; item <= 16; item++) {
      if (item === 12)
        await answer(page, "I think of suicide or death several times a week for several minutes.");
      else {
        await page.getByRole("radio").first().check();
        await page
          .getByRole("status")
          .filter({ hasText: /Saved$/ })
          .waitFor();
        await page.getByRole("button", { name: "Next" }).click();
      }
    }
    await page
      .getByRole("heading", { name: "I would enjoy my favourite television or radio programme." })
      .waitFor();
    await answer(page, "Agree");
    await page
      .getByRole("heading", { name: "I would enjoy being with my family or close friends." })
      .waitFor();
    // Item 2 prints agreement first, as the published form does.
    expect(await page.getByRole("radio").first().getAttribute("value")).toBe("1");
    await screenshot(page, "report-shaps-en");
    for (let item = 2; item <= 14; item++) await answer(page, "Agree");
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByRole("heading", { name: "Please reach out now" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();

    // The clinician reads what the answers came to on the chart's list of links sent.
    await staff.goto(`/patients/${nthPatient(5)}`);
    await staff.getByText("Send self-report link").click();
    const row = staff.getByRole("row", { name: /QIDS-SR16, SHAPS/ });
    await row.getByText(/^Answered/).waitFor();
    expect(await row.getByRole("cell").last().textContent()).toBe("QIDS-SR16 2; SHAPS 0");
    expect(await seriousViolations(staff)).toEqual([]);
    await screenshot(staff, "chart-links-sent", staff.locator(".self-report-panel"));
  });
});
