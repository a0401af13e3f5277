// The course so far: how many treatments, which routes, and which optimization strategies the record shows tried.

import type { Course, Evidence, OptimizationTried } from "./assessment.ts";
import { ev, sessionField } from "./finding.ts";
import { medicationKind } from "./knowledge/interfering-medications.ts";
import { type Modality, protocols } from "./protocols/index.ts";
import type { PatientRecord, Session } from "./record.ts";
import type { Indexed, Timeline } from "./timeline.ts";

const switchCodes: Record<Modality, string> = {
  "iv-ketamine": "switch-route-iv",
  "im-ketamine": "switch-route-im",
  "sublingual-ketamine": "switch-route-sublingual",
  "oral-ketamine": "switch-route-sublingual",
  esketamine: "switch-route-esketamine",
  tms: "switch-to-tms",
};

/** Completed ketamine and esketamine sessions: the seed counts them together as one course of treatments. */
export function countsAsTreatment(s: Session): boolean {
  return s.completed && s.modality !== "tms";
}

export function assessCourse(record: PatientRecord, t: Timeline): Course {
  const sessions = t.sessions;
  const first = sessions[0]?.item.date ?? null;
  const modalities: Modality[] = [];
  for (const s of sessions) if (!modalities.includes(s.item.modality)) modalities.push(s.item.modality);
  return {
    totalTreatments: sessions.reduce((n, s) => (countsAsTreatment(s.item) ? n + 1 : n), 0),
    modalities,
    firstSessionDate: first,
    lastSessionDate: sessions.at(-1)?.item.date ?? null,
    optimizationsTried: first ? strategiesTried(record, t, first) : [],
  };
}

function strategiesTried(record: PatientRecord, t: Timeline, first: string): OptimizationTried[] {
  // A list, not a Map: a course shows a handful of strategies at most.
  const tried: { strategy: string; since: string; evidence: Evidence[] }[] = [];
  const note = (strategy: string, since: string, evidence: Evidence) => {
    let entry: (typeof tried)[number] | undefined;
    for (const e of tried) {
      if (e.strategy !== strategy) continue;
      entry = e;
      break;
    }
    if (entry) entry.evidence.push(evidence);
    else tried.push({ strategy, since, evidence: [evidence] });
  };
  noteSessionStrategies(t.sessions, note);

  record.medications.forEach((m, i) => {
    const kind = t.medications[i] ?? medicationKind(m);
    // Lithium started once the course was under way is an augmentation, not a long-standing medication.
    if (kind.lithium && m.start !== undefined && m.start >= first && m.start <= t.asOf) {
      note("augment-lithium", m.start, ev(`medications[${i}].start`, m.start, m.start));
    }
    const isBenzo = kind.classes.some((c) => c.id === "benzodiazepine");
    if (isBenzo && m.end !== undefined && m.end >= first && m.end <= t.asOf) {
      note("taper-benzodiazepine", m.end, ev(`medications[${i}].end`, m.end, m.end));
    }
  });
  record.events.forEach((e, i) => {
    if (e.type === "optimization" && e.strategy && e.date <= t.asOf) {
      note(e.strategy, e.date, ev(`events[${i}].strategy`, e.strategy, e.date));
    }
  });
  return tried.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
}

type Note = (strategy: string, since: string, evidence: Evidence) => void;

/** Reads dose, rate, route and course-length changes straight from the sessions. */
function noteSessionStrategies(sessions: readonly Indexed<Session>[], note: Note): void {
  const first = sessions[0];
  if (!first) return;
  let previous: Modality = first.item.modality;
  let sameRoute = 0;
  for (const { item: s, index } of sessions) {
    if (s.modality !== previous) {
      note(switchCodes[s.modality], s.date, ev(sessionField(index, "modality"), s.modality, s.date));
      previous = s.modality;
      sameRoute = 0;
    }
    sameRoute += 1;
    const protocol = protocols[s.modality];
    if (sameRoute === protocol.inductionSessions + 1) {
      note(
        "extend-induction",
        s.date,
        ev(`sessions[${index}]`, `session ${sameRoute} of ${s.modality}`, s.date),
      );
    }
    const rule = protocol.dose;
    if (rule.unit === "mg/kg" && s.doseMgPerKg !== undefined) {
      if (s.doseMgPerKg > rule.standardMgPerKg) {
        note("escalate-dose", s.date, ev(sessionField(index, "doseMgPerKg"), s.doseMgPerKg, s.date));
      } else if (s.doseMgPerKg < rule.standardMgPerKg && s !== first.item) {
        note("lower-dose", s.date, ev(sessionField(index, "doseMgPerKg"), s.doseMgPerKg, s.date));
      }
    }
    const infusion = protocol.infusion;
    if (infusion && s.infusionMinutes !== undefined) {
      if (s.infusionMinutes < infusion.standardMinutes - 5) {
        note(
          "faster-infusion",
          s.date,
          ev(sessionField(index, "infusionMinutes"), s.infusionMinutes, s.date),
        );
      } else if (s.infusionMinutes >= 90) {
        note(
          "extended-infusion",
          s.date,
          ev(sessionField(index, "infusionMinutes"), s.infusionMinutes, s.date),
        );
      } else if (s.infusionMinutes > infusion.standardMinutes + 5) {
        note(
          "slower-infusion",
          s.date,
          ev(sessionField(index, "infusionMinutes"), s.infusionMinutes, s.date),
        );
      }
    }
  }
}
