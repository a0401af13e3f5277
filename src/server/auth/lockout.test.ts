import { describe, expect, it } from "vitest";
import { lockedUntil, lockSeconds, secondsUntil } from "./lockout.ts";

const policy = { lockoutThreshold: 5, lockoutBaseSeconds: 60, lockoutMaxSeconds: 3600 };

describe("lockout backoff", () => {
  it("stays open below the threshold", () => {
    for (const failures of [0, 1, 4]) expect(lockSeconds(failures, policy)).toBe(0);
  });

  it("locks for a minute at five failures, doubling with each further failure", () => {
    expect([5, 6, 7, 8].map((f) => lockSeconds(f, policy))).toEqual([60, 120, 240, 480]);
  });

  it("never locks longer than the maximum, even after very many failures", () => {
    expect(lockSeconds(12, policy)).toBe(3600);
    expect(lockSeconds(10_000, policy)).toBe(3600);
  });

  it("gives the moment the lock ends", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(lockedUntil(4, now, policy)).toBeNull();
    expect(lockedUntil(6, now, policy)?.toISOString()).toBe("2026-01-01T00:02:00.000Z");
    expect(secondsUntil(new Date("2026-01-01T00:00:00.200Z"), now)).toBe(1);
  });
});
