// Sorting the server's worklist entries: urgency as the server scored it, then by name; outcome worst first.

import { describe, expect, it } from "vitest";
import { sortEntries } from "./worklist-sort.ts";
import type { WorklistEntry } from "./worklist-types.ts";

function entry(
  familyName: string,
  urgency: number,
  classification: WorklistEntry["classification"],
): WorklistEntry {
  return {
    patient: { id: familyName, givenName: "A", familyName, mrn: null },
    ageYears: 40,
    modality: "iv-ketamine",
    sessions: 1,
    lastSessionDate: null,
    classification,
    outcomeInstrument: null,
    baselineTotal: null,
    latestTotal: null,
    improvementPercent: null,
    trialAdequate: false,
    trialMissing: null,
    nextStep: null,
    attention: {
      openAlerts: 0,
      critical: [],
      warnings: [],
      reviewPoint: false,
      bloodPressureHold: false,
      responseConcern: null,
      selfReportsDue: [],
      urgency,
    },
  };
}

describe("sortEntries", () => {
  const list = [
    entry("Cole", 5, "response"),
    entry("Abel", 1_000_000, "remission"),
    entry("Bain", 5, "non-response"),
  ];
  it("puts the most urgent first, ties by name", () => {
    expect(sortEntries(list, { key: "urgency", descending: false }).map((e) => e.patient.familyName)).toEqual(
      ["Abel", "Bain", "Cole"],
    );
  });
  it("orders outcomes worst first, and reverses on request", () => {
    expect(sortEntries(list, { key: "outcome", descending: false }).map((e) => e.patient.familyName)).toEqual(
      ["Bain", "Cole", "Abel"],
    );
    expect(sortEntries(list, { key: "name", descending: true }).map((e) => e.patient.familyName)).toEqual([
      "Cole",
      "Bain",
      "Abel",
    ]);
  });
});
