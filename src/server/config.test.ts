import { describe, expect, it } from "vitest";
import { parseServerConfig, serverConfigFromEnv } from "./config.ts";

describe("server configuration", () => {
  it("has safe defaults", () => {
    expect(parseServerConfig({})).toMatchObject({
      sessionIdleMinutes: 15,
      lockoutThreshold: 5,
      lockoutBaseSeconds: 60,
      cookieSecure: true,
      trustProxy: false,
      timeZone: "UTC",
    });
  });

  it("fails fast naming every bad setting", () => {
    expect(() => parseServerConfig({ sessionIdleMinutes: 0, timeZone: "Mars/Olympus" })).toThrow(
      /sessionIdleMinutes[\s\S]*timeZone: must be an IANA time zone/,
    );
  });

  it("reads TITRATE_* variables", () => {
    const config = serverConfigFromEnv({
      TITRATE_SESSION_IDLE_MINUTES: "30",
      TITRATE_COOKIE_SECURE: "false",
      TITRATE_TRUST_PROXY: "10.0.0.0/8",
      TITRATE_TIME_ZONE: "America/Chicago",
      UNRELATED: "x",
    });
    expect(config).toMatchObject({
      sessionIdleMinutes: 30,
      cookieSecure: false,
      trustProxy: "10.0.0.0/8",
      timeZone: "America/Chicago",
    });
  });
});
