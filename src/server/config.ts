// Server configuration: parsed and validated once at start-up, then passed down as a value.

import { z } from "zod";

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const serverConfigSchema = z.object({
  /** A session ends after this many minutes without a request. */
  sessionIdleMinutes: z.number().int().min(1).max(1440).default(15),
  /** Failed sign-ins in a row before the account is locked. */
  lockoutThreshold: z.number().int().min(1).max(100).default(5),
  /** The first lock lasts this long; each further failure doubles it. */
  lockoutBaseSeconds: z.number().int().min(1).max(86_400).default(60),
  lockoutMaxSeconds: z.number().int().min(1).max(604_800).default(3600),
  /** Off only for plain-http localhost (tests, development). */
  cookieSecure: z.boolean().default(true),
  /** Passed to Fastify: true, or trusted proxy addresses / CIDRs, comma-separated. */
  trustProxy: z.union([z.boolean(), z.string().min(1)]).default(false),
  /** The clinic's time zone decides what "today" is for the no-future-date rule and default asOf. */
  timeZone: z
    .string()
    .refine(isTimeZone, "must be an IANA time zone such as America/New_York")
    .default("UTC"),
  /** Requests per minute per client address, all routes. */
  rateLimitPerMinute: z.number().int().min(1).default(600),
  /** Sign-in attempts per minute per client address (login, TOTP enrolment and confirmation). */
  loginRateLimitPerMinute: z.number().int().min(1).default(10),
  /** The address patients and clinicians reach Titrate at, for self-report links and alert notices. */
  publicUrl: z.url("must be a URL such as https://titrate.example.org").optional(),
  /** Self-report link requests per minute per client address (the patient's page). */
  reportRateLimitPerMinute: z.number().int().min(1).default(120),
  /** SMTP relay for alert e-mail; no host means no e-mail channel. */
  smtpHost: z.string().min(1).optional(),
  smtpPort: z.number().int().min(1).max(65_535).default(25),
  smtpFrom: z.string().min(3).default("titrate@localhost"),
  /** Receives a JSON POST for each alert notice; no URL means no webhook channel. */
  alertWebhookUrl: z.url("must be a URL").optional(),
  /** How often unacknowledged alerts are checked for notice and escalation. */
  alertSweepSeconds: z.number().int().min(1).max(3600).default(60),
});

export type ServerConfig = z.output<typeof serverConfigSchema>;
export type ServerConfigInput = z.input<typeof serverConfigSchema>;

/** Parses configuration once; throws one message naming every bad setting. */
export function parseServerConfig(input: unknown): ServerConfig {
  const parsed = serverConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(config)"}: ${i.message}`);
  throw new Error(`invalid server configuration:\n${lines.join("\n")}`);
}

const envNames = {
  sessionIdleMinutes: "TITRATE_SESSION_IDLE_MINUTES",
  lockoutThreshold: "TITRATE_LOCKOUT_THRESHOLD",
  lockoutBaseSeconds: "TITRATE_LOCKOUT_BASE_SECONDS",
  lockoutMaxSeconds: "TITRATE_LOCKOUT_MAX_SECONDS",
  cookieSecure: "TITRATE_COOKIE_SECURE",
  trustProxy: "TITRATE_TRUST_PROXY",
  timeZone: "TITRATE_TIME_ZONE",
  rateLimitPerMinute: "TITRATE_RATE_LIMIT_PER_MINUTE",
  loginRateLimitPerMinute: "TITRATE_LOGIN_RATE_LIMIT_PER_MINUTE",
  publicUrl: "TITRATE_PUBLIC_URL",
  reportRateLimitPerMinute: "TITRATE_REPORT_RATE_LIMIT_PER_MINUTE",
  smtpHost: "TITRATE_SMTP_HOST",
  smtpPort: "TITRATE_SMTP_PORT",
  smtpFrom: "TITRATE_SMTP_FROM",
  alertWebhookUrl: "TITRATE_ALERT_WEBHOOK_URL",
  alertSweepSeconds: "TITRATE_ALERT_SWEEP_SECONDS",
} as const satisfies Record<keyof ServerConfig, string>;

function envValue(raw: string): unknown {
  if (raw === "true") return true;
  if (raw === "false") return false;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

/** Reads TITRATE_* variables (see envNames) into a config; unset variables take their defaults. */
export function serverConfigFromEnv(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  const input: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(envNames)) {
    const raw = env[name];
    if (raw !== undefined && raw !== "") input[key] = envValue(raw);
  }
  return parseServerConfig(input);
}
