import { describe, expect, it } from "vitest";
import { checkPassword, decoyHash, hashPassword, passwordSchema } from "./password.ts";

describe("passwords", () => {
  it("hash with argon2id and check", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await checkPassword(stored, "correct horse battery staple")).toBe(true);
    expect(await checkPassword(stored, "correct horse battery stapler")).toBe(false);
  });

  it("treat a malformed stored hash as a wrong password", async () => {
    expect(await checkPassword("not-a-hash", "anything")).toBe(false);
  });

  it("have a decoy nobody's password matches", async () => {
    expect(await checkPassword(await decoyHash(), "")).toBe(false);
  });

  it("must be at least 12 characters", () => {
    expect(passwordSchema.safeParse("short").success).toBe(false);
    expect(passwordSchema.safeParse("twelve chars").success).toBe(true);
  });
});
