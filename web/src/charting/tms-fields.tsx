// A TMS session's stimulation: protocol, motor threshold, intensity held to the hard limit as it is typed, pulses.

import { protocols, tmsProtocols } from "../../../src/clinical/index.ts";
import { Field } from "../forms/field.tsx";
import type { SessionDraft } from "./session-draft.ts";

interface Props {
  readonly draft: SessionDraft;
  errors(id: string): string[];
  update(change: Partial<SessionDraft>): void;
}

export function TmsFields({ draft, errors, update }: Props) {
  const limit = protocols.tms.maxIntensityPercentMT;
  const number = (key: "motorThreshold" | "intensityPercentMT" | "pulses", label: string, hint: string) => (
    <Field id={key} label={label} hint={hint} errors={errors(key)}>
      {(control) => (
        <input
          {...control}
          className="narrow"
          inputMode="decimal"
          value={draft[key]}
          onChange={(e) => update({ [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <>
      <Field id="protocol" label="Protocol" errors={errors("protocol")}>
        {(control) => (
          <select
            {...control}
            value={draft.protocol}
            onChange={(e) => {
              const known = tmsProtocols.find((p) => p.name === e.target.value);
              // A known protocol brings its standard pulses unless some were already typed.
              const pulses =
                draft.pulses === "" && known?.pulses !== undefined ? String(known.pulses) : draft.pulses;
              update({ protocol: e.target.value, pulses });
            }}
          >
            <option value="">Choose…</option>
            {tmsProtocols.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}
              </option>
            ))}
            <option value="other">Other…</option>
          </select>
        )}
      </Field>
      {draft.protocol === "other" ? (
        <Field id="otherProtocol" label="Protocol name" errors={errors("otherProtocol")}>
          {(control) => (
            <input
              {...control}
              value={draft.otherProtocol}
              maxLength={60}
              onChange={(e) => update({ otherProtocol: e.target.value })}
            />
          )}
        </Field>
      ) : null}
      {number("motorThreshold", "Motor threshold (% of output)", "Resting motor threshold, 1–100%")}
      {number("intensityPercentMT", "Intensity (% of motor threshold)", `Hard limit ${limit ?? "—"}%`)}
      {number("pulses", "Pulses", "Pulses given this session")}
    </>
  );
}
