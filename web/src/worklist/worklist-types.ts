// The worklist as GET /api/worklist returns it: the server has assessed and ordered every entry.

import type { Attention, AttentionItem, DueSelfReport, Modality } from "../../../src/clinical/index.ts";
import type { Assessment } from "../api/types.ts";

export type Classification = Assessment["outcome"]["classification"];

export type { AttentionItem, DueSelfReport };

export interface WorklistEntry {
  readonly patient: {
    readonly id: string;
    readonly givenName: string;
    readonly familyName: string;
    readonly mrn: string | null;
  };
  readonly ageYears: number | null;
  readonly modality: Modality | null;
  readonly sessions: number;
  readonly lastSessionDate: string | null;
  readonly classification: Classification | null;
  readonly outcomeInstrument: string | null;
  readonly baselineTotal: number | null;
  readonly latestTotal: number | null;
  readonly improvementPercent: number | null;
  readonly trialAdequate: boolean;
  readonly trialMissing: string | null;
  readonly nextStep: string | null;
  readonly attention: Attention;
}

export interface Worklist {
  readonly asOf: string;
  readonly total: number;
  readonly items: readonly WorklistEntry[];
}
