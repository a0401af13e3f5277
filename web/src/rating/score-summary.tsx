// The live total, band and suicide-item alert beside a scale being rated, with the save button.

import type { Instrument } from "../../../src/clinical/index.ts";
import { SeverityBadge } from "../severity-badge.tsx";
import type { LiveScore } from "./live-score.ts";

interface Props {
  readonly instrument: Instrument;
  readonly live: LiveScore | null;
  readonly typedTotal: string | null;
  readonly typedBand: string | null;
  readonly saving: boolean;
}

export function ScoreSummary({ instrument, live, typedTotal, typedBand, saving }: Props) {
  const total = live === null ? typedTotal || "—" : String(live.total);
  const band = live === null ? typedBand : live.bandLabel;
  return (
    <aside className="score-summary" aria-label="Score">
      <div aria-live="polite" aria-atomic="true">
        <p className="total">
          <span className="label">Total</span> <strong data-testid="live-total">{total}</strong>
          <span className="of"> / {instrument.totalRange.max}</span>
        </p>
        <p className="band" data-testid="live-band">
          {band ?? (live !== null && !live.complete ? "Band shown when every item is scored" : "—")}
        </p>
        {live !== null ? (
          <p className="progress">
            {live.scored} of {live.of} items scored
          </p>
        ) : null}
      </div>
      {live?.suicide != null ? (
        <div
          className={`suicide-alert severity-${live.suicide.level}`}
          role="alert"
          data-testid="suicide-alert"
        >
          <SeverityBadge
            severity={live.suicide.level}
            label={live.suicide.level === "critical" ? "Suicide risk" : "Suicide-risk item"}
          />
          <p>{live.suicide.message}</p>
        </div>
      ) : null}
      <button type="submit" className="primary wide" disabled={saving}>
        {saving ? "Saving…" : `Save ${instrument.id}`}
      </button>
    </aside>
  );
}
