// The real executable, spawned: bin/titrate.mjs loads the TypeScript through tsx and exits with the right status.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const example = "docs/example-record.json";

function titrate(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["bin/titrate.mjs", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, TITRATE_DEBUG: "" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("bin/titrate.mjs", { timeout: 30_000 }, () => {
  it("assesses a record file and prints JSON that parses, exit 0", () => {
    const r = titrate(["assess", example, "--as-of", "2026-01-23", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const assessment = JSON.parse(r.stdout);
    expect(assessment.asOf).toBe("2026-01-23");
    expect(assessment.patient.id).toBe("EX-0001");
  });

  it("prints the text summary from standard input", () => {
    const r = titrate(["assess", "-", "--as-of", "2026-01-23"], readFileSync(`${root}${example}`, "utf8"));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("OUTCOME  ");
  });

  it("exits 2 with nothing on stdout when the record is invalid", () => {
    const record = JSON.parse(readFileSync(`${root}${example}`, "utf8"));
    record.measurements[1].total = 99;
    const r = titrate(["assess", "-", "--as-of", "2026-01-23"], JSON.stringify(record));
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^measurements\[1\]\.total: .+\n$/);
    expect(r.status).toBe(2);
  });

  it("exits 2 for a file that does not exist", () => {
    const r = titrate(["assess", "no-such-record.json"]);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("record file: no such file\n");
    expect(r.status).toBe(2);
  });
});
