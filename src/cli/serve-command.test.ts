// What `titrate serve` refuses, through run() with a fake store; starting and stopping for real is serve.int.test.ts.

import net from "node:net";
import { describe, expect, it } from "vitest";
import { DataDirLockedError } from "../store/index.ts";
import { MemoryStore, runWith, testIo } from "./test-io.ts";

describe("titrate serve refusals", () => {
  it("refuses a bad port or setting with exit 2 before opening the store", async () => {
    const memory = new MemoryStore();
    const port = await runWith(["serve", "--port", "http"], testIo(), memory.access());
    expect(port).toEqual({
      status: 2,
      stdout: "",
      stderr: "--port: must be a whole number from 0 to 65535\n",
    });
    const env = { TITRATE_LOCKOUT_THRESHOLD: "0" };
    const setting = await runWith(["serve"], testIo({ env }), memory.access());
    expect(setting.status).toBe(2);
    expect(setting.stderr).toMatch(
      /^titrate: invalid server configuration:\n {2}TITRATE_LOCKOUT_THRESHOLD: /,
    );
    expect(memory.opened).toEqual([]);
  });

  it("refuses a data folder another Titrate holds with exit 2 and the store's message", async () => {
    const running = { pid: 4242, startedAt: "", databasePort: 5999, http: "http://127.0.0.1:3000" };
    const locked = new DataDirLockedError(
      "Another Titrate (pid 4242, listening on http://127.0.0.1:3000) …",
      running,
    );
    const r = await runWith(["serve"], testIo(), {
      open: async () => {
        throw locked;
      },
      running: async () => null,
    });
    expect(r).toEqual({ status: 2, stdout: "", stderr: `titrate: ${locked.message}\n` });
  });

  it("refuses a port in use with exit 2 and closes the store", async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const address = taken.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    try {
      const memory = new MemoryStore();
      const r = await runWith(["serve", "--port", String(port)], testIo(), memory.access());
      expect(r).toEqual({
        status: 2,
        stdout: "",
        stderr: `titrate: cannot listen on 127.0.0.1 port ${port}: the port is in use; choose another with --port\n`,
      });
      expect(memory.closed).toBe(1);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
