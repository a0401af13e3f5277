// Oral racemic ketamine: the least bioavailable route (about 17%).

import { seed } from "../knowledge/source.ts";
import type { Protocol } from "./protocol.ts";

export const oralKetamine: Protocol = {
  id: "oral-ketamine",
  name: "Oral ketamine",
  family: "ketamine",
  adequateTrial: {
    minSessions: 6,
    minSessionsPerWeek: 1,
    minSpanDays: 14,
    summary: "at least 6 completed doses (the seed asks for 6–8), at least weekly",
  },
  // The seed's ceiling is the 300 mg sublingual equivalent; no oral dose above it is accepted.
  dose: { unit: "mg", maxMg: 300, typicalMg: [100, 300] },
  inductionSessions: 8,
  sources: [seed("003", "What Constitutes an Adequate Trial?"), seed("003", "Sublingual/Oral Ketamine")],
};
