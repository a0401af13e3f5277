// Due and overdue self-reports from a course's schedule, its sessions, what was answered and the date.

import { describe, expect, it } from "vitest";
import { dueSelfReports, type ScheduleInput } from "./self-report-schedule.ts";

const none = { baseline: false, beforeEachSession: false, weekly: false, afterInduction: false };
const course = { modality: "iv-ketamine" as const, startDate: "2026-03-02", status: "active" };
const input = (over: Partial<ScheduleInput>): ScheduleInput => ({
  schedule: { ...none, instruments: ["PHQ9"] },
  course,
  sessionDates: [],
  answered: [],
  ...over,
});

describe("baseline", () => {
  const schedule = { ...none, instruments: ["PHQ9" as const], baseline: true };
  it("is due on the start date and overdue the day after", () => {
    expect(dueSelfReports(input({ schedule }), "2026-03-02")).toEqual([
      { point: "baseline", instrument: "PHQ9", dueDate: "2026-03-02", status: "due", daysLate: 0 },
    ]);
    expect(dueSelfReports(input({ schedule }), "2026-03-03")[0]).toMatchObject({
      status: "overdue",
      daysLate: 1,
    });
  });
  it("is met by an answer on or before the first session, not after it", () => {
    const sessionDates = ["2026-03-04"];
    expect(
      dueSelfReports(
        input({ schedule, sessionDates, answered: [{ date: "2026-03-04", instrument: "PHQ9" }] }),
        "2026-03-10",
      ),
    ).toEqual([]);
    expect(
      dueSelfReports(
        input({ schedule, sessionDates, answered: [{ date: "2026-03-05", instrument: "PHQ9" }] }),
        "2026-03-10",
      ),
    ).toHaveLength(1);
    expect(
      dueSelfReports(
        input({ schedule, answered: [{ date: "2026-03-01", instrument: "GAD7" }] }),
        "2026-03-02",
      ),
    ).toHaveLength(1);
  });
});

describe("before each session", () => {
  const schedule = { ...none, instruments: ["PHQ9" as const], beforeEachSession: true };
  it("asks for the latest session, met by an answer that day or the day before", () => {
    const sessionDates = ["2026-03-04", "2026-03-06"];
    expect(dueSelfReports(input({ schedule, sessionDates }), "2026-03-06")).toEqual([
      { point: "before-session", instrument: "PHQ9", dueDate: "2026-03-06", status: "due", daysLate: 0 },
    ]);
    for (const date of ["2026-03-05", "2026-03-06"]) {
      expect(
        dueSelfReports(
          input({ schedule, sessionDates, answered: [{ date, instrument: "PHQ9" }] }),
          "2026-03-06",
        ),
      ).toEqual([]);
    }
    expect(
      dueSelfReports(
        input({ schedule, sessionDates, answered: [{ date: "2026-03-04", instrument: "PHQ9" }] }),
        "2026-03-06",
      ),
    ).toHaveLength(1);
  });
  it("ignores sessions after the date and asks nothing before any session", () => {
    expect(dueSelfReports(input({ schedule, sessionDates: ["2026-03-09"] }), "2026-03-06")).toEqual([]);
  });
});

describe("weekly", () => {
  const schedule = { ...none, instruments: ["PHQ9" as const], weekly: true };
  it("starts a week after the start, with two days' grace before overdue", () => {
    expect(dueSelfReports(input({ schedule }), "2026-03-08")).toEqual([]);
    expect(dueSelfReports(input({ schedule }), "2026-03-09")[0]).toMatchObject({
      dueDate: "2026-03-09",
      status: "due",
    });
    expect(dueSelfReports(input({ schedule }), "2026-03-11")[0]).toMatchObject({
      status: "due",
      daysLate: 2,
    });
    expect(dueSelfReports(input({ schedule }), "2026-03-12")[0]).toMatchObject({
      status: "overdue",
      daysLate: 3,
    });
    expect(dueSelfReports(input({ schedule }), "2026-03-16")[0]).toMatchObject({ dueDate: "2026-03-16" });
  });
  it("is met by an answer in the six days before the due date or since", () => {
    const answered = [{ date: "2026-03-03", instrument: "PHQ9" as const }];
    expect(dueSelfReports(input({ schedule, answered }), "2026-03-09")).toEqual([]);
    expect(
      dueSelfReports(
        input({ schedule, answered: [{ date: "2026-03-02", instrument: "PHQ9" }] }),
        "2026-03-09",
      ),
    ).toHaveLength(1);
  });
});

describe("after induction and course status", () => {
  const schedule = { ...none, instruments: ["PHQ9" as const], afterInduction: true };
  const six = ["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-09", "2026-03-11", "2026-03-13"];
  it("is due once the protocol's induction sessions are complete", () => {
    expect(dueSelfReports(input({ schedule, sessionDates: six.slice(0, 5) }), "2026-03-13")).toEqual([]);
    expect(dueSelfReports(input({ schedule, sessionDates: six }), "2026-03-13")).toEqual([
      { point: "after-induction", instrument: "PHQ9", dueDate: "2026-03-13", status: "due", daysLate: 0 },
    ]);
    expect(
      dueSelfReports(
        input({ schedule, sessionDates: six, answered: [{ date: "2026-03-14", instrument: "PHQ9" }] }),
        "2026-03-16",
      ),
    ).toEqual([]);
  });
  it("asks nothing of a stopped course or before it starts", () => {
    const all = {
      instruments: ["PHQ9" as const, "GAD7" as const],
      baseline: true,
      beforeEachSession: true,
      weekly: true,
      afterInduction: true,
    };
    expect(
      dueSelfReports(input({ schedule: all, course: { ...course, status: "stopped" } }), "2026-04-01"),
    ).toEqual([]);
    expect(dueSelfReports(input({ schedule: all }), "2026-03-01")).toEqual([]);
    expect(dueSelfReports(input({ schedule: all }), "2026-03-02").map((d) => d.instrument)).toEqual([
      "PHQ9",
      "GAD7",
    ]);
  });
});
