import { describe, expect, it } from "vitest";
import { assess } from "./assess.ts";
import type { PatientRecordInput } from "./record.ts";
import { build, day, ivCourse, type SessionInput, twiceWeekly } from "./test-records.ts";

const asOf = day(60);

function courseOf(input: Partial<PatientRecordInput>, on = asOf) {
  return assess(build(input), on).course;
}
const strategies = (input: Partial<PatientRecordInput>, on = asOf) =>
  courseOf(input, on).optimizationsTried.map((o) => o.strategy);
const triedOf = (input: Partial<PatientRecordInput>, strategy: string) =>
  courseOf(input).optimizationsTried.find((o) => o.strategy === strategy);

/** Session i of a later block on the twice-weekly grid, after `offset` earlier sessions. */
function block(offset: number, n: number, fields: Partial<SessionInput> & Pick<SessionInput, "modality">) {
  return Array.from({ length: n }, (_, i) => ({ date: day(twiceWeekly(offset + i)), ...fields }));
}

describe("the course so far", () => {
  it("counts completed ketamine and esketamine treatments, not TMS or incomplete sessions", () => {
    const c = courseOf({
      sessions: [
        ...ivCourse(4, (i) => (i === 2 ? { completed: false } : {})),
        ...block(4, 2, { modality: "esketamine", doseMg: 56 }),
        ...block(6, 3, { modality: "tms" }),
      ],
    });
    expect(c.totalTreatments).toBe(5);
    expect(c.modalities).toEqual(["iv-ketamine", "esketamine", "tms"]);
    expect(c.firstSessionDate).toBe(day(0));
    expect(c.lastSessionDate).toBe(day(twiceWeekly(8)));
  });

  it("leaves out sessions after asOf", () => {
    const c = courseOf({ sessions: ivCourse(6) }, day(10));
    expect(c.totalTreatments).toBe(4);
    expect(c.lastSessionDate).toBe(day(10));
  });

  it("is empty before the first session", () => {
    expect(courseOf({ sessions: ivCourse(6) }, day(-1))).toEqual({
      totalTreatments: 0,
      modalities: [],
      firstSessionDate: null,
      lastSessionDate: null,
      optimizationsTried: [],
    });
  });

  it("records no strategy for a standard six-infusion course", () => {
    expect(strategies({ sessions: ivCourse(6) })).toEqual([]);
  });
});

describe("dose changes", () => {
  it("sees an escalation above 0.5 mg/kg, from its first session", () => {
    const tried = triedOf(
      { sessions: ivCourse(6, (i) => (i >= 4 ? { doseMgPerKg: 0.6 } : {})) },
      "escalate-dose",
    );
    expect(tried?.since).toBe(day(14));
    expect(tried?.evidence).toEqual([
      { field: "sessions[4].doseMgPerKg", value: 0.6, date: day(14) },
      { field: "sessions[5].doseMgPerKg", value: 0.6, date: day(17) },
    ]);
  });

  it("sees a lower dose after the first session", () => {
    const s = strategies({ sessions: ivCourse(6, (i) => (i === 5 ? { doseMgPerKg: 0.4 } : {})) });
    expect(s).toEqual(["lower-dose"]);
  });

  it("does not call a low first session a lowered dose", () => {
    expect(strategies({ sessions: ivCourse(1, () => ({ doseMgPerKg: 0.3 })) })).toEqual([]);
  });

  it("measures IM doses against the IM standard", () => {
    const s = strategies({
      sessions: [...ivCourse(2), ...block(2, 2, { modality: "im-ketamine", doseMgPerKg: 0.75 })],
    });
    expect(s).toEqual(["switch-route-im", "escalate-dose"]);
  });
});

describe("infusion rate changes", () => {
  it.each([
    [30, "faster-infusion"],
    [34, "faster-infusion"],
    [35, null],
    [45, null],
    [46, "slower-infusion"],
    [60, "slower-infusion"],
    [89, "slower-infusion"],
    [90, "extended-infusion"],
    [120, "extended-infusion"],
  ] as const)("reads a %d-minute infusion as %s", (minutes, strategy) => {
    const s = strategies({ sessions: ivCourse(6, (i) => (i === 5 ? { infusionMinutes: minutes } : {})) });
    expect(s).toEqual(strategy === null ? [] : [strategy]);
  });
});

describe("extended induction", () => {
  it("starts at the session after the protocol's induction (IV: the 7th)", () => {
    expect(strategies({ sessions: ivCourse(6) })).not.toContain("extend-induction");
    const tried = triedOf({ sessions: ivCourse(7) }, "extend-induction");
    expect(tried).toEqual({
      strategy: "extend-induction",
      since: day(21),
      evidence: [{ field: "sessions[6]", value: "session 7 of iv-ketamine", date: day(21) }],
    });
  });

  it("uses esketamine's 8-session induction", () => {
    const esk = (n: number) => block(0, n, { modality: "esketamine", doseMg: 84 });
    expect(strategies({ sessions: esk(8) })).toEqual([]);
    expect(triedOf({ sessions: esk(9) }, "extend-induction")?.since).toBe(day(twiceWeekly(8)));
  });

  it("counts the induction afresh after a route change", () => {
    const s = strategies({
      sessions: [...ivCourse(4), ...block(4, 6, { modality: "im-ketamine", doseMgPerKg: 0.5 })],
    });
    expect(s).toEqual(["switch-route-im"]);
  });
});

describe("route switches", () => {
  it.each([
    ["esketamine", { doseMg: 56 }, "switch-route-esketamine"],
    ["im-ketamine", { doseMgPerKg: 0.5 }, "switch-route-im"],
    ["sublingual-ketamine", { doseMg: 150 }, "switch-route-sublingual"],
    ["oral-ketamine", { doseMg: 200 }, "switch-route-sublingual"],
    ["tms", {}, "switch-to-tms"],
  ] as const)("reads IV then %s as %s", (modality, dose, strategy) => {
    const tried = triedOf({ sessions: [...ivCourse(4), ...block(4, 2, { modality, ...dose })] }, strategy);
    expect(tried?.since).toBe(day(twiceWeekly(4)));
    expect(tried?.evidence).toEqual([{ field: "sessions[4].modality", value: modality, date: day(14) }]);
  });

  it("reads esketamine then IV as switch-route-iv", () => {
    const s = strategies({
      sessions: [
        ...block(0, 4, { modality: "esketamine", doseMg: 84 }),
        ...block(4, 2, { modality: "iv-ketamine", doseMgPerKg: 0.5 }),
      ],
    });
    expect(s).toEqual(["switch-route-iv"]);
  });

  it("reads sessions in date order whatever order the record lists them in", () => {
    const s = strategies({
      sessions: [...ivCourse(4), ...block(4, 2, { modality: "esketamine", doseMg: 56 })].reverse(),
    });
    expect(s).toEqual(["switch-route-esketamine"]);
  });
});

describe("medication changes", () => {
  const lithium = (start: string) => ({
    medications: [{ name: "lithium carbonate 300 mg", start }],
    sessions: ivCourse(6),
  });

  it("counts lithium started during the course as augmentation", () => {
    expect(triedOf(lithium(day(10)), "augment-lithium")).toEqual({
      strategy: "augment-lithium",
      since: day(10),
      evidence: [{ field: "medications[0].start", value: day(10), date: day(10) }],
    });
    expect(strategies(lithium(day(0)))).toEqual(["augment-lithium"]);
  });

  it("does not count lithium started before the course or after asOf", () => {
    expect(strategies(lithium(day(-1)))).toEqual([]);
    expect(strategies(lithium(day(61)))).toEqual([]);
    expect(strategies({ medications: [{ name: "Lithobid" }], sessions: ivCourse(6) })).toEqual([]);
  });

  const benzo = (end: string | undefined) => ({
    medications: [{ name: "clonazepam 1 mg", start: "2024-01-01", ...(end === undefined ? {} : { end }) }],
    sessions: ivCourse(6),
  });

  it("counts a benzodiazepine stopped during the course as a taper", () => {
    expect(triedOf(benzo(day(12)), "taper-benzodiazepine")?.since).toBe(day(12));
  });

  it("does not count a benzodiazepine stopped before the course, after asOf, or still taken", () => {
    expect(strategies(benzo(day(-1)))).toEqual([]);
    expect(strategies(benzo(day(61)))).toEqual([]);
    expect(strategies(benzo(undefined))).toEqual([]);
  });

  it("does not count other medications stopped during the course", () => {
    expect(
      strategies({
        medications: [{ name: "sertraline", start: "2024-01-01", end: day(5) }],
        sessions: ivCourse(6),
      }),
    ).toEqual([]);
  });
});

describe("optimization events", () => {
  it("counts a charted strategy, with its evidence", () => {
    const tried = triedOf(
      {
        sessions: ivCourse(6),
        events: [{ date: day(12), type: "optimization", strategy: "ketamine-assisted-psychotherapy" }],
      },
      "ketamine-assisted-psychotherapy",
    );
    expect(tried?.evidence).toEqual([
      { field: "events[0].strategy", value: "ketamine-assisted-psychotherapy", date: day(12) },
    ]);
  });

  it("ignores events without a strategy, events of other types and events after asOf", () => {
    const s = strategies({
      sessions: ivCourse(6),
      events: [
        { date: day(12), type: "optimization" },
        { date: day(12), type: "note", strategy: "escalate-dose" },
        { date: day(70), type: "optimization", strategy: "augment-lithium" },
      ],
    });
    expect(s).toEqual([]);
  });

  it("folds an event into a strategy already read from the sessions", () => {
    const tried = triedOf(
      {
        sessions: ivCourse(6, (i) => (i === 5 ? { doseMgPerKg: 0.6 } : {})),
        events: [{ date: day(17), type: "optimization", strategy: "escalate-dose" }],
      },
      "escalate-dose",
    );
    expect(tried?.evidence.map((e) => e.field)).toEqual(["sessions[5].doseMgPerKg", "events[0].strategy"]);
  });

  it("lists strategies by the date they were first tried", () => {
    const s = strategies({
      sessions: ivCourse(7, (i) => (i >= 4 ? { doseMgPerKg: 0.6 } : {})),
      medications: [{ name: "lithium", start: day(8) }],
      events: [{ date: day(1), type: "optimization", strategy: "ketamine-assisted-psychotherapy" }],
    });
    expect(s).toEqual([
      "ketamine-assisted-psychotherapy",
      "augment-lithium",
      "escalate-dose",
      "extend-induction",
    ]);
  });
});
