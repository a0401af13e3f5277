// The settings form's text boxes become the API body and are judged by the server's own schema, with its field paths.

import { describe, expect, it } from "vitest";
import { bodyOf, checkDraft, draftFrom, messagesAt, type NotificationSettings } from "./settings-draft.ts";
import { labelFor } from "./settings-texts.ts";

const saved: NotificationSettings = {
  recipients: ["nurse.lead@clinic.example", "duty@clinic.example"],
  onCall: null,
  escalationMinutes: 30,
  linkExpiryHours: 72,
  showClassification: false,
};

describe("a settings draft", () => {
  it("round-trips the saved settings unchanged", () => {
    const checked = checkDraft(draftFrom(saved));
    expect(checked).toEqual({ ok: true, body: saved, issues: [] });
  });

  it("reads a blank on-call box as none and trims what was typed", () => {
    const draft = { ...draftFrom(saved), onCall: "  oncall@clinic.example ", escalationMinutes: " 15 " };
    expect(bodyOf(draft)).toMatchObject({ onCall: "oncall@clinic.example", escalationMinutes: 15 });
    expect(bodyOf({ ...draft, onCall: "   " }).onCall).toBeNull();
  });

  it("names the recipient row that is not an e-mail address, with the server's message", () => {
    const draft = draftFrom({ ...saved, recipients: ["ok@clinic.example", "not-an-address"] });
    const checked = checkDraft(draft);
    expect(checked.ok).toBe(false);
    expect(checked.issues).toEqual([{ field: "recipients[1]", message: "must be an e-mail address" }]);
    expect(labelFor("recipients[1]")).toBe("Recipient 2");
  });

  it("flags an empty added row instead of dropping it", () => {
    const draft = {
      ...draftFrom(saved),
      recipients: [...draftFrom(saved).recipients, { key: 9, email: "" }],
    };
    expect(messagesAt(checkDraft(draft).issues, "recipients[2]")).toEqual(["must be an e-mail address"]);
  });

  it("holds escalation and link lifetime to their limits, at and around each one", () => {
    const at = (escalationMinutes: string, linkExpiryHours: string) =>
      checkDraft({ ...draftFrom(saved), escalationMinutes, linkExpiryHours }).issues;
    expect(at("5", "1")).toEqual([]);
    expect(at("1440", "720")).toEqual([]);
    expect(at("4", "0")).toEqual([
      { field: "escalationMinutes", message: "must be at least 5" },
      { field: "linkExpiryHours", message: "must be at least 1" },
    ]);
    expect(at("1441", "721")).toEqual([
      { field: "escalationMinutes", message: "must be at most 1440" },
      { field: "linkExpiryHours", message: "must be at most 720" },
    ]);
  });

  it("asks for a number when a box is empty or not a number", () => {
    const issues = checkDraft({ ...draftFrom(saved), escalationMinutes: "", linkExpiryHours: "soon" }).issues;
    expect(messagesAt(issues, "escalationMinutes")).toEqual(["is required"]);
    expect(messagesAt(issues, "linkExpiryHours")).toEqual(["must be a number"]);
  });

  it("refuses a twenty-first recipient on the list as a whole", () => {
    const many = Array.from({ length: 21 }, (_, i) => `r${i}@clinic.example`);
    const issues = checkDraft(draftFrom({ ...saved, recipients: many })).issues;
    expect(issues.map((i) => i.field)).toEqual(["recipients"]);
  });
});
