// `titrate` through run() with injected io: output streams, exit statuses and error lines.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CliIo } from "./cli-io.ts";
import { runWith, testIo } from "./test-io.ts";

const example = readFileSync(new URL("../../docs/example-record.json", import.meta.url), "utf8");
const asOf = "2026-01-23";

async function titrate(argv: string[], files: Record<string, string> = {}, overrides: Partial<CliIo> = {}) {
  return runWith(argv, testIo({ files, io: overrides }));
}

function withMeasurement(change: Record<string, unknown>): string {
  const record = JSON.parse(example);
  record.measurements[5] = { ...record.measurements[5], ...change };
  return JSON.stringify(record);
}

describe("titrate assess", () => {
  it("prints the text summary and exits 0", async () => {
    const r = await titrate(["assess", "rec.json", "--as-of", asOf], { "rec.json": example });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`patient EX-0001, age 48, as of ${asOf}`);
    expect(r.stdout).toMatch(/^OUTCOME {2}\S/m);
    expect(r.stdout).toMatch(/^RECOMMENDATIONS \(\d+\)/m);
    expect(r.stdout).toMatch(/Knowledge version \S+\n$/);
  });

  it("prints the whole assessment as JSON with --json", async () => {
    const r = await titrate(["assess", "rec.json", "--json", "--as-of", asOf], { "rec.json": example });
    expect(r.status).toBe(0);
    const assessment = JSON.parse(r.stdout);
    expect(assessment.asOf).toBe(asOf);
    expect(Object.keys(assessment)).toEqual(
      expect.arrayContaining(["outcome", "trajectory", "trial", "findings", "recommendations", "citations"]),
    );
  });

  it("reads standard input for - and assesses as of today by default", async () => {
    const r = await titrate(["assess", "-", "--json"], { "-": example });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).asOf).toBe("2026-02-01");
  });

  it("uses clinic settings from --settings", async () => {
    const files = { "rec.json": example, "clinic.json": JSON.stringify({ madrsRemissionMax: 12 }) };
    const r = await titrate(
      ["assess", "rec.json", "--json", "--as-of", asOf, "--settings", "clinic.json"],
      files,
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).settings.madrsRemissionMax).toBe(12);
  });
});

describe("invalid input exits 2 with one line per problem and nothing on stdout", () => {
  const cases: [string, string[], Record<string, string>, RegExp][] = [
    [
      "a total out of range",
      ["assess", "rec.json", "--as-of", asOf],
      { "rec.json": withMeasurement({ total: 70 }) },
      /^measurements\[5\]\.total: .*between 0 and 60\n$/,
    ],
    ["a missing file", ["assess", "nope.json"], {}, /^record file: no such file\n$/],
    ["an empty file", ["assess", "rec.json"], { "rec.json": " \n" }, /^record file: is empty\n$/],
    [
      "bad JSON, with where it went wrong",
      ["assess", "rec.json"],
      { "rec.json": '{\n  "patient": {},\n}' },
      /^record file: is not valid JSON \(at line 3, column 1\)\n$/,
    ],
    [
      "bad JSON, without quoting it",
      ["assess", "rec.json"],
      { "rec.json": '{\n  "patient": Jane Doe }' },
      /^record file: is not valid JSON\n$/,
    ],
    [
      "an --as-of that is no date",
      ["assess", "rec.json", "--as-of", "2026-02-30"],
      { "rec.json": example },
      /^--as-of: /,
    ],
    [
      "an --as-of in the future",
      ["assess", "rec.json", "--as-of", "2026-02-02"],
      { "rec.json": example },
      /^--as-of: must not be in the future \(after 2026-02-01\)\n$/,
    ],
    [
      "record dates after --as-of",
      ["assess", "rec.json", "--as-of", "2026-01-10"],
      { "rec.json": example },
      /^sessions\[2\]\.date: must not be in the future/,
    ],
    [
      "bad settings",
      ["assess", "rec.json", "--as-of", asOf, "--settings", "s.json"],
      { "rec.json": example, "s.json": JSON.stringify({ madrsRemissionMax: 30 }) },
      /^settings\.madrsRemissionMax: /,
    ],
    ["an unknown option", ["assess", "rec.json", "--frobnicate"], { "rec.json": example }, /unknown option/],
    ["no file argument", ["assess"], {}, /missing required argument/],
  ];

  it.each(cases)("%s", async (_name, argv, files, stderr) => {
    const r = await titrate(argv, files);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(stderr);
    expect(r.status).toBe(2);
  });

  it("reports settings and record problems together", async () => {
    const files = { "rec.json": withMeasurement({ total: 70 }), "s.json": "[" };
    const r = await titrate(["assess", "rec.json", "--as-of", asOf, "--settings", "s.json"], files);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")[0]).toMatch(/^settings file: is not valid JSON/);
    expect(r.stderr).toContain("measurements[5].total: ");
  });
});

describe("the README", () => {
  it("shows docs/example-record.json as its example record", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## The patient record"));
    const block = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
    expect(block === undefined ? undefined : JSON.parse(block)).toEqual(JSON.parse(example));
  });
});

describe("other exits", () => {
  it("prints help to stdout and exits 0", async () => {
    const r = await titrate(["assess", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("--as-of <date>");
  });

  it("hides an unexpected error's message unless debugging, and exits 1", async () => {
    const fail = () => {
      throw new TypeError("cannot render Jane Doe");
    };
    const quiet = await titrate(
      ["assess", "rec.json", "--as-of", asOf],
      { "rec.json": example },
      { stdout: fail },
    );
    expect(quiet.status).toBe(1);
    expect(quiet.stderr).toBe(
      "titrate: unexpected error (TypeError); set TITRATE_DEBUG=1 to see the details\n",
    );
    const loud = await titrate(
      ["assess", "rec.json"],
      { "rec.json": example },
      { stdout: fail, debug: true },
    );
    expect(loud.status).toBe(1);
    expect(loud.stderr).toContain("TypeError: cannot render Jane Doe\n    at ");
  });
});
