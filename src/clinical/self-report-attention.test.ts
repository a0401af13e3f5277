// Attention and urgency for the worklist: alerts above critical findings above warnings; due self-reports count.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "./assessment.ts";
import { attentionOf, compareAttention } from "./self-report-attention.ts";
import type { DueSelfReport } from "./self-report-schedule.ts";

const item = (code: string, severity: Finding["severity"]): Finding => ({
  code,
  severity,
  title: code,
  detail: "",
  evidence: [],
  source: { id: "s", citation: "s" },
});
const outcome = (classification: "non-response" | "response" | "insufficient-data") =>
  ({ classification }) as never;
const assessment = (
  findings: Finding[],
  recommendations: Finding[],
  c: Parameters<typeof outcome>[0] = "response",
) => ({
  findings,
  recommendations: recommendations.map((r) => ({ ...r, category: "trial" as const })),
  outcome: outcome(c),
});
const due = (status: DueSelfReport["status"]): DueSelfReport => ({
  point: "weekly",
  instrument: "PHQ9",
  dueDate: "2026-03-09",
  status,
  daysLate: status === "overdue" ? 3 : 0,
});

describe("attentionOf", () => {
  it("collects critical and warning codes once each, the review point, BP hold and response concern", () => {
    const a = attentionOf(
      assessment(
        [item("suicide-risk", "critical"), item("blood-pressure-hold", "critical")],
        [item("suicide-risk", "critical"), item("escalate-dose", "warning"), item("review-point", "info")],
        "non-response",
      ),
      0,
      [],
    );
    expect(a.critical.map((f) => f.code)).toEqual(["suicide-risk", "blood-pressure-hold"]);
    expect(a.warnings.map((f) => f.code)).toEqual(["escalate-dose"]);
    expect(a).toMatchObject({ reviewPoint: true, bloodPressureHold: true, responseConcern: "non-response" });
  });

  it("works for a patient not yet assessable, from alerts and due reports alone", () => {
    const a = attentionOf(null, 1, [due("due")]);
    expect(a).toMatchObject({ openAlerts: 1, critical: [], responseConcern: null });
    expect(a.urgency).toBeGreaterThan(0);
  });
});

describe("compareAttention", () => {
  it("puts open alerts first, then critical, then warnings, then overdue before due, then routine", () => {
    const alert = attentionOf(assessment([], []), 1, []);
    const critical = attentionOf(assessment([item("bp", "critical")], []), 0, []);
    const warnings = attentionOf(assessment([], [item("a", "warning"), item("b", "warning")]), 0, []);
    const overdue = attentionOf(assessment([], []), 0, [due("overdue")]);
    const dueOnly = attentionOf(assessment([], []), 0, [due("due")]);
    const routine = attentionOf(assessment([], []), 0, []);
    const sorted = [routine, dueOnly, warnings, overdue, critical, alert].sort(compareAttention);
    expect(sorted).toEqual([alert, critical, warnings, overdue, dueOnly, routine]);
  });

  it("ranks any open alert above any number of critical findings and warnings (up to 20 each)", () => {
    const n = fc.integer({ min: 0, max: 20 });
    fc.assert(
      fc.property(n, n, (c, w) => {
        const crit = Array.from({ length: c }, (_, i) => item(`c${i}`, "critical"));
        const warn = Array.from({ length: w }, (_, i) => item(`w${i}`, "warning"));
        const busy = attentionOf(assessment(crit, warn, "non-response"), 0, [due("overdue")]);
        const alert = attentionOf(assessment([], []), 1, []);
        expect(compareAttention(alert, busy)).toBeLessThan(0);
      }),
    );
  });
});
