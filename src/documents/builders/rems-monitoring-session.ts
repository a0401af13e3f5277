// Which esketamine session a post-dose monitoring record is for, and the facts of its observation laid out in time.

import type { ObservationCheck, PatientRecord, PostDoseObservation, Session } from "../../clinical/index.ts";

/** The session a record is for: its index in `record.sessions`, or its date (the last esketamine session that day). */
export type SessionSelector = { readonly sessionIndex: number } | { readonly sessionDate: string };

export type SelectedSession =
  | {
      readonly ok: true;
      readonly index: number;
      readonly session: Session;
      /** 1-based place among the patient's esketamine sessions. */
      readonly number: number;
    }
  | { readonly ok: false; readonly field: string; readonly message: string };

/**
 * Picks the session; without a selector, the latest esketamine session with observation data (or else the latest
 * esketamine session). Errors name the field and the rule, never a value, so a route can answer 400 with them.
 */
export function selectRemsSession(record: PatientRecord, selector?: SessionSelector): SelectedSession {
  const esketamine = record.sessions
    .map((session, index) => ({ session, index }))
    .filter((s) => s.session.modality === "esketamine");
  const numbered = (index: number, session: Session): SelectedSession => ({
    ok: true,
    index,
    session,
    number: esketamine.findIndex((s) => s.index === index) + 1,
  });
  if (selector === undefined) {
    const pick = esketamine.filter((s) => s.session.observation !== undefined).at(-1) ?? esketamine.at(-1);
    if (pick === undefined) {
      return { ok: false, field: "sessionIndex", message: "the patient has no esketamine session on record" };
    }
    return numbered(pick.index, pick.session);
  }
  if ("sessionIndex" in selector) {
    const session = record.sessions[selector.sessionIndex];
    if (!Number.isInteger(selector.sessionIndex) || session === undefined) {
      return { ok: false, field: "sessionIndex", message: "must be the index of a session on record" };
    }
    if (session.modality !== "esketamine") {
      return { ok: false, field: "sessionIndex", message: "must point at an esketamine session" };
    }
    return numbered(selector.sessionIndex, session);
  }
  const pick = esketamine.filter((s) => s.session.date === selector.sessionDate).at(-1);
  if (pick === undefined) {
    return {
      ok: false,
      field: "sessionDate",
      message: "must be the date of an esketamine session on record",
    };
  }
  return numbered(pick.index, pick.session);
}

/** "09:30" plus 125 minutes is "11:35"; past midnight the next day is said. */
export function clockTime(doseTime: string, minutesAfter: number): string {
  const start = Number(doseTime.slice(0, 2)) * 60 + Number(doseTime.slice(3, 5));
  const total = start + minutesAfter;
  const day = Math.floor(total / 1440);
  const inDay = total - day * 1440;
  const hh = String(Math.floor(inDay / 60)).padStart(2, "0");
  const mm = String(inDay % 60).padStart(2, "0");
  return day > 0 ? `${hh}:${mm} (next day)` : `${hh}:${mm}`;
}

/** Checks in time order with their index in the record (ties keep the charted order). */
export function orderedChecks(
  observation: PostDoseObservation,
): { check: ObservationCheck; index: number }[] {
  return observation.checks
    .map((check, index) => ({ check, index }))
    .sort((a, b) => a.check.minutesAfterDose - b.check.minutesAfterDose || a.index - b.index);
}

export interface SignCourse {
  /** Whether the sign was ever recorded as present. */
  readonly seen: "yes" | "no" | "not-recorded";
  /** Minutes after the dose of the first check recording it present, and the most marked level seen. */
  readonly firstMinutes: number | null;
  readonly worst: string | null;
  /** The first check after the last sighting that records it absent; null if not recorded as resolved. */
  readonly resolvedMinutes: number | null;
}

const levelRank: Readonly<Record<string, number>> = { none: 0, mild: 1, moderate: 2, severe: 3 };

/** How sedation ran through the checks, read as charted. */
export function sedationCourse(observation: PostDoseObservation): SignCourse {
  return courseOf(observation, (c) =>
    c.sedation === undefined ? undefined : { present: c.sedation !== "none", level: c.sedation },
  );
}

/** How dissociation ran through the checks, read as charted. */
export function dissociationCourse(observation: PostDoseObservation): SignCourse {
  return courseOf(observation, (c) =>
    c.dissociation === undefined ? undefined : { present: c.dissociation, level: "present" },
  );
}

function courseOf(
  observation: PostDoseObservation,
  read: (c: ObservationCheck) => { present: boolean; level: string } | undefined,
): SignCourse {
  const charted = orderedChecks(observation)
    .map(({ check }) => ({ minutes: check.minutesAfterDose, reading: read(check) }))
    .flatMap((c) => (c.reading === undefined ? [] : [{ minutes: c.minutes, ...c.reading }]));
  if (charted.length === 0)
    return { seen: "not-recorded", firstMinutes: null, worst: null, resolvedMinutes: null };
  const present = charted.filter((c) => c.present);
  const last = present.at(-1);
  if (last === undefined) return { seen: "no", firstMinutes: null, worst: null, resolvedMinutes: null };
  const worst = present.reduce((w, c) => (rank(c.level) > rank(w.level) ? c : w));
  const resolved = charted.find((c) => c.minutes > last.minutes && !c.present);
  return {
    seen: "yes",
    firstMinutes: present[0]?.minutes ?? null,
    worst: worst.level,
    resolvedMinutes: resolved?.minutes ?? null,
  };
}

function rank(level: string): number {
  return levelRank[level] ?? 1;
}

/** The medications on the list on the session's date: started on or before it and not stopped before it. */
export function medicationsOn(record: PatientRecord, date: string): PatientRecord["medications"] {
  return record.medications.filter(
    (m) => (m.start === undefined || m.start <= date) && (m.end === undefined || m.end >= date),
  );
}
