// Measures the web app against its budget: JavaScript gzipped, and first load on localhost in Chromium (`npx tsx web/measure-first-load.ts`).

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { signIn, startClinic } from "./e2e/clinic-harness.ts";

const runs = 5;

interface Load {
  readonly responseEnd: number;
  readonly domContentLoaded: number;
  readonly loadEvent: number;
  readonly firstContentfulPaint: number;
  readonly signInFormShown: number;
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const clinic = await startClinic();
try {
  const assets = path.join(clinic.webRoot, "assets");
  let js = 0;
  for (const file of await readdir(assets)) {
    const bytes = gzipSync(await readFile(path.join(assets, file)), { level: 9 }).length;
    if (file.endsWith(".js")) js += bytes;
    console.log(`${file}: ${(bytes / 1024).toFixed(1)} kB gzipped`);
  }
  console.log(`JavaScript, all chunks: ${(js / 1024).toFixed(1)} kB gzipped (budget 300 kB)`);

  const loads: Load[] = [];
  for (let i = 0; i < runs; i++) {
    // A fresh context each time: an empty cache, as on a first visit. The renderer is started on a blank
    // page first, so the figure is the app's load and not Chromium starting a process.
    const { context, page } = await clinic.newPage();
    await page.goto(`${clinic.baseUrl}/api/health`);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.clearBrowserCache");
    await page.goto("/", { waitUntil: "commit" });
    // A string, not a function: tsx would wrap a function's inner helpers in a `__name` the page does not have.
    const shown = await page.evaluate<number>(
      `new Promise((resolve) => { const check = () => document.querySelector("h1") ? resolve(performance.now()) : requestAnimationFrame(check); check(); })`,
    );
    await page.waitForLoadState("load");
    const timing = await page.evaluate<Omit<Load, "signInFormShown">>(`(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      return {
        responseEnd: nav.responseEnd,
        domContentLoaded: nav.domContentLoadedEventEnd,
        loadEvent: nav.loadEventEnd,
        firstContentfulPaint: fcp ? fcp.startTime : NaN,
      };
    })()`);
    loads.push({ ...timing, signInFormShown: shown });
    if (i === runs - 1) {
      const started = Date.now();
      await signIn(page, clinic.login("nurse"));
      await page.waitForFunction(() => !document.body.textContent?.includes("Assessing…"));
      console.log(`sign-in to a fully assessed worklist of 38 patients: ${Date.now() - started} ms`);
    }
    await context.close();
  }
  for (const key of [
    "responseEnd",
    "domContentLoaded",
    "loadEvent",
    "firstContentfulPaint",
    "signInFormShown",
  ] as const) {
    console.log(`${key}: median ${median(loads.map((l) => l[key])).toFixed(0)} ms over ${runs} cold loads`);
  }
} finally {
  await clinic.close();
}
