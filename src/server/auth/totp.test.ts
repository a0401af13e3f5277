import { describe, expect, it } from "vitest";
import { checkTotp, newTotpSecret, totpAt, totpUri } from "./totp.ts";

const now = new Date("2026-05-01T12:00:00Z");

const step = Math.floor(now.getTime() / 30_000);

describe("TOTP", () => {
  it("accepts the code for now, and one step either side for drift, naming the step it matched", async () => {
    const secret = newTotpSecret();
    expect(await checkTotp(secret, await totpAt(secret, now), now, null)).toBe(step);
    const earlier = new Date(now.getTime() - 30_000);
    expect(await checkTotp(secret, await totpAt(secret, earlier), now, null)).toBe(step - 1);
  });

  it("refuses a code whose step is not later than the last one spent", async () => {
    const secret = newTotpSecret();
    const code = await totpAt(secret, now);
    expect(await checkTotp(secret, code, now, step)).toBeNull();
    expect(await checkTotp(secret, code, now, step - 1)).toBe(step);
    const earlier = await totpAt(secret, new Date(now.getTime() - 30_000));
    if (earlier !== code) expect(await checkTotp(secret, earlier, now, step - 1)).toBeNull();
  });

  it("refuses an old code, a wrong code and anything not six digits", async () => {
    const secret = newTotpSecret();
    const old = await totpAt(secret, new Date(now.getTime() - 5 * 60_000));
    const current = await totpAt(secret, now);
    if (old !== current) expect(await checkTotp(secret, old, now, null)).toBeNull();
    const wrong = String((Number(current) + 1) % 1_000_000).padStart(6, "0");
    expect(await checkTotp(secret, wrong, now, null)).toBeNull();
    expect(await checkTotp(secret, "12345a", now, null)).toBeNull();
    expect(await checkTotp(secret, "", now, null)).toBeNull();
  });

  it("refuses a code made from another secret, and a malformed secret", async () => {
    const code = await totpAt(newTotpSecret(), now);
    expect(await checkTotp(newTotpSecret(), code, now, null)).toBeNull();
    expect(await checkTotp("not base32!", code, now, null)).toBeNull();
  });

  it("gives an otpauth URI for authenticator apps", () => {
    const uri = totpUri("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "nurse@clinic.example");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Titrate:nurse%40clinic\.example\?/);
    expect(uri).toContain("secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  });
});
