// The rating scales Titrate knows, and the one check every measurement passes before the engine reads it.

import { cadss } from "./cadss.ts";
import { cssrs } from "./cssrs.ts";
import { gad7 } from "./gad7.ts";
import { hamd17 } from "./hamd17.ts";
import { type Instrument, type InstrumentId, sumItems } from "./instrument.ts";
import { madrs } from "./madrs.ts";
import { phq9 } from "./phq9.ts";
import { qidsSr16 } from "./qids-sr16.ts";
import { shaps } from "./shaps.ts";

export { cadssBands } from "./cadss.ts";
export { type CssrsRisk, cssrsPositive, cssrsRisk } from "./cssrs.ts";
export {
  type Band,
  bandOf,
  type Instrument,
  type InstrumentId,
  type InstrumentItem,
  instrumentIds,
  type SuicideItem,
} from "./instrument.ts";
export { qidsDomains, scoreQids } from "./qids-sr16.ts";
export { scoreShaps, shapsAnswers } from "./shaps.ts";

export const instruments: Readonly<Record<InstrumentId, Instrument>> = {
  MADRS: madrs,
  HAMD17: hamd17,
  PHQ9: phq9,
  QIDSSR16: qidsSr16,
  GAD7: gad7,
  CADSS: cadss,
  SHAPS: shaps,
  CSSRS: cssrs,
};

/** The abbreviation clinicians know each scale by, used in messages. */
export const instrumentShortNames: Readonly<Record<InstrumentId, string>> = {
  MADRS: "MADRS",
  HAMD17: "HAM-D 17",
  PHQ9: "PHQ-9",
  QIDSSR16: "QIDS-SR16",
  GAD7: "GAD-7",
  CADSS: "CADSS",
  SHAPS: "SHAPS",
  CSSRS: "C-SSRS",
};

export interface MeasurementInput {
  readonly total?: number | undefined;
  readonly items?: readonly number[] | undefined;
}

/** `field` is relative to the measurement: `total`, `items` or `items[3]`. */
export interface MeasurementError {
  readonly field: string;
  readonly message: string;
}

export type MeasurementCheck = { readonly total: number } | { readonly errors: readonly MeasurementError[] };

function checkItems(instrument: Instrument, name: string, items: readonly number[]): MeasurementError[] {
  if (items.length !== instrument.items.length) {
    return [
      {
        field: "items",
        message: `${name} needs ${instrument.items.length} item scores, got ${items.length}`,
      },
    ];
  }
  const errors: MeasurementError[] = [];
  instrument.items.forEach((item, index) => {
    const value = items[index];
    if (value !== undefined && Number.isInteger(value) && value >= item.min && value <= item.max) return;
    const wholeNumber = value !== undefined && Number.isFinite(value) && !Number.isInteger(value);
    errors.push({
      field: `items[${index}]`,
      message: `${name} item ${item.number} must be ${wholeNumber ? "a whole number " : ""}between ${item.min} and ${item.max}`,
    });
  });
  return errors;
}

/**
 * Validates a measurement against its scale and returns the total to use: the stated total, the total
 * scored from the items, or both when they agree. Errors are data so forms and imports can show them.
 */
export function checkMeasurement(
  instrumentId: InstrumentId,
  measurement: MeasurementInput,
): MeasurementCheck {
  const instrument = instruments[instrumentId];
  const name = instrumentShortNames[instrumentId];
  const { total, items } = measurement;
  if (total === undefined && items === undefined) {
    return { errors: [{ field: "total", message: `${name} measurement needs a total or item scores` }] };
  }

  const errors: MeasurementError[] = [];
  let scored: number | undefined;
  if (items !== undefined) {
    const itemErrors = checkItems(instrument, name, items);
    errors.push(...itemErrors);
    if (itemErrors.length === 0) scored = instrument.score(items);
  }

  if (total !== undefined) {
    const { min, max } = instrument.totalRange;
    if (!Number.isInteger(total) || total < min || total > max) {
      const wholeNumber = Number.isFinite(total) && !Number.isInteger(total);
      errors.push({
        field: "total",
        message: `${name} total must be ${wholeNumber ? "a whole number " : ""}between ${min} and ${max}`,
      });
    } else if (scored !== undefined && scored !== total) {
      // Only plain-sum scales have an "item sum"; for QIDS, SHAPS and the like the wording must not mislead.
      const what = instrument.score === sumItems ? "the item sum" : `the ${name} score of the items,`;
      errors.push({ field: "total", message: `stated total ${total} does not match ${what} ${scored}` });
    }
  }

  if (errors.length > 0) return { errors };
  const result = total ?? scored;
  // Unreachable: with no errors, either the total was given or the items were scored.
  if (result === undefined) throw new Error("checkMeasurement: no total after a successful check");
  return { total: result };
}
