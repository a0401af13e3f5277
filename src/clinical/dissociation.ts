// How much dissociation the recent sessions of the current course produced, and whether it distressed.

import type { Evidence } from "./assessment.ts";
import { ev, sessionField } from "./finding.ts";
import { checkMeasurement } from "./instruments/index.ts";
import type { PlanContext } from "./plan-context.ts";

export type DissociationLevel = "minimal" | "moderate" | "marked" | "unknown";

export interface DissociationReading {
  readonly level: DissociationLevel;
  readonly distressing: boolean;
  readonly evidence: Evidence[];
}

/** Recent sessions speak for the current dose; older ones may have been at another. */
const recentSessions = 3;
/** Recovery past this, in minutes, is prolonged (seed 003 expects 90–120 only at higher doses). */
const prolongedRecoveryMinutes = 90;
const distressWords =
  /(distress\w*|excessive|profound|severe|intense|frightening|overwhelming|prolonged|traumati\w*)[\w\s,]*dissociat\w*|dissociat\w*[\w\s,]*(distress\w*|excessive|profound|severe|intense|frightening|overwhelming|prolonged)/i;

export function readDissociation(
  ctx: Pick<PlanContext, "currentSessions" | "settings">,
): DissociationReading {
  const recent = ctx.currentSessions.slice(-recentSessions);
  const evidence: Evidence[] = [];
  let highest: number | null = null;
  let distressing = false;
  for (const { item: s, index } of recent) {
    const d = s.dissociation;
    if (d) {
      const checked = checkMeasurement("CADSS", d);
      const total = "total" in checked ? checked.total : (d.total ?? null);
      if (total !== null) {
        highest = Math.max(highest ?? 0, total);
        evidence.push(ev(sessionField(index, "dissociation.total"), total, s.date));
      }
      if (d.distressing) {
        distressing = true;
        evidence.push(ev(sessionField(index, "dissociation.distressing"), true, s.date));
      }
    }
    s.sideEffects.forEach((effect, i) => {
      if (distressWords.test(effect)) {
        distressing = true;
        evidence.push(ev(`sessions[${index}].sideEffects[${i}]`, effect, s.date));
      }
    });
    if (
      s.recoveryMinutes !== undefined &&
      s.recoveryMinutes > prolongedRecoveryMinutes &&
      (d?.total ?? 0) > ctx.settings.cadssMinimalMax
    ) {
      distressing = true;
      evidence.push(ev(sessionField(index, "recoveryMinutes"), s.recoveryMinutes, s.date));
    }
  }
  const level: DissociationLevel =
    highest === null
      ? "unknown"
      : highest <= ctx.settings.cadssMinimalMax
        ? "minimal"
        : highest >= ctx.settings.cadssMarkedMin
          ? "marked"
          : "moderate";
  return { level, distressing, evidence };
}
