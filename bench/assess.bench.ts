// Times assess() on synthetic 30-session records beside a baseline that only sorts and reads each record.

import { availableParallelism, cpus, loadavg } from "node:os";
import { assess, knowledgeVersion, type PatientRecord } from "../src/clinical/index.ts";
import { touchRecord } from "./baseline.ts";
import { benchAsOf, syntheticRecord } from "./synthetic-record.ts";

const sampleSize = 1_000;
const rounds = 20;
const warmUpRounds = 5;
const batchSize = 100_000;
/** Records alive at once in the streamed batch, as a job reading from the store would hold them. */
const chunkSize = 1_000;
const batchRuns = 3;
const budget = { medianMicros: 50, batchSeconds: 5 };
const resident = process.argv.includes("--resident");

type Work = (record: PatientRecord) => void;

// Results flow into this so the optimiser cannot drop the calls as dead code.
let sink = 0;
const runAssess: Work = (record) => {
  sink += assess(record, benchAsOf).recommendations.length;
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

/** 100,000 distinct records, built a chunk at a time outside the timer; returns [assess, baseline] seconds. */
function streamedBatch(): [number, number] {
  let assessSeconds = 0;
  let baseSeconds = 0;
  for (let first = 0; first < batchSize; first += chunkSize) {
    const chunk = Array.from({ length: chunkSize }, (_, i) => syntheticRecord(sampleSize + first + i));
    baseSeconds += timed(runBaseline, chunk);
    assessSeconds += timed(runAssess, chunk);
  }
  return [assessSeconds, baseSeconds];
}

/** All 100,000 records in memory at once (about 1.6 GB), the way a naive batch job would hold them. */
function residentBatch(): [number, number] {
  const records = Array.from({ length: batchSize }, (_, i) => syntheticRecord(sampleSize + i));
  return [timed(runAssess, records), timed(runBaseline, records)];
}

const micros = (ns: number): string => `${(ns / 1000).toFixed(2)} µs`;
const seconds = (s: number): string => `${s.toFixed(2)} s`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(1)}×`;
const row = (cells: readonly string[]): string =>
  cells.map((c, i) => (i === 0 ? c.padEnd(34) : c.padStart(13))).join("");

function batchRows(label: string, runs: readonly (readonly [number, number])[]): string[] {
  const a = quantile(
    runs.map((r) => r[0]),
    0.5,
  );
  const b = quantile(
    runs.map((r) => r[1]),
    0.5,
  );
  const each = runs.map((r) => r[0].toFixed(2)).join(" / ");
  return [row([label, seconds(a), seconds(b), ratio(a, b)]), `  assess() runs: ${each} s`];
}

function main(): void {
  const sample = Array.from({ length: sampleSize }, (_, i) => syntheticRecord(i));
  const measurements = sample.reduce((n, r) => n + r.measurements.length, 0) / sample.length;
  const write = (text: string) => process.stdout.write(text);
  write(
    `assess() benchmark: node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}, ` +
      `${availableParallelism()} usable cores, load average ${loadavg()[0]?.toFixed(2)}, knowledge ${knowledgeVersion}\n` +
      `synthetic records: 30 IV ketamine sessions and ${measurements} measurements each, assessed as of ${benchAsOf}\n`,
  );

  const assessTimes = perRecord(runAssess, sample);
  const baseTimes = perRecord(runBaseline, sample);
  const percentiles = [
    ["per record, median", 0.5],
    ["per record, p90", 0.9],
    ["per record, p99", 0.99],
  ] as const;
  const lines = [
    row(["", "assess()", "baseline", "ratio"]),
    ...percentiles.map(([label, q]) => {
      const a = quantile(assessTimes, q);
      const b = quantile(baseTimes, q);
      return row([label, micros(a), micros(b), ratio(a, b)]);
    }),
    // The mean carries the garbage-collection pauses the median leaves out; it is what a batch pays.
    row([
      "per record, mean",
      micros(mean(assessTimes)),
      micros(mean(baseTimes)),
      ratio(mean(assessTimes), mean(baseTimes)),
    ]),
  ];

  const streamed = Array.from({ length: batchRuns }, streamedBatch);
  lines.push(...batchRows(`${batchSize.toLocaleString("en")} records, streamed`, streamed));
  if (resident) {
    const held = Array.from({ length: batchRuns }, residentBatch);
    lines.push(...batchRows(`${batchSize.toLocaleString("en")} records, all resident`, held));
  }

  const median = quantile(assessTimes, 0.5) / 1000;
  const batchMedian = quantile(
    streamed.map((r) => r[0]),
    0.5,
  );
  const verdict = (ok: boolean): string => (ok ? "within budget" : "OVER BUDGET");
  write(
    `\n${lines.join("\n")}\n\n` +
      `budget: median < ${budget.medianMicros} µs: ${verdict(median < budget.medianMicros)}; ` +
      `${batchSize.toLocaleString("en")} records < ${budget.batchSeconds} s: ${verdict(batchMedian < budget.batchSeconds)}\n` +
      `load average at the end ${loadavg()[0]?.toFixed(2)} (checksum ${sink.toFixed(0)})\n`,
  );
}

main();
