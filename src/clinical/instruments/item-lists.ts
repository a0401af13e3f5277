// Builds the item list of a scale whose items all share one score range.

import type { InstrumentItem } from "./instrument.ts";

/** Items numbered from 1 in the order of `labels`, each scored `min`–`max`. */
export function uniformItems(labels: readonly string[], min: number, max: number): readonly InstrumentItem[] {
  return labels.map((label, index) => ({ number: index + 1, label, min, max }));
}
