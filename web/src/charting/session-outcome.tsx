// Whether the session was completed, and its side effects, offered by modality.

import type { ReactNode } from "react";
import type { SessionDraft } from "./session-draft.ts";

const drugSideEffects = [
  "nausea",
  "vomiting",
  "headache",
  "dizziness",
  "blurred vision",
  "anxiety",
  "sedation",
];
const tmsSideEffects = ["headache", "scalp discomfort", "facial twitching", "dizziness", "fatigue"];

interface Props {
  readonly draft: SessionDraft;
  update(change: Partial<SessionDraft>): void;
  text(key: keyof SessionDraft & string, label: string, hint?: string, className?: string): ReactNode;
}

export function SessionOutcome({ draft, update, text }: Props) {
  const choices = draft.modality === "tms" ? tmsSideEffects : drugSideEffects;
  return (
    <fieldset className="group">
      <legend>Outcome and side effects</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.completed}
          onChange={(e) => update({ completed: e.target.checked })}
        />{" "}
        Session completed
      </label>
      {draft.completed ? null : text("interruptionReason", "Why not completed", undefined, "wide")}
      <fieldset className="choice">
        <legend>Side effects</legend>
        {choices.map((effect) => (
          <label key={effect}>
            <input
              type="checkbox"
              checked={draft.sideEffects.includes(effect)}
              onChange={(e) =>
                update({
                  sideEffects: e.target.checked
                    ? [...draft.sideEffects, effect]
                    : draft.sideEffects.filter((x) => x !== effect),
                })
              }
            />{" "}
            {effect}
          </label>
        ))}
      </fieldset>
      {text("otherSideEffect", "Other side effects", "Separate several with commas", "wide")}
    </fieldset>
  );
}
