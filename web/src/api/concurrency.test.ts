// The gate never runs more than its limit at once, and runs everything in the end.

import { describe, expect, it } from "vitest";
import { concurrencyGate } from "./concurrency.ts";

describe("concurrencyGate", () => {
  it("holds tasks past the limit until one finishes", async () => {
    const gate = concurrencyGate(2);
    let running = 0;
    let most = 0;
    const task = async (n: number) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return n;
    };
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => gate(() => task(n))));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it("frees its slot when a task fails", async () => {
    const gate = concurrencyGate(1);
    await expect(gate(async () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    await expect(gate(async () => "next")).resolves.toBe("next");
  });
});
