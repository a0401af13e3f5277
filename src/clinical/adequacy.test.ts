import { describe, expect, it } from "vitest";
import { assessTrial, currentModality } from "./adequacy.ts";
import { protocols } from "./protocols/index.ts";
import type { Modality } from "./protocols/protocol.ts";
import type { Session } from "./record.ts";

/** YYYY-MM-DD `days` after Monday 2026-01-05. */
function day(days: number): string {
  return new Date(Date.UTC(2026, 0, 5 + days)).toISOString().slice(0, 10);
}

function session(modality: Modality, days: number, fields: Partial<Session> = {}): Session {
  return { date: day(days), modality, completed: true, sideEffects: [], ...fields };
}

function iv(days: number, doseMgPerKg = 0.5, fields: Partial<Session> = {}): Session {
  return session("iv-ketamine", days, { doseMgPerKg, ...fields });
}

function esk(days: number, doseMg: number, fields: Partial<Session> = {}): Session {
  return session("esketamine", days, { doseMg, ...fields });
}

const twiceWeekly = [0, 3, 7, 10, 14, 17, 21, 24];
const late = day(60);

function codes(sessions: readonly Session[], modality: Modality | null, asOf = late): string[] {
  return assessTrial(sessions, modality, asOf).missing.map((m) => m.code);
}

describe("assessTrial: IV ketamine", () => {
  it("finds 4 twice-weekly infusions at 0.5 mg/kg adequate", () => {
    const trial = assessTrial(
      twiceWeekly.slice(0, 4).map((d) => iv(d)),
      "iv-ketamine",
      late,
    );
    expect(trial).toMatchObject({ adequate: true, missing: [], countedSessions: 4, spanDays: 10 });
    expect(trial.sessionsPerWeek).toBeCloseTo(2.1);
  });

  it("finds 6 twice-weekly infusions adequate", () => {
    const trial = assessTrial(
      twiceWeekly.slice(0, 6).map((d) => iv(d)),
      "iv-ketamine",
      late,
    );
    expect(trial).toMatchObject({ adequate: true, countedSessions: 6, spanDays: 17 });
  });

  it("finds 3 infusions too few, saying how many more are needed", () => {
    const trial = assessTrial(
      [0, 3, 7].map((d) => iv(d)),
      "iv-ketamine",
      late,
    );
    expect(trial.adequate).toBe(false);
    expect(trial.missing).toEqual([
      {
        code: "too-few-sessions",
        text: "1 more completed session at 0.5 mg/kg or more is needed (3 of 4 so far)",
      },
    ]);
  });

  it("finds 4 infusions over 5 weeks too infrequent", () => {
    const trial = assessTrial(
      [0, 12, 24, 35].map((d) => iv(d)),
      "iv-ketamine",
      late,
    );
    expect(trial.missing.map((m) => m.code)).toEqual(["too-infrequent"]);
    expect(trial.sessionsPerWeek).toBeCloseTo(0.6);
  });

  it("finds 4 infusions within 6 days too short", () => {
    expect(
      codes(
        [0, 2, 4, 6].map((d) => iv(d)),
        "iv-ketamine",
      ),
    ).toEqual(["too-short"]);
  });

  it("does not count 0.3 mg/kg infusions toward a standard trial", () => {
    const sessions = [iv(0, 0.3), iv(3, 0.3), iv(7, 0.49), iv(10), iv(14, 0.6)];
    const trial = assessTrial(sessions, "iv-ketamine", late);
    expect(trial).toMatchObject({ sessions: 5, countedSessions: 2, highestDoseMgPerKg: 0.6 });
    expect(trial.missing[0]).toEqual({
      code: "too-few-sessions",
      text: "2 more completed sessions at 0.5 mg/kg or more are needed (2 of 4 so far)",
    });
  });

  it("measures the span and rate from the counted infusions only", () => {
    const sessions = [iv(0, 0.3), iv(14), iv(17), iv(21), iv(24)];
    expect(assessTrial(sessions, "iv-ketamine", late)).toMatchObject({ adequate: true, spanDays: 10 });
  });

  it("does not count an infusion that was not completed", () => {
    const sessions = [iv(0), iv(3), iv(7, 0.5, { completed: false }), iv(10)];
    const trial = assessTrial(sessions, "iv-ketamine", late);
    expect(trial).toMatchObject({ sessions: 4, countedSessions: 3, adequate: false });
    expect(trial.missing[0]?.text).toContain("(3 of 4 so far)");
  });

  it("counts an interrupted infusion that was still completed", () => {
    const sessions = [iv(0), iv(3), iv(7, 0.5, { interrupted: true }), iv(10)];
    expect(assessTrial(sessions, "iv-ketamine", late).adequate).toBe(true);
  });

  it("ignores sessions after the assessment date", () => {
    const trial = assessTrial(
      [0, 3, 7, 10].map((d) => iv(d)),
      "iv-ketamine",
      day(9),
    );
    expect(trial).toMatchObject({ sessions: 3, countedSessions: 3, adequate: false });
  });

  it("gives the same answer whatever order the sessions come in", () => {
    const sessions = [0, 3, 7, 10].map((d) => iv(d));
    expect(assessTrial([...sessions].reverse(), "iv-ketamine", late)).toEqual(
      assessTrial(sessions, "iv-ketamine", late),
    );
  });

  it("reports the protocol's criteria", () => {
    expect(assessTrial([iv(0)], "iv-ketamine", late).criteria).toBe(
      protocols["iv-ketamine"].adequateTrial.summary,
    );
  });
});

describe("assessTrial: esketamine", () => {
  const escalated = twiceWeekly.map((d, i) => esk(d, i === 0 ? 56 : 84));

  it("finds 8 sessions escalated from 56 to 84 mg over 4 weeks adequate", () => {
    const trial = assessTrial(escalated, "esketamine", late);
    expect(trial).toMatchObject({ adequate: true, countedSessions: 8, spanDays: 24, highestDoseMg: 84 });
  });

  it("finds the same course stuck at 56 mg not escalated", () => {
    const trial = assessTrial(
      twiceWeekly.map((d) => esk(d, 56)),
      "esketamine",
      late,
    );
    expect(trial.adequate).toBe(false);
    expect(trial.missing).toEqual([expect.objectContaining({ code: "dose-not-escalated" })]);
    expect(trial.missing[0]?.text).toContain("never reached 84 mg");
  });

  it("needs 84 mg reached in a completed session", () => {
    const sessions = [...twiceWeekly.map((d) => esk(d, 56)), esk(25, 84, { completed: false })];
    expect(codes(sessions, "esketamine")).toEqual(["dose-not-escalated"]);
  });
});

describe("assessTrial: TMS", () => {
  const weekdays = [0, 1, 2, 3, 4].flatMap((d) => [d, d + 7, d + 14, d + 21]).sort((a, b) => a - b);

  it("finds 20 weekday sessions over 4 weeks adequate", () => {
    const trial = assessTrial(
      weekdays.map((d) => session("tms", d)),
      "tms",
      late,
    );
    expect(trial).toMatchObject({ adequate: true, countedSessions: 20, spanDays: 25 });
  });

  it("finds 19 sessions too few", () => {
    expect(
      codes(
        weekdays.slice(0, 19).map((d) => session("tms", d)),
        "tms",
      ),
    ).toContain("too-few-sessions");
  });
});

describe("assessTrial: no course", () => {
  it("reports no sessions when there is no modality", () => {
    expect(assessTrial([], null, late)).toMatchObject({
      modality: null,
      adequate: false,
      missing: [expect.objectContaining({ code: "no-sessions" })],
    });
  });

  it("reports no sessions when the modality has none by the assessment date", () => {
    expect(codes([iv(10)], "iv-ketamine", day(5))).toEqual(["no-sessions"]);
  });
});

describe("mixed modalities", () => {
  const sessions = [...twiceWeekly.slice(0, 6).map((d) => iv(d)), esk(28, 56), esk(31, 84), esk(35, 84)];

  it("takes the current modality from the latest session by the assessment date", () => {
    expect(currentModality(sessions, late)).toBe("esketamine");
    expect(currentModality([...sessions].reverse(), late)).toBe("esketamine");
    expect(currentModality(sessions, day(27))).toBe("iv-ketamine");
    expect(currentModality(sessions, day(-1))).toBeNull();
  });

  it("assesses only the esketamine segment after an IV course", () => {
    const trial = assessTrial(sessions, currentModality(sessions, late), late);
    expect(trial).toMatchObject({
      modality: "esketamine",
      sessions: 3,
      countedSessions: 3,
      highestDoseMgPerKg: null,
    });
    expect(trial.missing[0]?.text).toBe("5 more completed sessions are needed (3 of 8 so far)");
  });
});
