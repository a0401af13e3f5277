// Starts the real thing for a browser test: the demo clinic in a fresh store, the app serving a fresh build, Chromium.

import { mkdir, mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { build } from "vite";
import { type DemoLogin, seedDemoClinic } from "../../src/demo/index.ts";
import { buildApp, hashPassword, serverConfigSchema } from "../../src/server/index.ts";
import type { Role } from "../../src/store/index.ts";
import { startTestDatabase, type TestDatabase } from "../../src/store/test-database.ts";

const webRoot = fileURLToPath(new URL("..", import.meta.url));
const screenshotsDir = fileURLToPath(new URL("../../docs/screenshots", import.meta.url));

/** Chromium flags for a closed network: no background connections, which would be refused and slow start-up. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Clinic {
  readonly baseUrl: string;
  /** The folder the app was built into for this run. */
  readonly webRoot: string;
  /** The server's today (UTC), which every demo date is placed before. */
  readonly today: string;
  readonly browser: Browser;
  readonly database: TestDatabase;
  login(role: Role): DemoLogin;
  /** A fresh browser context (its own cookies) and page. */
  newPage(): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** Builds the app into a temporary folder with Vite's API, so the test serves the code under test. */
async function buildWebApp(outDir: string): Promise<void> {
  await build({
    configFile: path.join(webRoot, "vite.config.ts"),
    build: { outDir, emptyOutDir: true },
    logLevel: "error",
  });
}

export async function startClinic(): Promise<Clinic> {
  const folder = await mkdtemp(path.join(tmpdir(), "titrate-e2e-"));
  const outDir = path.join(folder, "web");
  const today = new Date().toISOString().slice(0, 10);
  const [database] = await Promise.all([startTestDatabase(), buildWebApp(outDir)]);
  const seeded = await seedDemoClinic(database.store, { today, hashPassword });
  const app = buildApp({
    store: database.store,
    config: serverConfigSchema.parse({
      cookieSecure: false,
      rateLimitPerMinute: 100_000,
      loginRateLimitPerMinute: 1000,
    }),
    logger: { destination: { write: () => undefined } },
    webRoot: outDir,
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = app.server.address() as AddressInfo;
  // launch() gives every run a fresh temporary profile (its own --user-data-dir).
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: chromiumArgs,
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    webRoot: outDir,
    today,
    browser,
    database,
    login(role) {
      const found = seeded.logins.find((l) => l.role === role);
      if (found === undefined) throw new Error(`the demo clinic has no ${role} login`);
      return found;
    },
    async newPage() {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        baseURL: `http://127.0.0.1:${port}`,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      return { context, page };
    },
    async close() {
      await browser.close();
      await app.close();
      await database.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** Serious and critical axe violations on the page as it is now, as readable lines (empty when there are none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    // Only violations are read; collecting passes and incomplete results triples axe's time on a long table.
    .options({ resultTypes: ["violations"] })
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * Saves a PNG of the whole page (or of one part of it) into docs/screenshots when TITRATE_SCREENSHOTS=1;
 * otherwise takes none, so an ordinary test run leaves the committed pictures alone.
 */
export async function screenshot(page: Page, name: string, part?: Locator): Promise<void> {
  if (process.env.TITRATE_SCREENSHOTS !== "1") return;
  await mkdir(screenshotsDir, { recursive: true });
  const file = path.join(screenshotsDir, `${name}.png`);
  if (part === undefined) await page.screenshot({ path: file, fullPage: true });
  else await part.screenshot({ path: file });
}

export async function signIn(page: Page, login: DemoLogin): Promise<void> {
  await page.goto("/");
  await page.getByLabel("E-mail").fill(login.email);
  await page.getByLabel("Password").fill(login.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Worklist" }).waitFor();
}
