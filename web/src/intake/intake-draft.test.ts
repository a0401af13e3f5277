import { describe, expect, it } from "vitest";
import { checkDraft, emptyDraft, fieldDomId, messagesAt, normalizeField } from "./intake-draft.ts";

describe("the intake draft", () => {
  it("names local and server issues by the same path, so each lands beside its field", () => {
    expect(normalizeField("intake.treatments[0].weeks")).toBe("treatments.0.weeks");
    expect(normalizeField("treatments.0.weeks")).toBe("treatments.0.weeks");
    expect(fieldDomId("treatments.0.weeks")).toBe("intake-treatments-0-weeks");
    const issues = [{ field: "intake.diagnosis.code", message: "must not be empty" }];
    expect(messagesAt(issues, "diagnosis.code")).toEqual(["must not be empty"]);
  });

  it("accepts a fresh draft and rejects what the server would reject", () => {
    const today = "2026-11-02";
    expect(checkDraft(emptyDraft(today), today).ok).toBe(true);
    const bad = checkDraft(
      {
        ...emptyDraft(today),
        evaluatedOn: "2026-11-03",
        treatments: [{ type: "antidepressant", name: "Sertraline", weeks: -3, outcome: "no-response" }],
      },
      today,
    );
    expect(bad.ok).toBe(false);
    const fields = bad.ok ? [] : bad.issues.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(["treatments.0.weeks", "evaluatedOn"]));
  });
});
