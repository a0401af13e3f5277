// Clinician-Administered Dissociative States Scale, 23-item form: dissociation charted during and after a dose.

import { reference } from "../knowledge/source.ts";
import { defaultSettings } from "../settings.ts";
import { type Band, type Instrument, sumItems } from "./instrument.ts";
import { uniformItems } from "./item-lists.ts";

// The ketamine and esketamine trials use the 19 patient-reported items and the first 4 observer items of
// Bremner's scale; the remaining observer items are left out, so the total runs 0–92.
const labels = [
  "Time slowed down",
  "Surroundings feel unreal",
  "Cut off from events, as if in a film",
  "Seeing oneself from outside",
  "Watching as a bystander",
  "Disconnected from the body",
  "Body feels changed in size",
  "People seem lifeless",
  "Objects look altered",
  "Colours dulled",
  "Tunnel or wide-angle vision",
  "Time stretched out",
  "Time rushing",
  "Unexplained happenings",
  "Spacing out",
  "Sounds faded or amplified",
  "Things feel intensely real",
  "World seen as through a fog",
  "Colours brighter",
  "Observer: odd or uncanny manner",
  "Observer: blanking out",
  "Observer: appears spaced out",
  "Observer: speech odd or off topic",
] as const;

/**
 * Bands for the clinic's dissociation thresholds. No published CADSS severity grading exists, so the cut-offs
 * are clinic settings (cadssMinimalMax, cadssMarkedMin); the instrument below uses their defaults.
 */
export function cadssBands(minimalMax: number, markedMin: number): readonly Band[] {
  if (!(minimalMax >= 0 && markedMin > minimalMax && markedMin <= 92)) {
    throw new RangeError(
      `CADSS thresholds need 0 ≤ minimal max (${minimalMax}) < marked min (${markedMin}) ≤ 92`,
    );
  }
  const bands: Band[] = [{ code: "minimal", label: "Minimal dissociation", min: 0, max: minimalMax }];
  // When the two thresholds touch there is no moderate range, and an empty band would break bandOf's contract.
  if (markedMin > minimalMax + 1) {
    bands.push({ code: "moderate", label: "Moderate dissociation", min: minimalMax + 1, max: markedMin - 1 });
  }
  bands.push({ code: "marked", label: "Marked dissociation", min: markedMin, max: 92 });
  return bands;
}

export const cadss: Instrument = {
  id: "CADSS",
  name: "Clinician-Administered Dissociative States Scale (23-item)",
  rater: "clinician",
  measures: "dissociation",
  items: uniformItems(labels, 0, 4),
  totalRange: { min: 0, max: 92 },
  score: sumItems,
  bands: cadssBands(defaultSettings.cadssMinimalMax, defaultSettings.cadssMarkedMin),
  // No LOINC code for the CADSS could be verified in a published terminology source, so none is given.
  sources: [
    reference(
      "bremner-1998",
      "Bremner JD, Krystal JH, Putnam FW, et al. Measurement of dissociative states with the Clinician-Administered Dissociative States Scale (CADSS). J Trauma Stress 1998;11(1):125-136",
    ),
  ],
};
