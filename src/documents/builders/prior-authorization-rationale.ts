// The clinical rationale of the prior-authorization packet, assembled in sentences from the judged history,
// the engine's staging and the Assessment; nothing is typed in by hand.

import { type Assessment, instruments, protocols, type Staging } from "../../clinical/index.ts";
import type { DocumentSection } from "../document-model.ts";
import { day, joinWords } from "./document-words.ts";
import type { JudgedTreatment } from "./prior-authorization-history.ts";

export type RequestedPathway = "esketamine" | "tms";

export interface RationaleFacts {
  readonly patientName: string;
  readonly assessment: Assessment;
  readonly diagnoses: readonly { readonly code: string; readonly display?: string | undefined }[];
  readonly treatments: readonly JudgedTreatment[];
  readonly staging: Staging | undefined;
  readonly currentMedications: readonly string[];
  readonly pathway: RequestedPathway;
  readonly sessions: number;
}

const listed = joinWords;

function trial(t: JudgedTreatment): string {
  const dose = t.dailyDoseMg === undefined ? "dose not recorded" : `${t.dailyDoseMg} mg/day`;
  const weeks = t.weeks === undefined ? "duration not recorded" : `${t.weeks} weeks`;
  return `${t.name} (${dose}, ${weeks}, ${t.outcome})`;
}

const uncountedWhy: Record<JudgedTreatment["judgement"]["verdict"], string> = {
  "adequate-failed": "counted",
  "adequate-not-failed": "which helped",
  inadequate: "not an adequate trial",
  "not-judged": "which the record cannot judge",
  "earlier-episode": "from an earlier episode",
  "not-an-antidepressant": "not an antidepressant",
};

function resistance(f: RationaleFacts): string[] {
  const settings = f.assessment.settings;
  const antidepressants = f.treatments.filter((t) => t.type === "antidepressant");
  const failed = antidepressants.filter((t) => t.judgement.countsAsFailed);
  const count = f.staging?.adequateFailedTrials ?? failed.length;
  const threshold = f.staging?.trdThreshold ?? settings.trdMinimumFailedTrials;
  const met = f.staging?.treatmentResistant ?? count >= threshold;
  const out: string[] = [];
  if (failed.length > 0) {
    out.push(
      `${f.staging === undefined ? "On record," : "In this episode"} ${count} antidepressant trial${count === 1 ? "" : "s"} reached an adequate dose and duration without enough benefit: ${listed(failed.map(trial))}.`,
    );
  } else {
    out.push("No antidepressant trial on record reached an adequate dose and duration without benefit.");
  }
  out.push(
    met
      ? `This meets the clinic's definition of treatment-resistant depression (at least ${threshold} adequate failed trials).`
      : `This falls short of the clinic's definition of treatment-resistant depression (at least ${threshold} adequate failed trials); expect the plan to ask for more history.`,
  );
  const uncounted = antidepressants.filter((t) => !t.judgement.countsAsFailed);
  if (uncounted.length > 0) {
    out.push(
      `Not counted: ${listed(uncounted.map((t) => `${trial(t)}, ${uncountedWhy[t.judgement.verdict]}`))}.`,
    );
  }
  return out;
}

function otherCare(f: RationaleFacts): string[] {
  const out: string[] = [];
  const augmentation = f.treatments.filter((t) => t.type === "augmentation");
  if (augmentation.length > 0) out.push(`Augmentation was also tried: ${listed(augmentation.map(trial))}.`);
  const ect = f.treatments.filter((t) => t.type === "ect");
  if (ect.length > 0) out.push(`ECT: ${listed(ect.map((t) => `${t.name} (${t.outcome})`))}.`);
  const therapy = f.treatments.filter((t) => t.type === "psychotherapy");
  out.push(
    therapy.length > 0
      ? `Psychotherapy: ${listed(therapy.map((t) => `${t.name} (${t.outcome})`))}.`
      : "No course of psychotherapy is recorded.",
  );
  if (f.staging !== undefined) {
    const m = f.staging.maudsley;
    out.push(`Maudsley Staging Method score at intake: ${m.total} of 15 (${m.band} resistance).`);
  }
  return out;
}

function severityNow(a: Assessment): string {
  const latest = a.latestScores.filter((s) => instruments[s.instrument].measures === "depression");
  const primary = latest.find((s) => s.instrument === a.outcome.instrument) ?? latest[0];
  if (primary === undefined) return "No depression rating is on record yet.";
  const scale = instruments[primary.instrument];
  const band = scale.bands.find((b) => b.code === primary.band)?.label ?? primary.band;
  return `Current severity: ${scale.name} ${primary.total} of ${scale.totalRange.max} on ${day(primary.date)} (${band.toLowerCase()}).`;
}

function safetyNow(a: Assessment): string {
  const recs = a.recommendations.filter((r) => r.category === "safety");
  return recs.length > 0
    ? `Safety: ${listed(recs.map((r) => r.title.toLowerCase()))}; the treatment plan takes this into account.`
    : `The assessment of ${day(a.asOf)} raises no safety concern that would stand in the way.`;
}

function request(f: RationaleFacts): string {
  const meds =
    f.currentMedications.length > 0
      ? ` Current medication: ${listed([...f.currentMedications])}.`
      : " No current medication is recorded.";
  if (f.pathway === "esketamine") {
    return `Requested: esketamine nasal spray, ${f.sessions} sessions. It is approved for treatment-resistant depression taken with an oral antidepressant, and would be given in this clinic's certified setting with the post-dose monitoring its safety programme requires.${meds}`;
  }
  return `Requested: ${protocols.tms.name}, ${f.sessions} sessions. It treats depression that has not improved with medication without adding another drug, given in the clinic on weekdays over about six weeks.${meds}`;
}

export function rationale(f: RationaleFacts): DocumentSection {
  const dx = f.diagnoses.map((d) => (d.display === undefined ? d.code : `${d.display} (${d.code})`));
  const opening =
    dx.length > 0
      ? `${f.patientName}, ${f.assessment.patient.ageYears} years old, has ${listed(dx)}.`
      : `${f.patientName}, ${f.assessment.patient.ageYears} years old; no diagnosis is recorded.`;
  return {
    heading: "Clinical rationale",
    blocks: [
      { kind: "paragraph", text: `${opening} ${resistance(f).join(" ")}` },
      { kind: "paragraph", text: otherCare(f).join(" ") },
      { kind: "paragraph", text: `${severityNow(f.assessment)} ${safetyNow(f.assessment)}` },
      { kind: "paragraph", text: request(f) },
    ],
  };
}
