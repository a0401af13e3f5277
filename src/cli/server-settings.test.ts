// The serve command's settings: variables named in errors, the localhost cookie rule, unknown TITRATE_* names.

import { describe, expect, it } from "vitest";
import {
  envName,
  isLoopback,
  ServerSettingsError,
  serverSettings,
  serverVariables,
} from "./server-settings.ts";

describe("serverSettings", () => {
  it("names every server setting by its variable", () => {
    expect(envName("sessionIdleMinutes")).toBe("TITRATE_SESSION_IDLE_MINUTES");
    expect(serverVariables).toEqual([
      "TITRATE_SESSION_IDLE_MINUTES",
      "TITRATE_LOCKOUT_THRESHOLD",
      "TITRATE_LOCKOUT_BASE_SECONDS",
      "TITRATE_LOCKOUT_MAX_SECONDS",
      "TITRATE_COOKIE_SECURE",
      "TITRATE_TRUST_PROXY",
      "TITRATE_TIME_ZONE",
      "TITRATE_RATE_LIMIT_PER_MINUTE",
      "TITRATE_LOGIN_RATE_LIMIT_PER_MINUTE",
      "TITRATE_PUBLIC_URL",
      "TITRATE_REPORT_RATE_LIMIT_PER_MINUTE",
      "TITRATE_SMTP_HOST",
      "TITRATE_SMTP_PORT",
      "TITRATE_SMTP_FROM",
      "TITRATE_ALERT_WEBHOOK_URL",
      "TITRATE_ALERT_SWEEP_SECONDS",
    ]);
  });

  it("tells loopback hosts from others", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "::1"]) expect(isLoopback(host)).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.168.1.10", "clinic.example", "127.example"])
      expect(isLoopback(host)).toBe(false);
  });

  it("makes the cookie not Secure on plain-http localhost when the variable is unset, and says so", () => {
    const local = serverSettings({}, "127.0.0.1");
    expect(local.config.cookieSecure).toBe(false);
    expect(local.cookieNote).toBe(
      "session cookie not Secure (plain-http localhost; TITRATE_COOKIE_SECURE unset)",
    );
    expect(serverSettings({ TITRATE_COOKIE_SECURE: "true" }, "localhost").config.cookieSecure).toBe(true);
    const exposed = serverSettings({}, "0.0.0.0");
    expect(exposed.config.cookieSecure).toBe(true);
    expect(exposed.cookieNote).toBe("session cookie Secure (serve it over HTTPS)");
    expect(serverSettings({ TITRATE_COOKIE_SECURE: "false" }, "0.0.0.0").cookieNote).toBe(
      "session cookie not Secure (TITRATE_COOKIE_SECURE=false)",
    );
  });

  it("reads the variables once into the config", () => {
    const { config } = serverSettings(
      {
        TITRATE_SESSION_IDLE_MINUTES: "30",
        TITRATE_TIME_ZONE: "America/Chicago",
        TITRATE_TRUST_PROXY: "10.0.0.1",
      },
      "127.0.0.1",
    );
    expect(config).toMatchObject({
      sessionIdleMinutes: 30,
      timeZone: "America/Chicago",
      trustProxy: "10.0.0.1",
    });
  });

  it("fails with one line per bad variable, each naming the variable", () => {
    const bad = () =>
      serverSettings(
        { TITRATE_SESSION_IDLE_MINUTES: "often", TITRATE_TIME_ZONE: "Mars/Olympus" },
        "127.0.0.1",
      );
    expect(bad).toThrow(ServerSettingsError);
    expect(bad).toThrow(
      /^invalid server configuration:\n {2}TITRATE_SESSION_IDLE_MINUTES: .+\n {2}TITRATE_TIME_ZONE: .+$/,
    );
  });

  it("lists TITRATE_* variables it does not know, such as a misspelling", () => {
    const settings = serverSettings(
      { TITRATE_SESION_IDLE_MINUTES: "30", TITRATE_DEBUG: "1", PATH: "/bin" },
      "127.0.0.1",
    );
    expect(settings.unknownVariables).toEqual(["TITRATE_SESION_IDLE_MINUTES"]);
  });
});
