// One item of a rating scale as a row of radio buttons (arrow keys move between scores), with its errors beside it.

import type { Instrument } from "../../../src/clinical/index.ts";
import { FieldErrors } from "../forms/field.tsx";

type InstrumentItem = Instrument["items"][number];

interface Props {
  readonly index: number;
  readonly item: InstrumentItem;
  readonly value: number | undefined;
  readonly errors: readonly string[];
  /** Marks the suicide-risk item, so it reads as such before it is scored. */
  readonly suicideItem: boolean;
  onChange(value: number): void;
}

function optionLabel(item: InstrumentItem, score: number): string {
  if (item.min === 0 && item.max === 1) return score === 1 ? "Yes" : "No";
  return String(score);
}

export function ItemScore({ index, item, value, errors, suicideItem, onChange }: Props) {
  const name = `item-${index}`;
  const scores = Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i);
  return (
    <fieldset
      className={`item-score${errors.length > 0 ? " invalid" : ""}${suicideItem ? " suicide-item" : ""}`}
      id={name}
      aria-describedby={errors.length > 0 ? `${name}-error` : undefined}
    >
      <legend>
        <span className="item-number">{item.number}.</span> {item.label}
        {suicideItem ? <span className="tag">suicide-risk item</span> : null}
      </legend>
      <div className="scores">
        {scores.map((score) => (
          <label key={score} className={value === score ? "chosen" : undefined}>
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
            />
            <span>{optionLabel(item, score)}</span>
          </label>
        ))}
      </div>
      <FieldErrors id={name} errors={errors} />
    </fieldset>
  );
}
