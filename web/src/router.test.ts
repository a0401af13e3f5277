// The client routes: every screen's address, and anything else is not found.

import { describe, expect, it } from "vitest";
import { parseRoute, paths } from "./router.tsx";

const id = "0b0e8d4a-4d9f-4c8e-9a51-5f0b5c1d2e3f";

describe("parseRoute", () => {
  it("reads each screen's path back from its builder", () => {
    expect(parseRoute(paths.worklist())).toEqual({ name: "worklist" });
    expect(parseRoute(paths.patient(id))).toEqual({ name: "patient", id });
    expect(parseRoute(paths.rate(id))).toEqual({ name: "rate", id });
    expect(parseRoute(paths.session(id))).toEqual({ name: "session", id });
    expect(parseRoute(paths.notificationSettings())).toEqual({ name: "notification-settings" });
    expect(parseRoute("/settings/notifications/")).toEqual({ name: "notification-settings" });
  });

  it("does not match malformed ids or unknown paths", () => {
    expect(parseRoute("/patients/42")).toEqual({ name: "not-found" });
    expect(parseRoute("/admin")).toEqual({ name: "not-found" });
    expect(parseRoute("/settings")).toEqual({ name: "not-found" });
    expect(parseRoute("/settings/notifications/extra")).toEqual({ name: "not-found" });
  });
});
