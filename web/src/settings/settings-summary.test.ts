// The read-only view (for a role that may read the settings but not change them) shows every value in words.

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SettingsSummary } from "./settings-summary.tsx";

function text(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

describe("the read-only settings view", () => {
  it("lists recipients, on-call, escalation, link lifetime and the band setting", () => {
    const html = renderToStaticMarkup(
      createElement(SettingsSummary, {
        settings: {
          recipients: ["lead@clinic.example", "duty@clinic.example"],
          onCall: "oncall@clinic.example",
          escalationMinutes: 15,
          linkExpiryHours: 48,
          showClassification: true,
        },
      }),
    );
    const shown = text(html);
    expect(shown).toContain("lead@clinic.example, duty@clinic.example");
    expect(shown).toContain("oncall@clinic.example");
    expect(shown).toContain("15 minutes");
    expect(shown).toContain("48 hours");
    expect(shown).toMatch(/band .*Yes/);
    expect(html).not.toContain("<input");
  });

  it("says plainly when nobody is listed and there is no on-call contact", () => {
    const html = renderToStaticMarkup(
      createElement(SettingsSummary, {
        settings: {
          recipients: [],
          onCall: null,
          escalationMinutes: 30,
          linkExpiryHours: 72,
          showClassification: false,
        },
      }),
    );
    expect(text(html)).toContain("Nobody");
    expect(text(html)).toContain("None (reminders go to the addresses above)");
  });
});
