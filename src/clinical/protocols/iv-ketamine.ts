// Intravenous racemic ketamine: the seed's reference protocol and its escalation ladder.

import { reference, seed } from "../knowledge/source.ts";
import type { Protocol } from "./protocol.ts";

export const ivKetamine: Protocol = {
  id: "iv-ketamine",
  name: "IV ketamine",
  family: "ketamine",
  adequateTrial: {
    minSessions: 4,
    minSessionsPerWeek: 1.75,
    minSpanDays: 7,
    summary: "at least 4 completed infusions of 0.5 mg/kg or more, about 2–3 a week, over 2–3 weeks",
  },
  dose: {
    unit: "mg/kg",
    maxMgPerKg: 1.0,
    standardMgPerKg: 0.5,
    lowestMgPerKg: 0.3,
    escalation: [0.5, 0.6, 0.75, 1.0],
  },
  // 20 minutes is the fastest rate the seed describes; anything quicker is refused.
  infusion: { standardMinutes: 40, minMinutes: 20 },
  inductionSessions: 6,
  sources: [
    seed("003", "What Constitutes an Adequate Trial?"),
    seed("003", "Strategy 1: Dose Adjustment"),
    seed("003", "Strategy 2: Infusion Rate Modification"),
    reference(
      "fava-2020",
      "Fava M, et al. Double-blind, placebo-controlled, dose-ranging trial of intravenous ketamine as adjunctive therapy in treatment-resistant depression. Mol Psychiatry 2020;25(7):1592-1603",
    ),
  ],
};
