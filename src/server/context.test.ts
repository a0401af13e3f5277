import { describe, expect, it } from "vitest";
import { dateIn } from "./context.ts";

describe("dateIn", () => {
  it("gives the calendar date where the clinic is", () => {
    const at = new Date("2026-03-10T03:30:00Z");
    expect(dateIn(at, "UTC")).toBe("2026-03-10");
    expect(dateIn(at, "America/Los_Angeles")).toBe("2026-03-09");
    expect(dateIn(new Date("2026-03-10T20:00:00Z"), "Asia/Tokyo")).toBe("2026-03-11");
  });
});
