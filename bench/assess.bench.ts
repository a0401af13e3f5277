// Times assess() on synthetic 30-session records beside a baseline that only sorts and reads each record.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import * as source from "../src/clinical/index.ts";
import { touchRecord } from "./baseline.ts";
import { benchAsOf, syntheticRecord } from "./synthetic-record.ts";

type Engine = typeof source;
type PatientRecord = source.PatientRecord;

const sampleSize = 1_000;
const rounds = 20;
const warmUpRounds = 5;
const batchSize = 100_000;
/** Records alive at once in the streamed batch, as a job reading from the store would hold them. */
const chunkSize = 1_000;
const batchRuns = 3;
const budget = { medianMicros: 50, batchSeconds: 5 };
const resident = process.argv.includes("--resident");
const only = process.argv.find((a) => a.startsWith("--engine="))?.slice("--engine=".length);

/**
 * The engine as production runs it: src/clinical bundled by esbuild into plain JavaScript, without the
 * per-function name wrappers (keep_names) that tsx adds to code it runs straight from source.
 */
async function bundledEngine(): Promise<Engine> {
  const out = await build({
    entryPoints: [new URL("../src/clinical/index.ts", import.meta.url).pathname],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    keepNames: false,
    write: false,
    logLevel: "warning",
  });
  const code = out.outputFiles[0]?.text;
  if (code === undefined) throw new Error("esbuild produced no output");
  const dir = mkdtempSync(join(tmpdir(), "titrate-bench-"));
  const file = join(dir, "clinical.mjs");
  writeFileSync(file, code);
  try {
    const engine: Engine = await import(pathToFileURL(file).href);
    return engine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Work = (record: PatientRecord) => void;

// Results flow into this so the optimiser cannot drop the calls as dead code.
let sink = 0;
const assessWith =
  (engine: Engine): Work =>
  (record) => {
    sink += engine.assess(record, benchAsOf).recommendations.length;
  };
const runBaseline: Work = (record) => {
  sink += touchRecord(record);
};

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** One timing per call, in nanoseconds. */
function perRecord(work: Work, records: readonly PatientRecord[]): number[] {
  for (let r = 0; r < warmUpRounds; r += 1) for (const record of records) work(record);
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const record of records) {
      const start = process.hrtime.bigint();
      work(record);
      times.push(Number(process.hrtime.bigint() - start));
    }
  }
  return times;
}

/** Seconds for one pass of `work` over `records`. */
function timed(work: Work, records: readonly PatientRecord[]): number {
  const start = process.hrtime.bigint();
  for (const record of records) work(record);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * 100,000 distinct records, built a chunk at a time outside the timer, with the baseline timed on each
 * chunk just before `work`; returns [work, baseline] seconds. Each engine gets chunks of its own, so
 * neither inherits the other's warm caches or already-promoted records.
 */
function streamedBatch(work: Work): [number, number] {
  let workSeconds = 0;
  let baseSeconds = 0;
  for (let first = 0; first < batchSize; first += chunkSize) {
    const chunk = Array.from({ length: chunkSize }, (_, i) => syntheticRecord(sampleSize + first + i));
    baseSeconds += timed(runBaseline, chunk);
    workSeconds += timed(work, chunk);
  }
  return [workSeconds, baseSeconds];
}

/** All 100,000 records in memory at once (about 1.6 GB), the way a naive batch job would hold them. */
function residentBatch(work: Work): [number, number] {
  const records = Array.from({ length: batchSize }, (_, i) => syntheticRecord(sampleSize + i));
  return [timed(work, records), timed(runBaseline, records)];
}

const micros = (ns: number): string => `${(ns / 1000).toFixed(2)} µs`;
const seconds = (s: number): string => `${s.toFixed(2)} s`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(1)}×`;
const row = (cells: readonly string[]): string =>
  cells.map((c, i) => (i === 0 ? c.padEnd(34) : c.padStart(15))).join("");

interface Measured {
  readonly name: string;
  readonly times: number[];
}

function main(engines: readonly { name: string; engine: Engine }[]): void {
  const sample = Array.from({ length: sampleSize }, (_, i) => syntheticRecord(i));
  const measurements = sample.reduce((n, r) => n + r.measurements.length, 0) / sample.length;
  const write = (text: string) => process.stdout.write(text);
  write(
    `assess() benchmark: node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}, ` +
      `${availableParallelism()} usable cores, load average ${loadavg()[0]?.toFixed(2)}, knowledge ${source.knowledgeVersion}\n` +
      `synthetic records: 30 IV ketamine sessions and ${measurements} measurements each, assessed as of ${benchAsOf}\n` +
      `engines: ${engines.map((e) => e.name).join(", ")} (ratio = engine ÷ baseline)\n`,
  );

  const measured: Measured[] = engines.map(({ name, engine }) => ({
    name,
    times: perRecord(assessWith(engine), sample),
  }));
  const baseTimes = perRecord(runBaseline, sample);
  const header = ["", ...measured.map((m) => m.name), "baseline", ...measured.map((m) => `ratio ${m.name}`)];
  const statRow = (label: string, stat: (times: readonly number[]) => number): string => {
    const base = stat(baseTimes);
    const values = measured.map((m) => stat(m.times));
    return row([label, ...values.map(micros), micros(base), ...values.map((v) => ratio(v, base))]);
  };
  const lines = [
    row(header),
    statRow("per record, median", (t) => quantile(t, 0.5)),
    statRow("per record, p90", (t) => quantile(t, 0.9)),
    statRow("per record, p99", (t) => quantile(t, 0.99)),
    // The mean carries the garbage-collection pauses the median leaves out; it is what a batch pays.
    statRow("per record, mean", mean),
  ];

  const batchRows = (label: string, batch: (work: Work) => [number, number]): number[] => {
    // Runs alternate between engines, so a change in the machine's load falls on both alike.
    const runs = engines.map((): [number, number][] => []);
    for (let r = 0; r < batchRuns; r += 1) {
      engines.forEach(({ engine }, e) => {
        runs[e]?.push(batch(assessWith(engine)));
      });
    }
    const medians = runs.map((rs) =>
      quantile(
        rs.map((x) => x[0]),
        0.5,
      ),
    );
    const bases = runs.map((rs) =>
      quantile(
        rs.map((x) => x[1]),
        0.5,
      ),
    );
    const base = mean(bases);
    lines.push(
      row([
        label,
        ...medians.map(seconds),
        seconds(base),
        ...medians.map((m, e) => ratio(m, bases[e] ?? Number.NaN)),
      ]),
    );
    engines.forEach(({ name }, e) => {
      const each = (runs[e] ?? []).map((x) => `${x[0].toFixed(2)} (baseline ${x[1].toFixed(2)})`);
      lines.push(`  ${name} runs: ${each.join(" / ")} s`);
    });
    return medians;
  };
  const streamed = batchRows(`${batchSize.toLocaleString("en")} records, streamed`, streamedBatch);
  if (resident) batchRows(`${batchSize.toLocaleString("en")} records, all resident`, residentBatch);

  const verdict = (ok: boolean): string => (ok ? "within budget" : "OVER BUDGET");
  const verdicts = measured.map(({ name, times }, w) => {
    const median = quantile(times, 0.5) / 1000;
    const batch = streamed[w] ?? Number.NaN;
    return (
      `budget (${name}): median < ${budget.medianMicros} µs: ${verdict(median < budget.medianMicros)}; ` +
      `${batchSize.toLocaleString("en")} records < ${budget.batchSeconds} s: ${verdict(batch < budget.batchSeconds)}`
    );
  });
  write(
    `\n${lines.join("\n")}\n\n${verdicts.join("\n")}\n` +
      `load average at the end ${loadavg()[0]?.toFixed(2)} (checksum ${sink.toFixed(0)})\n`,
  );
}

const engines: { name: string; engine: Engine }[] = [];
if (only === undefined || only === "bundled")
  engines.push({ name: "bundled", engine: await bundledEngine() });
if (only === undefined || only === "tsx") engines.push({ name: "tsx", engine: source });
if (engines.length === 0) throw new Error(`--engine must be bundled or tsx, not ${only}`);
main(engines);
