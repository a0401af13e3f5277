// Timed checks after a dose: the ones recorded, as a table, and a row to add the next, checked as it is typed.

import { type KeyboardEvent, useState } from "react";
import type { ObservationCheck } from "../../../src/clinical/index.ts";
import type { FieldIssue } from "../api/client.ts";
import { Field } from "../forms/field.tsx";
import {
  type CheckDraft,
  emptyCheck,
  parseCheck,
  type SedationLevel,
  sedationLevels,
} from "./observation-draft.ts";

interface Props {
  readonly checks: readonly ObservationCheck[];
  /** Minutes since the dose now, offered as the new check's time. */
  readonly minutesNow: number | null;
  /** The server's issues about recorded checks (`observation.checks[1].spo2`). */
  readonly issues: readonly FieldIssue[];
  onAdd(check: ObservationCheck): void;
  onRemove(index: number): void;
}

const dash = "—";

function CheckRows({ checks, onRemove, issues }: Pick<Props, "checks" | "onRemove" | "issues">) {
  if (checks.length === 0) return <p className="empty">No checks recorded yet.</p>;
  const order = checks.map((check, index) => ({ check, index }));
  order.sort((a, b) => a.check.minutesAfterDose - b.check.minutesAfterDose);
  return (
    <div className="table-wrap">
      <table className="data checks-table">
        <caption>Checks recorded ({checks.length})</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Minutes after dose
            </th>
            <th scope="col" className="num">
              BP (mmHg)
            </th>
            <th scope="col" className="num">
              Heart rate
            </th>
            <th scope="col" className="num">
              SpO₂
            </th>
            <th scope="col">Sedation</th>
            <th scope="col">Dissociation</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {order.map(({ check: c, index }) => {
            const errors = issues.filter((i) => i.field.startsWith(`observation.checks[${index}]`));
            return (
              <tr
                key={`${index}-${c.minutesAfterDose}`}
                className={errors.length > 0 ? "flagged" : undefined}
              >
                <th scope="row" className="num">
                  {c.minutesAfterDose}
                </th>
                <td className="num">
                  {c.bloodPressure ? `${c.bloodPressure.systolic}/${c.bloodPressure.diastolic}` : dash}
                </td>
                <td className="num">{c.heartRate ?? dash}</td>
                <td className="num">{c.spo2 === undefined ? dash : `${c.spo2}%`}</td>
                <td>{c.sedation ?? dash}</td>
                <td>
                  {c.dissociation === undefined ? dash : c.dissociation ? "present" : "none"}
                  {errors.map((e) => (
                    <p key={e.field + e.message} className="field-error">
                      {e.message}
                    </p>
                  ))}
                </td>
                <td>
                  <button
                    type="button"
                    className="quiet small"
                    aria-label={`Remove the ${c.minutesAfterDose}-minute check`}
                    onClick={() => onRemove(index)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function TimedChecks({ checks, minutesNow, issues, onAdd, onRemove }: Props) {
  const [draft, setDraft] = useState<CheckDraft>(emptyCheck);
  // Until the nurse types a time, the new check follows the clock.
  const [minutesText, setMinutesText] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const minutes = {
    ...draft,
    minutesAfterDose: minutesText ?? (minutesNow === null ? "" : String(minutesNow)),
  };
  const parsed = parseCheck(minutes);
  const typed = (key: keyof CheckDraft) => minutes[key] !== "";
  const errors = (field: string, ...keys: (keyof CheckDraft)[]) =>
    parsed.ok || !(tried || keys.some(typed))
      ? []
      : [
          ...new Set(
            parsed.issues
              .filter((i) => i.field === field || i.field.startsWith(`${field}.`))
              .map((i) => i.message),
          ),
        ];

  function add() {
    setTried(true);
    if (!parsed.ok) return;
    onAdd(parsed.check);
    setDraft(emptyCheck);
    setMinutesText(null);
    setTried(false);
  }
  // Enter in the new check's fields adds the check rather than submitting the whole session.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  };
  const text = (key: keyof CheckDraft, label: string, field: string, hint?: string) => (
    <Field
      id={`check-${key}`}
      label={label}
      errors={errors(field, key)}
      {...(hint === undefined ? {} : { hint })}
    >
      {(control) => (
        <input
          {...control}
          className="narrow"
          inputMode="numeric"
          value={minutes[key]}
          onKeyDown={onKeyDown}
          onChange={(e) =>
            key === "minutesAfterDose"
              ? setMinutesText(e.target.value)
              : setDraft({ ...draft, [key]: e.target.value })
          }
        />
      )}
    </Field>
  );
  const wholeErrors =
    tried && !parsed.ok ? parsed.issues.filter((i) => i.field === "check").map((i) => i.message) : [];

  return (
    <div className="timed-checks">
      <CheckRows checks={checks} onRemove={onRemove} issues={issues} />
      <fieldset className="add-check" aria-describedby={wholeErrors.length > 0 ? "check-error" : undefined}>
        <legend>Add a check</legend>
        <div className="add-check-fields">
          {text(
            "minutesAfterDose",
            "Minutes after dose",
            "minutesAfterDose",
            minutesNow === null ? undefined : "Now, unless changed",
          )}
          {text("systolic", "BP systolic", "bloodPressure.systolic")}
          {text("diastolic", "BP diastolic", "bloodPressure.diastolic")}
          {text("heartRate", "Heart rate", "heartRate")}
          {text("spo2", "SpO₂ (%)", "spo2")}
          <Field id="check-sedation" label="Sedation">
            {(control) => (
              <select
                {...control}
                value={minutes.sedation}
                onChange={(e) => setDraft({ ...draft, sedation: e.target.value as "" | SedationLevel })}
              >
                <option value="">Not assessed</option>
                {sedationLevels.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="check-dissociation" label="Dissociation">
            {(control) => (
              <select
                {...control}
                value={minutes.dissociation}
                onChange={(e) =>
                  setDraft({ ...draft, dissociation: e.target.value as CheckDraft["dissociation"] })
                }
              >
                <option value="">Not assessed</option>
                <option value="no">None</option>
                <option value="yes">Present</option>
              </select>
            )}
          </Field>
          <button type="button" className="add-check-button" onClick={add}>
            Add check
          </button>
        </div>
        {wholeErrors.map((m) => (
          <p key={m} id="check-error" className="field-error">
            {m}
          </p>
        ))}
      </fieldset>
    </div>
  );
}
