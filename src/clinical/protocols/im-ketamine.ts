// Intramuscular racemic ketamine: weight-based like IV, for poor venous access or a route change.

import { seed } from "../knowledge/source.ts";
import type { Protocol } from "./protocol.ts";

export const imKetamine: Protocol = {
  id: "im-ketamine",
  name: "IM ketamine",
  family: "ketamine",
  // The seed gives no IM trial of its own; we hold IM to the IV standard it describes.
  adequateTrial: {
    minSessions: 4,
    minSessionsPerWeek: 1.75,
    minSpanDays: 7,
    summary:
      "at least 4 completed injections of 0.5 mg/kg or more, about 2–3 a week, over 2–3 weeks (the IV standard)",
  },
  dose: {
    unit: "mg/kg",
    maxMgPerKg: 1.0,
    standardMgPerKg: 0.5,
    lowestMgPerKg: 0.5,
    escalation: [0.5, 0.75, 1.0],
  },
  inductionSessions: 6,
  sources: [seed("003", "Intramuscular Ketamine"), seed("003", "What Constitutes an Adequate Trial?")],
};
