// The worklist's sort orders: urgency (the server's order), name, outcome, last session. Nothing clinical is recomputed.

import type { Classification, WorklistEntry } from "./worklist-types.ts";

export type SortKey = "urgency" | "name" | "outcome" | "last-session";
export interface SortState {
  readonly key: SortKey;
  /** Reversed from the key's natural order (most urgent, A–Z, worst outcome, most recent). */
  readonly descending: boolean;
}

// Worst first, so the natural order of the outcome column puts those needing a decision on top.
const outcomeOrder: Readonly<Record<Classification, number>> = {
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

const comparators: Readonly<Record<SortKey, (a: WorklistEntry, b: WorklistEntry) => number>> = {
  urgency: (a, b) => b.attention.urgency - a.attention.urgency,
  name: () => 0,
  outcome: (a, b) =>
    (a.classification === null ? 9 : outcomeOrder[a.classification]) -
    (b.classification === null ? 9 : outcomeOrder[b.classification]),
  "last-session": (a, b) => (b.lastSessionDate ?? "").localeCompare(a.lastSessionDate ?? ""),
};

export function sortEntries(entries: readonly WorklistEntry[], sort: SortState): WorklistEntry[] {
  const compare = comparators[sort.key];
  const sign = sort.descending ? -1 : 1;
  return [...entries].sort((a, b) => sign * compare(a, b) || sign * byName(a, b));
}
