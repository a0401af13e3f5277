// The inactivity arithmetic: the server's limit read from a deadline, and when to warn and sign out.

import { describe, expect, it } from "vitest";
import { formatRemaining, idleLimitMs, idlePhase, warningLeadMs } from "./idle-timer.ts";

const minute = 60_000;

describe("idleLimitMs", () => {
  it("reads the configured minutes from the deadline and the server's Date header, whatever the browser's clock", () => {
    expect(idleLimitMs("2026-05-01T12:15:00.400Z", "Fri, 01 May 2026 12:00:00 GMT")).toBe(15 * minute);
    expect(idleLimitMs("2026-05-01T12:01:00.000Z", "Fri, 01 May 2026 12:00:01 GMT")).toBe(minute);
  });

  it("gives up on a missing or unreadable date", () => {
    expect(idleLimitMs("2026-05-01T12:15:00Z", null)).toBeNull();
    expect(idleLimitMs("soon", "Fri, 01 May 2026 12:00:00 GMT")).toBeNull();
  });
});

describe("idlePhase", () => {
  const idle = 15 * minute;
  it("warns two minutes before the limit and expires at it", () => {
    expect(idlePhase(0, 12 * minute, idle)).toEqual({ phase: "active" });
    expect(idlePhase(0, 13 * minute, idle)).toEqual({ phase: "warning", remainingMs: 2 * minute });
    expect(idlePhase(0, 15 * minute, idle)).toEqual({ phase: "expired" });
  });

  it("warns for half the limit when the limit is short", () => {
    expect(warningLeadMs(minute)).toBe(30_000);
    expect(idlePhase(0, 31_000, minute)).toEqual({ phase: "warning", remainingMs: 29_000 });
  });

  it("counts down in minutes and seconds", () => {
    expect(formatRemaining(119_001)).toBe("2:00");
    expect(formatRemaining(61_000)).toBe("1:01");
    expect(formatRemaining(-5)).toBe("0:00");
  });
});
