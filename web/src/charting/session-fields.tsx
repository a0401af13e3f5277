// The session form's fields, grouped as a nurse charts them, each with the server's or the hard limit's errors beside it.

import {
  type BodyWeights,
  type ClinicSettings,
  type Modality,
  preDoseHold,
  protocols,
  type WeightBasis,
} from "../../../src/clinical/index.ts";
import type { FieldIssue } from "../api/client.ts";
import { Field } from "../forms/field.tsx";
import { SeverityIcon } from "../severity-badge.tsx";
import { ObservationFields } from "./observation-fields.tsx";
import type { DoseView, SessionDraft, TriState } from "./session-draft.ts";
import { fieldId } from "./session-field-ids.ts";
import { SessionOutcome } from "./session-outcome.tsx";
import { TmsFields } from "./tms-fields.tsx";
import { useMinuteClock } from "./use-minute-clock.ts";

interface Props {
  readonly draft: SessionDraft;
  readonly issues: readonly FieldIssue[];
  readonly dose: DoseView;
  readonly weights: BodyWeights;
  readonly modalities: readonly Modality[];
  readonly settings: ClinicSettings;
  update(change: Partial<SessionDraft>): void;
}

function bloodPressureBefore(draft: SessionDraft) {
  if (draft.systolic.trim() === "" || draft.diastolic.trim() === "") return undefined;
  const systolic = Number(draft.systolic.trim());
  const diastolic = Number(draft.diastolic.trim());
  return Number.isInteger(systolic) && Number.isInteger(diastolic) ? { systolic, diastolic } : undefined;
}

export function SessionFields({ draft, issues, dose, weights, modalities, settings, update }: Props) {
  const clock = useMinuteClock();
  const protocol = protocols[draft.modality];
  const tms = draft.modality === "tms";
  const hold = preDoseHold(draft.modality, bloodPressureBefore(draft), settings);
  const rule = protocol.dose;
  const errors = (id: string) => {
    const all = [...issues, ...dose.violations].filter((i) => fieldId(i.field) === id).map((i) => i.message);
    return [...new Set(all)];
  };
  const text = (key: keyof SessionDraft & string, label: string, hint?: string, className = "narrow") => (
    <Field id={key} label={label} errors={errors(key)} {...(hint === undefined ? {} : { hint })}>
      {(control) => (
        <input
          {...control}
          className={className}
          inputMode="decimal"
          value={String(draft[key])}
          onChange={(e) => update({ [key]: e.target.value })}
        />
      )}
    </Field>
  );
  const tri = (key: "benzodiazepineTaken" | "naltrexoneTaken", label: string) => (
    <Field id={key} label={label}>
      {(control) => (
        <select
          {...control}
          value={draft[key]}
          onChange={(e) => update({ [key]: e.target.value as TriState })}
        >
          <option value="">Not asked</option>
          <option value="no">No</option>
          <option value="yes">Yes</option>
        </select>
      )}
    </Field>
  );
  const basisWeight: Readonly<Record<WeightBasis, number | null>> = {
    actual: weights.actualKg,
    ideal: weights.idealKg,
    adjusted: weights.adjustedKg,
  };

  return (
    <>
      <fieldset className="group">
        <legend>Session</legend>
        <Field id="date" label="Date" errors={errors("date")}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.date}
              onChange={(e) => update({ date: e.target.value })}
            />
          )}
        </Field>
        <Field id="modality" label="Route" errors={errors("modality")}>
          {(control) => (
            <select
              {...control}
              value={draft.modality}
              onChange={(e) => update({ modality: e.target.value as Modality })}
            >
              {modalities.map((m) => (
                <option key={m} value={m}>
                  {protocols[m].name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset className="group dose">
        <legend>{tms ? "Stimulation" : "Dose"}</legend>
        {rule.unit === "mg/kg" ? (
          <>
            {text(
              "doseMgPerKg",
              "Dose (mg/kg)",
              `Hard limit ${rule.maxMgPerKg.toFixed(1)} mg/kg; standard ${rule.standardMgPerKg}`,
            )}
            <Field id="basis" label="Weight basis" errors={errors("basis")}>
              {(control) => (
                <select
                  {...control}
                  value={draft.basis}
                  onChange={(e) => update({ basis: e.target.value as WeightBasis })}
                >
                  {(["actual", "ideal", "adjusted"] as const).map((b) => (
                    <option key={b} value={b} disabled={basisWeight[b] === null}>
                      {b} body weight
                      {basisWeight[b] === null ? " (needs height)" : ` · ${basisWeight[b]?.toFixed(1)} kg`}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        ) : null}
        {rule.unit === "mg-fixed" ? (
          <fieldset
            className="choice"
            id="doseMg"
            aria-describedby={errors("doseMg").length > 0 ? "doseMg-error" : undefined}
          >
            <legend>Dose (mg)</legend>
            {rule.allowedMg.map((mg) => (
              <label key={mg}>
                <input
                  type="radio"
                  name="doseMg"
                  checked={draft.doseMg === String(mg)}
                  onChange={() => update({ doseMg: String(mg) })}
                />{" "}
                {mg} mg
              </label>
            ))}
            {errors("doseMg").map((m) => (
              <p key={m} id="doseMg-error" className="field-error">
                {m}
              </p>
            ))}
          </fieldset>
        ) : null}
        {rule.unit === "mg" ? text("doseMg", "Dose (mg)", `Hard limit ${rule.maxMg} mg`) : null}
        {rule.unit === "none" ? <TmsFields draft={draft} errors={errors} update={update} /> : null}
        {protocol.infusion !== undefined
          ? text(
              "infusionMinutes",
              "Infusion (minutes)",
              `Standard ${protocol.infusion.standardMinutes}; no shorter than ${protocol.infusion.minMinutes}`,
            )
          : null}
        <p className="computed" aria-live="polite" data-testid="dose-explanation">
          {dose.explanation !== null ? (
            <>
              <span className="why-label">Dose to give</span> {dose.explanation}
            </>
          ) : dose.violations.length > 0 ? (
            <strong>
              <SeverityIcon severity="critical" /> Refused: the dose breaks a hard limit.
            </strong>
          ) : null}
        </p>
      </fieldset>

      {tms ? null : (
        <fieldset className="group">
          <legend>Vitals and dissociation</legend>
          <fieldset className="pair">
            <legend>BP before dosing (mmHg)</legend>
            {text("systolic", "Systolic")}
            {text("diastolic", "Diastolic")}
          </fieldset>
          {draft.modality === "esketamine" ? null : (
            <fieldset className="pair">
              <legend>BP after (mmHg)</legend>
              {text("systolicAfter", "Systolic")}
              {text("diastolicAfter", "Diastolic")}
            </fieldset>
          )}
          {text("cadss", "CADSS total", "0–92, at the peak of the session")}
          <label className="check">
            <input
              type="checkbox"
              checked={draft.distressing}
              onChange={(e) => update({ distressing: e.target.checked })}
            />{" "}
            Dissociation was distressing
          </label>
          {text("recoveryMinutes", "Recovery (minutes)")}
          <div className="hold-alert" aria-live="polite" data-testid="bp-hold">
            {hold === null ? null : (
              <p className="alert severity-critical">
                <SeverityIcon severity="critical" /> <strong>{hold.title}.</strong> {hold.detail}
              </p>
            )}
          </div>
        </fieldset>
      )}

      {tms ? null : (
        <fieldset className="group">
          <legend>Before the session</legend>
          {tri("benzodiazepineTaken", "Benzodiazepine in the last 24 h")}
          {tri("naltrexoneTaken", "Naltrexone in the last 72 h")}
        </fieldset>
      )}

      {tms ? null : (
        <ObservationFields
          modality={draft.modality}
          date={draft.date}
          infusionMinutes={
            Number.isFinite(Number(draft.infusionMinutes)) && draft.infusionMinutes !== ""
              ? Number(draft.infusionMinutes)
              : undefined
          }
          observation={draft.observation}
          issues={issues}
          settings={settings}
          clock={clock}
          update={(change) => update({ observation: { ...draft.observation, ...change } })}
        />
      )}

      <SessionOutcome draft={draft} update={update} text={text} />
    </>
  );
}
