// A scale's total, band and suicide-item signal while it is being rated, from the instrument module itself.

import { bandOf, type Instrument } from "../../../src/clinical/index.ts";

export interface SuicideSignal {
  readonly level: "warning" | "critical";
  readonly message: string;
}

export interface LiveScore {
  readonly scored: number;
  readonly of: number;
  /** With unscored items at their lowest, so it is the least the total can be. */
  readonly total: number;
  readonly complete: boolean;
  readonly bandLabel: string | null;
  readonly suicide: SuicideSignal | null;
}

function suicideSignal(
  instrument: Instrument,
  items: readonly (number | undefined)[],
  bandCode: string | null,
): SuicideSignal | null {
  const rule = instrument.suicideItem;
  if (rule !== undefined) {
    const score = items[rule.item - 1];
    if (score === undefined) return null;
    const label = instrument.items[rule.item - 1]?.label ?? "suicide item";
    const what = `${instrument.id} item ${rule.item} (${label}) scored ${score}`;
    if (score >= rule.criticalAt)
      return {
        level: "critical",
        message: `${what}: the critical level for suicide risk (${rule.criticalAt} or more). Tell the prescriber now.`,
      };
    if (rule.warningAt !== undefined && score >= rule.warningAt)
      return {
        level: "warning",
        message: `${what}: the warning level for suicide risk (${rule.warningAt} or more).`,
      };
    return null;
  }
  // A suicide-risk screen (C-SSRS) has no single item, so every band above its lowest is a positive screen.
  if (instrument.measures === "suicide-risk" && bandCode !== null && bandCode !== instrument.bands[0]?.code) {
    const band = instrument.bands.find((b) => b.code === bandCode);
    return {
      level: "critical",
      message: `${instrument.id}: ${band?.label ?? bandCode}. Tell the prescriber now.`,
    };
  }
  return null;
}

export function liveScore(instrument: Instrument, items: readonly (number | undefined)[]): LiveScore {
  const filled = instrument.items.map((item, i) => items[i] ?? item.min);
  const scored = items.filter((v) => v !== undefined).length;
  const total = instrument.score(filled);
  const complete = scored === instrument.items.length;
  const band = complete ? bandOf(instrument, total) : null;
  const anyYes = instrument.measures === "suicide-risk" ? bandOf(instrument, total).code : null;
  return {
    scored,
    of: instrument.items.length,
    total,
    complete,
    bandLabel: band?.label ?? null,
    suicide: suicideSignal(instrument, items, band?.code ?? anyYes),
  };
}

/** The band of a total typed in directly, or null while it is not a whole number in range. */
export function bandOfTotal(instrument: Instrument, total: number): string | null {
  const { min, max } = instrument.totalRange;
  if (!Number.isInteger(total) || total < min || total > max) return null;
  return bandOf(instrument, total).label;
}
