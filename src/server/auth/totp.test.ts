import { describe, expect, it } from "vitest";
import { checkTotp, newTotpSecret, totpAt, totpUri } from "./totp.ts";

const now = new Date("2026-05-01T12:00:00Z");

describe("TOTP", () => {
  it("accepts the code for now, and one step either side for drift", async () => {
    const secret = newTotpSecret();
    expect(await checkTotp(secret, await totpAt(secret, now), now)).toBe(true);
    const earlier = new Date(now.getTime() - 30_000);
    expect(await checkTotp(secret, await totpAt(secret, earlier), now)).toBe(true);
  });

  it("refuses an old code, a wrong code and anything not six digits", async () => {
    const secret = newTotpSecret();
    const old = await totpAt(secret, new Date(now.getTime() - 5 * 60_000));
    const current = await totpAt(secret, now);
    if (old !== current) expect(await checkTotp(secret, old, now)).toBe(false);
    const wrong = String((Number(current) + 1) % 1_000_000).padStart(6, "0");
    expect(await checkTotp(secret, wrong, now)).toBe(false);
    expect(await checkTotp(secret, "12345a", now)).toBe(false);
    expect(await checkTotp(secret, "", now)).toBe(false);
  });

  it("refuses a code made from another secret, and a malformed secret", async () => {
    const code = await totpAt(newTotpSecret(), now);
    expect(await checkTotp(newTotpSecret(), code, now)).toBe(false);
    expect(await checkTotp("not base32!", code, now)).toBe(false);
  });

  it("gives an otpauth URI for authenticator apps", () => {
    const uri = totpUri("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "nurse@clinic.example");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Titrate:nurse%40clinic\.example\?/);
    expect(uri).toContain("secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  });
});
