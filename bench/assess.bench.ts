// Times assess() on synthetic 30-session records beside a baseline that only sorts and reads each record.

import { availableParallelism, cpus } from "node:os";
import { assess, knowledgeVersion, type PatientRecord } from "../src/clinical/index.ts";
import { touchRecord } from "./baseline.ts";
import { benchAsOf, syntheticRecord } from "./synthetic-record.ts";

const sampleSize = 1_000;
const rounds = 20;
const warmUpRounds = 5;
const batchSize = 100_000;
const batchRuns = 3;
const budget = { medianMicros: 50, batchSeconds: 5 };

type Work = (record: PatientRecord) => void;

// Results flow into this so the optimiser cannot drop the calls as dead code.
let sink = 0;
const runAssess: Work = (record) => {
  sink += assess(record, benchAsOf).recommendations.length;
};
const runBaseline: Work = (record) => {
  sink += touchRecord(record);
};

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** One timing per call, in nanoseconds, sorted. */
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
  return times.sort((a, b) => a - b);
}

/** Wall time of one pass over every record, in seconds. */
function batch(work: Work, records: readonly PatientRecord[]): number {
  const start = process.hrtime.bigint();
  for (const record of records) work(record);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function row(cells: readonly string[]): string {
  const [label = "", ...rest] = cells;
  return `${label.padEnd(28)}${rest.map((c) => c.padStart(14)).join("")}`;
}

const micros = (ns: number): string => `${(ns / 1000).toFixed(2)} µs`;
const seconds = (s: number): string => `${s.toFixed(3)} s`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(1)}×`;

function main(): void {
  const sample = Array.from({ length: sampleSize }, (_, i) => syntheticRecord(i));
  const sessions = sample.reduce((n, r) => n + r.sessions.length, 0) / sample.length;
  const measurements = sample.reduce((n, r) => n + r.measurements.length, 0) / sample.length;
  process.stdout.write(
    `assess() benchmark: node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}, ` +
      `${availableParallelism()} cores, knowledge ${knowledgeVersion}\n` +
      `records: ${sessions} sessions and ${measurements.toFixed(1)} measurements each, as of ${benchAsOf}\n\n`,
  );

  const assessTimes = perRecord(runAssess, sample);
  const baseTimes = perRecord(runBaseline, sample);

  process.stdout.write(`building ${batchSize.toLocaleString("en")} records…\n`);
  const records = Array.from({ length: batchSize }, (_, i) => syntheticRecord(sampleSize + i));
  const assessBatches: number[] = [];
  const baseBatches: number[] = [];
  for (let run = 0; run < batchRuns; run += 1) {
    baseBatches.push(batch(runBaseline, records));
    assessBatches.push(batch(runAssess, records));
  }
  const assessBatch = quantile(
    [...assessBatches].sort((a, b) => a - b),
    0.5,
  );
  const baseBatch = quantile(
    [...baseBatches].sort((a, b) => a - b),
    0.5,
  );

  const lines = [
    row(["", "assess()", "baseline", "ratio"]),
    ...(
      [
        ["per record, median", 0.5],
        ["per record, p90", 0.9],
        ["per record, p99", 0.99],
      ] as const
    ).map(([label, q]) => {
      const a = quantile(assessTimes, q);
      const b = quantile(baseTimes, q);
      return row([label, micros(a), micros(b), ratio(a, b)]);
    }),
    row([
      `${batchSize.toLocaleString("en")} records (median)`,
      seconds(assessBatch),
      seconds(baseBatch),
      ratio(assessBatch, baseBatch),
    ]),
    row([`  each of ${batchRuns} runs`, assessBatches.map((s) => s.toFixed(2)).join(" / "), "", ""]),
  ];
  const median = quantile(assessTimes, 0.5) / 1000;
  const verdict = (ok: boolean): string => (ok ? "within budget" : "OVER BUDGET");
  process.stdout.write(
    `\n${lines.join("\n")}\n\n` +
      `budget: median < ${budget.medianMicros} µs: ${verdict(median < budget.medianMicros)}; ` +
      `${batchSize.toLocaleString("en")} records < ${budget.batchSeconds} s: ` +
      `${verdict(assessBatch < budget.batchSeconds)}\n` +
      `(checksum ${sink.toFixed(0)})\n`,
  );
}

main();
