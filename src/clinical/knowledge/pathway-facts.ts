// What each advanced pathway asks of a patient and what to expect, for the intake comparison (seed 002).

import { esketamine, spravatoLabel } from "../protocols/esketamine.ts";
import { ivKetamine } from "../protocols/iv-ketamine.ts";
import { tms } from "../protocols/tms.ts";
import { ketamineConsensus, tmsClearance } from "./screening-sources.ts";
import type { Source } from "./source.ts";
import { seed } from "./source.ts";

export interface PathwayFacts {
  readonly name: string;
  /** How fast it tends to help, in words, and a rank (1 fastest). */
  readonly speed: string;
  readonly speedRank: 1 | 2 | 3;
  /** How often, in words: "5 a week". */
  readonly visitsPerWeek: string;
  readonly hoursPerVisit: number;
  readonly weeks: number;
  /** Sessions in the usual induction course, from the protocol; the cost estimate is for this many. */
  readonly inductionSessions: number;
  readonly monitoring: string;
  readonly sideEffects: readonly string[];
  readonly regulatory: string;
  readonly sources: readonly Source[];
}

const overview = seed("002", "How fast do these treatments work?");

export const pathwayFacts = {
  tms: {
    name: "TMS",
    speed: "Gains often start to show in weeks 2 to 4 and build until the course ends",
    speedRank: 3,
    visitsPerWeek: "5 a week",
    hoursPerVisit: 1,
    weeks: 6,
    inductionSessions: tms.inductionSessions,
    monitoring: "Screening and motor-threshold mapping first; a check on comfort and mood each visit",
    sideEffects: ["scalp discomfort", "headache", "seizure (rare with screening)"],
    regulatory: "FDA-cleared device",
    sources: [seed("002", "TMS: how it helps when meds/therapy aren’t enough"), overview, tmsClearance],
  },
  esketamine: {
    name: "Esketamine nasal spray (Spravato)",
    speed: "Often helps within the first days or weeks",
    speedRank: 2,
    visitsPerWeek: "2 a week for 4 weeks, then weekly",
    hoursPerVisit: 2.5,
    weeks: 4,
    inductionSessions: esketamine.inductionSessions,
    monitoring:
      "Blood pressure before and after each dose; observed for two hours or more in a certified clinic",
    sideEffects: ["dissociation", "sedation", "dizziness", "nausea", "blood pressure rise"],
    regulatory: "FDA-approved, given under the REMS programme",
    sources: [seed("002", "Spravato (esketamine): a regulated, fast-acting option"), overview, spravatoLabel],
  },
  "iv-ketamine": {
    name: "IV ketamine",
    speed: "The quickest of the three: sometimes within hours, more often within days",
    speedRank: 1,
    visitsPerWeek: "2–3 a week",
    hoursPerVisit: 2,
    weeks: 3,
    inductionSessions: ivKetamine.inductionSessions,
    monitoring: "Blood pressure, heart rate and oxygen during and after the infusion; a ride home",
    sideEffects: ["dissociation", "nausea", "blood pressure rise", "drowsiness"],
    regulatory: "Off-label for depression",
    sources: [seed("002", "Ketamine: flexible, rapid, but usually off-label"), overview, ketamineConsensus],
  },
} as const satisfies Record<string, PathwayFacts>;
