// The intake form's last sections: reversible contributors, and the practical situation with preferences.

import { contributorStatuses } from "../../../src/clinical/index.ts";
import { CheckInput, SelectInput, TextInput } from "./intake-controls.tsx";
import { type Draft, numberOrUndefined } from "./intake-draft.ts";
import { opts, type SectionProps } from "./intake-sections.tsx";

export function ContributorsSection({ draft, update, issues }: SectionProps) {
  const c = draft.contributors ?? {};
  const set = (change: Partial<NonNullable<Draft["contributors"]>>) =>
    update({ contributors: { ...c, ...change } });
  const fields = [
    ["sleep", "Sleep"],
    ["thyroid", "Thyroid"],
    ["substances", "Alcohol and substances"],
    ["interactingMedications", "Interacting medicines"],
  ] as const;
  return (
    <fieldset className="intake-section">
      <legend>Reversible contributors ruled out</legend>
      <div className="form-row">
        {fields.map(([key, label]) => (
          <SelectInput
            key={key}
            path={`contributors.${key}`}
            label={label}
            issues={issues}
            value={c[key] ?? "not-yet-checked"}
            options={opts(contributorStatuses)}
            onChange={(v) => set({ [key]: v })}
          />
        ))}
      </div>
    </fieldset>
  );
}

export function PracticalSection({ draft, update, issues }: SectionProps) {
  const p = draft.practical;
  const pref = draft.preferences ?? {};
  const set = (change: Partial<Draft["practical"]>) => update({ practical: { ...p, ...change } });
  const setPref = (change: Partial<NonNullable<Draft["preferences"]>>) =>
    update({ preferences: { ...pref, ...change } });
  return (
    <fieldset className="intake-section">
      <legend>Practical situation and preferences</legend>
      <CheckInput
        path="practical.canAttendDaily"
        label="Can attend on weekdays for about six weeks"
        checked={p.canAttendDaily}
        onChange={(canAttendDaily) => set({ canAttendDaily })}
      />
      <CheckInput
        path="practical.canStayTwoHours"
        label="Can stay two hours after a dose"
        checked={p.canStayTwoHours}
        onChange={(canStayTwoHours) => set({ canStayTwoHours })}
      />
      <CheckInput
        path="practical.hasDriver"
        label="Has someone to drive them home"
        checked={p.hasDriver}
        onChange={(hasDriver) => set({ hasDriver })}
      />
      <div className="form-row">
        <TextInput
          path="practical.travelMinutes"
          label="Travel to the clinic (minutes, one way)"
          type="number"
          issues={issues}
          value={String(p.travelMinutes)}
          onChange={(v) => set({ travelMinutes: numberOrUndefined(v) ?? Number.NaN })}
        />
        <TextInput
          path="practical.schedule"
          label="Schedule"
          issues={issues}
          value={p.schedule ?? ""}
          onChange={(schedule) => set({ schedule })}
        />
      </div>
      <div className="form-row">
        <SelectInput
          path="preferences.dissociation"
          label="Feelings about dissociation"
          issues={issues}
          value={pref.dissociation ?? "unsure"}
          options={opts(["open", "unsure", "avoid"] as const)}
          onChange={(dissociation) => setPref({ dissociation })}
        />
        <SelectInput
          path="preferences.medication"
          label="Medication or not"
          issues={issues}
          value={pref.medication ?? "no-preference"}
          options={opts(["prefers-medication", "no-preference", "prefers-non-drug"] as const)}
          onChange={(medication) => setPref({ medication })}
        />
        <SelectInput
          path="preferences.needles"
          label="Needles"
          issues={issues}
          value={pref.needles ?? "fine"}
          options={opts(["fine", "uneasy", "avoid"] as const)}
          onChange={(needles) => setPref({ needles })}
        />
        <SelectInput
          path="preferences.speed"
          label="How soon relief is needed"
          issues={issues}
          value={pref.speed ?? "important"}
          options={opts(["urgent", "important", "not-a-priority"] as const)}
          onChange={(speed) => setPref({ speed })}
        />
      </div>
    </fieldset>
  );
}
