import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newSessionToken, sessionIdOf } from "./sessions.ts";

describe("session tokens", () => {
  it("are 256 random bits, and the store sees only their SHA-256", () => {
    const { token, id } = newSessionToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(id).toBe(createHash("sha256").update(token).digest("hex"));
    expect(id).not.toContain(token);
    expect(sessionIdOf(token)).toBe(id);
  });

  it("never repeat", () => {
    const ids = new Set(Array.from({ length: 200 }, () => newSessionToken().token));
    expect(ids.size).toBe(200);
  });
});
