// Labelled intake controls keyed by their field path, so live and server errors show beside the right field.

import type { FieldIssue } from "../api/client.ts";
import { Field } from "../forms/field.tsx";
import { fieldDomId, messagesAt } from "./intake-draft.ts";

interface Base {
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  readonly issues: readonly FieldIssue[];
}

export function TextInput({
  path,
  label,
  hint,
  issues,
  value,
  onChange,
  type = "text",
}: Base & {
  readonly value: string;
  readonly onChange: (v: string) => void;
  readonly type?: "text" | "date" | "number";
}) {
  return (
    <Field
      id={fieldDomId(path)}
      label={label}
      errors={messagesAt(issues, path)}
      {...(hint === undefined ? {} : { hint })}
    >
      {(control) => (
        <input
          {...control}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...(type === "number" ? { inputMode: "decimal" as const } : {})}
        />
      )}
    </Field>
  );
}

export function SelectInput<T extends string>({
  path,
  label,
  hint,
  issues,
  value,
  options,
  onChange,
}: Base & {
  readonly value: T;
  readonly options: readonly (readonly [T, string])[];
  readonly onChange: (v: T) => void;
}) {
  return (
    <Field
      id={fieldDomId(path)}
      label={label}
      errors={messagesAt(issues, path)}
      {...(hint === undefined ? {} : { hint })}
    >
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(e) => {
            const chosen = options.find(([v]) => v === e.target.value);
            if (chosen !== undefined) onChange(chosen[0]);
          }}
        >
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckInput({
  path,
  label,
  checked,
  onChange,
}: {
  readonly path: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (v: boolean) => void;
}) {
  return (
    <label className="check" htmlFor={fieldDomId(path)}>
      <input
        id={fieldDomId(path)}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}

/** A group of checkboxes for a list of codes, with its legend. */
export function CheckList<T extends string>({
  path,
  legend,
  options,
  values,
  onChange,
}: {
  readonly path: string;
  readonly legend: string;
  readonly options: readonly (readonly [T, string])[];
  readonly values: readonly T[];
  readonly onChange: (v: T[]) => void;
}) {
  return (
    <fieldset className="choice checklist">
      <legend>{legend}</legend>
      {options.map(([v, text]) => (
        <CheckInput
          key={v}
          path={`${path}.${v}`}
          label={text}
          checked={values.includes(v)}
          onChange={(on) => onChange(on ? [...values, v] : values.filter((x) => x !== v))}
        />
      ))}
    </fieldset>
  );
}
