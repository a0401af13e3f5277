// Time-based one-time codes (RFC 6238, 6 digits, 30 s) for MFA, checked against the injected clock.

import { generate, generateSecret, generateURI, verify } from "otplib";

const issuer = "Titrate";
/** One 30-second step either side, for clock drift between phone and server. */
const toleranceSeconds = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer, label: email, secret });
}

export async function checkTotp(secret: string, code: string, now: Date): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: toleranceSeconds,
    });
    return result.valid;
  } catch {
    return false;
  }
}

/** The code an authenticator app would show at `now`: for tests and the enrolment walk-through. */
export function totpAt(secret: string, now: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
}
