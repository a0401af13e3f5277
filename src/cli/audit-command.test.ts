// `titrate audit verify` through run() with a fake store: what it prints and its exit status.

import { describe, expect, it } from "vitest";
import { MemoryStore, runWith, testIo } from "./test-io.ts";

describe("titrate audit verify", () => {
  it("exits 0 and says how many events it checked when the log is intact", async () => {
    const memory = new MemoryStore();
    memory.verifyResult = { ok: true, checked: 42, firstBreak: null };
    const r = await runWith(["audit", "verify"], testIo(), memory.access());
    expect(r).toEqual({
      status: 0,
      stdout: "42 audit events checked: OK, every chain is intact.\n",
      stderr: "",
    });
  });

  it("exits 1 and names the first break when it is not", async () => {
    const memory = new MemoryStore();
    memory.verifyResult = { ok: false, checked: 42, firstBreak: 17 };
    const r = await runWith(["audit", "verify"], testIo(), memory.access());
    expect(r).toEqual({
      status: 1,
      stdout: "42 audit events checked: BROKEN, the first break is at event 17.\n",
      stderr: "",
    });
  });

  it("exits 2 when the database cannot be reached, naming it without its password", async () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:5432"), { code: "ECONNREFUSED" });
    const env = { DATABASE_URL: "postgres://titrate:hunter2@10.0.0.5:5432/titrate" };
    const r = await runWith(["audit", "verify"], testIo({ env }), {
      open: async () => {
        throw refused;
      },
      running: async () => null,
    });
    expect(r).toEqual({
      status: 2,
      stdout: "",
      stderr:
        "titrate: cannot use the database at 10.0.0.5:5432/titrate: connect ECONNREFUSED 10.0.0.5:5432\n",
    });
  });
});
