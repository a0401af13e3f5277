// The antidepressant, augmentation and psychotherapy history: one row per trial, added and removed by button.

import type { IntakeRecordInput, TrialJudgement } from "../../../src/clinical/index.ts";
import type { FieldIssue } from "../api/client.ts";
import { CheckInput, SelectInput, TextInput } from "./intake-controls.tsx";
import { numberOrUndefined } from "./intake-draft.ts";

type Treatment = NonNullable<IntakeRecordInput["treatments"]>[number];

const types = [
  ["antidepressant", "Antidepressant"],
  ["augmentation", "Augmentation"],
  ["psychotherapy", "Psychotherapy"],
  ["ect", "ECT"],
  ["tms", "TMS"],
  ["ketamine", "Ketamine"],
  ["esketamine", "Esketamine"],
  ["other", "Other"],
] as const;
const outcomes = [
  ["no-response", "No response"],
  ["partial-response", "Partial response"],
  ["response", "Response"],
  ["remission", "Remission"],
  ["not-tolerated", "Not tolerated"],
  ["unknown", "Unknown"],
] as const;
const tolerabilities = [
  ["unknown", "Unknown"],
  ["well-tolerated", "Well tolerated"],
  ["side-effects", "Side effects"],
  ["stopped-for-side-effects", "Stopped for side effects"],
] as const;

export function TreatmentsEditor({
  treatments,
  judgements,
  issues,
  onChange,
}: {
  readonly treatments: readonly Treatment[];
  /** The engine's judgement of each row, when the draft is valid. */
  readonly judgements: readonly TrialJudgement[] | null;
  readonly issues: readonly FieldIssue[];
  readonly onChange: (t: Treatment[]) => void;
}) {
  const set = (i: number, change: Partial<Treatment>) =>
    onChange(treatments.map((t, j) => (j === i ? { ...t, ...change } : t)));
  return (
    <fieldset className="intake-section">
      <legend>Treatment history</legend>
      {treatments.length === 0 ? <p className="empty">No treatments recorded yet.</p> : null}
      <ol className="treatment-rows">
        {treatments.map((t, i) => {
          const p = `treatments.${i}`;
          const judged = judgements?.[i];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved; order is the identity.
            <li key={i} className="treatment-row">
              <div className="form-row">
                <SelectInput
                  path={`${p}.type`}
                  label="Kind"
                  issues={issues}
                  value={t.type}
                  options={types}
                  onChange={(type) => set(i, { type })}
                />
                <TextInput
                  path={`${p}.name`}
                  label="Name"
                  issues={issues}
                  value={t.name}
                  onChange={(name) => set(i, { name })}
                />
                <TextInput
                  path={`${p}.dailyDoseMg`}
                  label="Daily dose (mg)"
                  type="number"
                  issues={issues}
                  value={t.dailyDoseMg === undefined ? "" : String(t.dailyDoseMg)}
                  onChange={(v) => set(i, { dailyDoseMg: numberOrUndefined(v) })}
                />
                <TextInput
                  path={`${p}.weeks`}
                  label="Weeks"
                  type="number"
                  issues={issues}
                  value={t.weeks === undefined ? "" : String(t.weeks)}
                  onChange={(v) => set(i, { weeks: numberOrUndefined(v) })}
                />
                <SelectInput
                  path={`${p}.outcome`}
                  label="Response"
                  issues={issues}
                  value={t.outcome}
                  options={outcomes}
                  onChange={(outcome) => set(i, { outcome })}
                />
                <SelectInput
                  path={`${p}.tolerability`}
                  label="Tolerability"
                  issues={issues}
                  value={t.tolerability ?? "unknown"}
                  options={tolerabilities}
                  onChange={(tolerability) => set(i, { tolerability })}
                />
              </div>
              <div className="form-row">
                <CheckInput
                  path={`${p}.thisEpisode`}
                  label="In this episode"
                  checked={t.thisEpisode ?? true}
                  onChange={(thisEpisode) => set(i, { thisEpisode })}
                />
                <CheckInput
                  path={`${p}.adherent`}
                  label="Taken as prescribed"
                  checked={t.adherent ?? true}
                  onChange={(adherent) => set(i, { adherent })}
                />
                <button
                  type="button"
                  className="button link"
                  onClick={() => onChange(treatments.filter((_, j) => j !== i))}
                >
                  Remove {t.name || `row ${i + 1}`}
                </button>
              </div>
              {judged !== undefined && judged.verdict !== "not-an-antidepressant" ? (
                <p className={`judgement v-${judged.verdict}`}>
                  <strong>{verdictWords[judged.verdict]}.</strong> {judged.reasons.join(" ")}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() =>
          onChange([...treatments, { type: "antidepressant", name: "", outcome: "no-response" }])
        }
      >
        Add a treatment
      </button>
    </fieldset>
  );
}

const verdictWords: Record<TrialJudgement["verdict"], string> = {
  "adequate-failed": "Adequate trial, did not help enough",
  "adequate-not-failed": "Adequate trial, not counted as failed",
  inadequate: "Not an adequate trial",
  "not-judged": "Cannot be judged yet",
  "earlier-episode": "Earlier episode",
  "not-an-antidepressant": "Not an antidepressant",
};
