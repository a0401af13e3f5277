// Password hashing and checking with argon2id (OWASP parameters), and the decoy hash that evens out sign-in timing.

import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

// argon2id, 19 MiB, 2 passes, 1 lane: OWASP's recommended minimum (@node-rs/argon2's defaults made explicit).
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const passwordSchema = z
  .string()
  .min(12, "must be at least 12 characters")
  .max(256, "must be at most 256 characters");

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** False for a wrong password and for a malformed stored hash alike. */
export async function checkPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password nobody knows. Checking against it when the e-mail is unknown makes an
 * unknown e-mail cost the same argon2 work as a wrong password, so timing does not reveal accounts.
 */
export function decoyHash(): Promise<string> {
  return hashPassword(randomBytes(32).toString("base64url"));
}
