// The worklist's sort orders: urgency (the Assessment's severities), name, outcome, last session.

import type { Assessment, Patient } from "../api/types.ts";
import { type Attention, compareUrgency } from "./attention.ts";

export interface WorklistEntry {
  readonly patient: Patient;
  readonly assessment: Assessment | null;
  readonly attention: Attention | null;
  readonly failed: boolean;
}

export type SortKey = "urgency" | "name" | "outcome" | "last-session";
export interface SortState {
  readonly key: SortKey;
  /** Reversed from the key's natural order (most urgent, A–Z, worst outcome, most recent). */
  readonly descending: boolean;
}

// Worst first, so the natural order of the outcome column puts those needing a decision on top.
const outcomeOrder: Readonly<Record<Assessment["outcome"]["classification"], number>> = {
  "non-response": 0,
  "partial-response": 1,
  "insufficient-data": 2,
  response: 3,
  remission: 4,
};

function byName(a: WorklistEntry, b: WorklistEntry): number {
  return (
    a.patient.familyName.localeCompare(b.patient.familyName) ||
    a.patient.givenName.localeCompare(b.patient.givenName)
  );
}

function lastSession(e: WorklistEntry): string {
  return e.assessment?.course.lastSessionDate ?? "";
}

const comparators: Readonly<Record<SortKey, (a: WorklistEntry, b: WorklistEntry) => number>> = {
  urgency: (a, b) => compareUrgency(a.attention, b.attention),
  name: () => 0,
  outcome: (a, b) =>
    (a.assessment === null ? 9 : outcomeOrder[a.assessment.outcome.classification]) -
    (b.assessment === null ? 9 : outcomeOrder[b.assessment.outcome.classification]),
  "last-session": (a, b) => lastSession(b).localeCompare(lastSession(a)),
};

export function sortEntries(entries: readonly WorklistEntry[], sort: SortState): WorklistEntry[] {
  const compare = comparators[sort.key];
  const sign = sort.descending ? -1 : 1;
  return [...entries].sort((a, b) => sign * compare(a, b) || sign * byName(a, b));
}
