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

/**
 * The time step `code` belongs to, or null when it is wrong, expired, or not later than `afterStep`
 * (the last step this user spent: a code seen once is refused, RFC 6238 section 5.2).
 */
export async function checkTotp(
  secret: string,
  code: string,
  now: Date,
  afterStep: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: toleranceSeconds,
      ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
    });
    // otplib's result type also covers HOTP, which has no time step.
    return result.valid && "timeStep" in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

/** The code an authenticator app would show at `now`: for tests and the enrolment walk-through. */
export function totpAt(secret: string, now: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
}
