// Intranasal esketamine (Spravato): fixed device doses, REMS observation, 56 → 84 mg induction.

import { reference, seed } from "../knowledge/source.ts";
import type { Protocol } from "./protocol.ts";

export const spravatoLabel = reference(
  "spravato-pi",
  "SPRAVATO (esketamine) nasal spray, US prescribing information, Janssen; sections 2 (dosage, blood pressure before dosing) and 5 (REMS, post-dose monitoring)",
);

export const esketamine: Protocol = {
  id: "esketamine",
  name: "Esketamine nasal spray",
  family: "esketamine",
  adequateTrial: {
    minSessions: 8,
    minSessionsPerWeek: 1.75,
    minSpanDays: 21,
    mustReachMg: 84,
    summary: "8 completed sessions over about 4 weeks (twice weekly), escalated from 56 mg to 84 mg",
  },
  // The device gives 28 mg per unit: 28 mg (one device) is for some older adults, 56 and 84 mg otherwise.
  dose: { unit: "mg-fixed", allowedMg: [28, 56, 84], startMg: 56, targetMg: 84 },
  inductionSessions: 8,
  sources: [
    seed("003", "What Constitutes an Adequate Trial?"),
    seed("003", "Intranasal Esketamine (Spravato)"),
    seed("002", "Spravato (esketamine): a regulated, fast-acting option"),
    spravatoLabel,
  ],
};
