// Load on the patient chart API (embedded store, 10,000 patients, 50 clients) beside a bare Fastify baseline serving the same bytes.

import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm, stat } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { pino } from "pino";
import { buildApp, hashPassword, serverConfigSchema } from "../src/server/index.ts";
import { backupStore, openStore, restoreStore } from "../src/store/index.ts";
import { cloneBackup } from "./api-clone.ts";
import type { LoadPlan, LoadResult } from "./api-load.ts";
import { benchQueries, seedPatients } from "./api-seed.ts";
import { benchAsOf, seededRandom } from "./synthetic-record.ts";

const env = process.env;
const seconds = Number(env.TITRATE_BENCH_SECONDS ?? 10);
const warmUpSeconds = Number(env.TITRATE_BENCH_WARMUP_SECONDS ?? 3);
const patients = Number(env.TITRATE_BENCH_PATIENTS ?? 10_000);
const templates = Number(env.TITRATE_BENCH_TEMPLATES ?? 200);
const connections = Number(env.TITRATE_BENCH_CONNECTIONS ?? 50);
const password = "bench password, not a secret";
const email = "prescriber@bench.titrate.local";
const budgetP99Ms = 50;
const log = (text: string) => process.stderr.write(`${text}\n`);

/** A fixed shuffle, so every run asks for the patients in the same order. */
function shuffled<T>(items: readonly T[]): T[] {
  const random = seededRandom(0xbe4c);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function runLoad(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "api-load.ts")], {
      stdio: ["pipe", "pipe", "inherit"],
    });
    // Ten thousand paths are too long for an argument or the environment; the plan goes in on stdin.
    child.stdin.end(JSON.stringify(plan));
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve(JSON.parse(out) as LoadResult);
      else reject(new Error(`the load generator exited with ${code}`));
    });
  });
}

/** The template clinic through the store's contract, backed up, grown to `patients`, restored into `dataDir`. */
async function seed(root: string, dataDir: string) {
  const templateDir = join(root, "template");
  const template = await openStore({ kind: "embedded", dataDir: templateDir });
  let seeded: Awaited<ReturnType<typeof seedPatients>>;
  try {
    const clinic = await template.store.admin.createClinic("Bench Clinic");
    const user = await template.store.admin.createUser({
      clinicId: clinic.id,
      email,
      role: "prescriber",
      passwordHash: await hashPassword(password),
    });
    const actor = { userId: user.id, clinicId: clinic.id, role: "prescriber" as const, address: "127.0.0.1" };
    seeded = await seedPatients(template.store, actor, { patients: templates, batch: 25, parallel: 2 });
    await backupStore({ kind: "embedded", dataDir: templateDir }, join(root, "template.backup"), {
      now: new Date(),
      address: "bench",
    });
  } finally {
    await template.close();
  }
  log(`charted ${templates} template patients (${seeded.rows} rows) in ${seeded.seconds.toFixed(1)} s`);
  const cloned = await cloneBackup(join(root, "template.backup"), join(root, "bench.backup"), patients);
  const started = performance.now();
  await restoreStore({ kind: "embedded", dataDir }, join(root, "bench.backup"), {
    now: new Date(),
    address: "bench",
  });
  const restoreSeconds = (performance.now() - started) / 1000;
  const total = [...cloned.rows.values()].reduce((a, b) => a + b, 0);
  log(`restored ${patients} patients (${total} rows) in ${restoreSeconds.toFixed(1)} s`);
  return { patientIds: cloned.patientIds, rows: cloned.rows, restoreSeconds, templateRows: seeded.rows };
}

interface Target {
  readonly name: string;
  readonly paths: readonly string[];
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
const cells = (c: readonly string[]) => c.map((s, i) => (i === 0 ? s.padEnd(34) : s.padStart(12))).join("");

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), "titrate-api-bench-"));
  // Run as root, PostgreSQL runs as the user postgres, which must pass through (not list) this folder.
  await chmod(root, 0o711);
  // TITRATE_BENCH_DATA keeps the seeded folder, and a later run with the same value skips the seeding.
  const dataDir = env.TITRATE_BENCH_DATA ?? join(root, "data");
  const seeded = await stat(join(dataDir, "postgres", "PG_VERSION")).then(
    () => false,
    () => true,
  );
  const load = loadavg()[0]?.toFixed(2);
  log(
    `API benchmark: node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores, load ${load}`,
  );
  if (seeded) await seed(root, dataDir);
  else log(`reusing the seeded store in ${dataDir}`);
  const opened = await openStore({ kind: "embedded", dataDir });
  const app = buildApp({
    store: opened.store,
    config: serverConfigSchema.parse({
      cookieSecure: false,
      rateLimitPerMinute: 100_000_000,
      loginRateLimitPerMinute: 1_000,
    }),
    // The production logger, writing where a quiet terminal would not slow it.
    logger: { destination: pino.destination({ dest: "/dev/null", sync: false }) },
  });
  const baseline = Fastify();
  try {
    const appUrl = await app.listen({ port: 0, host: "127.0.0.1" });
    const cookies: string[] = [];
    for (let i = 0; i < connections; i++) cookies.push(await signIn(appUrl));
    const [cookie] = cookies;
    if (cookie === undefined) throw new Error("no connections");

    const patientIds = shuffled(await listIds(appUrl, cookie));
    const targets: Target[] = [
      { name: "chart: GET …/:id/record", paths: patientIds.map((id) => `/api/patients/${id}/record`) },
      {
        name: "assessment: GET …/:id/assessment",
        paths: patientIds.map((id) => `/api/patients/${id}/assessment?asOf=${benchAsOf}`),
      },
      {
        name: "search: GET /api/patients?query=",
        paths: shuffled(benchQueries).map((q) => `/api/patients?query=${encodeURIComponent(q)}`),
      },
    ];
    // The baseline answers every path of a target with the bytes of one real answer to it.
    const bodies: string[] = [];
    for (const target of targets) {
      const reply = await fetch(`${appUrl}${target.paths[0]}`, { headers: { cookie } });
      if (reply.status !== 200) throw new Error(`${target.name}: ${reply.status}`);
      bodies.push(await reply.text());
    }
    baseline.get("/api/patients/:id/record", (_req, reply) => reply.type("application/json").send(bodies[0]));
    baseline.get("/api/patients/:id/assessment", (_req, reply) =>
      reply.type("application/json").send(bodies[1]),
    );
    baseline.get("/api/patients", (_req, reply) => reply.type("application/json").send(bodies[2]));
    const baseUrl = await baseline.listen({ port: 0, host: "127.0.0.1" });

    const lines = [cells(["", "p50", "p99", "req/s", "errors", "non-2xx", "p99 ratio", "req/s ratio"])];
    for (const [i, target] of targets.entries()) {
      const plan = (url: string, s: number): LoadPlan => ({
        url,
        paths: target.paths,
        cookies: url === appUrl ? cookies : [],
        connections,
        seconds: s,
      });
      await runLoad(plan(appUrl, warmUpSeconds));
      await runLoad(plan(baseUrl, warmUpSeconds));
      const base = await runLoad(plan(baseUrl, seconds));
      const real = await runLoad(plan(appUrl, seconds));
      const size = Buffer.byteLength(bodies[i] ?? "");
      log(`${target.name}: ${real.requests} requests, body ${size} bytes`);
      lines.push(
        cells([
          target.name,
          ms(real.p50),
          ms(real.p99),
          real.perSecond.toFixed(0),
          `${real.errors}`,
          `${real.non2xx}`,
          ratio(real.p99, base.p99),
          ratio(base.perSecond, real.perSecond),
        ]),
        cells([
          "  baseline, same bytes",
          ms(base.p50),
          ms(base.p99),
          base.perSecond.toFixed(0),
          `${base.errors}`,
          `${base.non2xx}`,
          "",
          "",
        ]),
      );
    }
    process.stdout.write(
      `\n${lines.join("\n")}\n\n${patients} patients, ${connections} connections, ${seconds} s a run; ` +
        `budget: chart p99 < ${budgetP99Ms} ms with no errors. Load average at the end ${loadavg()[0]?.toFixed(2)}.\n`,
    );
  } finally {
    await baseline.close();
    await app.close();
    await opened.close();
    if (env.TITRATE_BENCH_KEEP !== "1") await rm(root, { recursive: true, force: true });
  }
}

/** One client's session cookie: each simulated client signs in for itself. */
async function signIn(appUrl: string): Promise<string> {
  const login = await fetch(`${appUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const cookie = login.headers.getSetCookie()[0]?.split(";")[0];
  if (login.status !== 200 || cookie === undefined) throw new Error(`sign-in failed: ${login.status}`);
  return cookie;
}

/** Every patient's id, read through the API as a client would (and a first pass over the table). */
async function listIds(appUrl: string, cookie: string): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 100) {
    const reply = await fetch(`${appUrl}/api/patients?limit=100&offset=${offset}`, { headers: { cookie } });
    const page = (await reply.json()) as { patients: { id: string }[]; total: number };
    ids.push(...page.patients.map((p) => p.id));
    if (page.patients.length < 100) return ids;
  }
}

await main();
