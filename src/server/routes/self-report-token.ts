// Self-report link tokens: 256 random bits, sent in a header, stored only as their SHA-256.

import { createHash, randomBytes } from "node:crypto";

/** The header the patient's page sends the token in (read from the link's #fragment, which never reaches a server log). */
export const reportTokenHeader = "x-report-token";

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
