// Sublingual racemic ketamine (troches, lozenges): fixed mg doses, about 30% bioavailable.

import { seed } from "../knowledge/source.ts";
import type { Protocol } from "./protocol.ts";

export const sublingualKetamine: Protocol = {
  id: "sublingual-ketamine",
  name: "Sublingual ketamine",
  family: "ketamine",
  // The seed sets 6–8 sessions for oral ketamine; sublingual dosing is held to the same minimum.
  adequateTrial: {
    minSessions: 6,
    minSessionsPerWeek: 1,
    minSpanDays: 14,
    summary: "at least 6 completed doses, at least weekly",
  },
  // 300 mg is the top of the seed's sublingual range; above it is refused.
  dose: { unit: "mg", maxMg: 300, typicalMg: [100, 300] },
  inductionSessions: 8,
  sources: [seed("003", "Sublingual/Oral Ketamine"), seed("003", "What Constitutes an Adequate Trial?")],
};
