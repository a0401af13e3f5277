// Urgency is read off the Assessment's severities, critical before warnings, nothing recomputed.

import { describe, expect, it } from "vitest";
import type { Assessment, Finding } from "../api/types.ts";
import { attentionOf, compareUrgency } from "./attention.ts";

const item = (code: string, severity: Finding["severity"]) => ({
  code,
  severity,
  title: code,
  detail: "",
  evidence: [],
  source: { id: "s", citation: "s" },
});

function assessment(
  findings: Finding[],
  recommendations: Finding[],
): Pick<Assessment, "findings" | "recommendations"> {
  return { findings, recommendations: recommendations.map((r) => ({ ...r, category: "trial" as const })) };
}

describe("attentionOf", () => {
  it("collects critical and warning codes once each, and notes a reached review point", () => {
    const a = attentionOf(
      assessment(
        [item("suicide-risk", "critical")],
        [item("suicide-risk", "critical"), item("escalate-dose", "warning"), item("review-point", "info")],
      ),
    );
    expect(a.critical.map((f) => f.code)).toEqual(["suicide-risk"]);
    expect(a.warnings.map((f) => f.code)).toEqual(["escalate-dose"]);
    expect(a.reviewPoint).toBe(true);
  });
});

describe("compareUrgency", () => {
  it("puts critical first, then more warnings, then the not yet assessed", () => {
    const critical = attentionOf(assessment([item("bp", "critical")], []));
    const twoWarnings = attentionOf(assessment([], [item("a", "warning"), item("b", "warning")]));
    const oneWarning = attentionOf(assessment([], [item("a", "warning")]));
    const sorted = [null, oneWarning, critical, twoWarnings].sort(compareUrgency);
    expect(sorted).toEqual([critical, twoWarnings, oneWarning, null]);
  });
});
