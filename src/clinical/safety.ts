// Safety findings that outrank everything else: suicide risk, blood pressure over the dosing threshold,
// psychosis and substance use.

import type { Evidence, Finding, Recommendation } from "./assessment.ts";
import { ev, finding, recommendation, sessionField } from "./finding.ts";
import { cssrsRisk, instruments } from "./instruments/index.ts";
import { reference, seed } from "./knowledge/source.ts";
import { observationSafety } from "./observation.ts";
import { spravatoLabel } from "./protocols/index.ts";
import type { PatientRecord, Session } from "./record.ts";
import type { ClinicSettings } from "./settings.ts";
import type { Indexed, Timeline } from "./timeline.ts";

const cssrsSource = reference(
  "posner-2011",
  "Posner K, et al. The Columbia-Suicide Severity Rating Scale: initial validity and internal consistency findings. Am J Psychiatry 2011;168(12):1266-1277",
);
const contraindications = seed("003", "Criteria for Discontinuation");

export interface SafetyResult {
  readonly findings: Finding[];
  readonly recommendations: Recommendation[];
  /** Dosing must wait (blood pressure, psychosis, acute suicide risk). */
  readonly holdDosing: boolean;
}

function suicideEvidence(t: Timeline): { evidence: Evidence[]; critical: boolean } {
  const evidence: Evidence[] = [];
  let critical = false;
  for (const m of t.latest) {
    const { instrument: id, items, date } = m.item;
    const instrument = instruments[id];
    if (id === "CSSRS") {
      const risk = items ? cssrsRisk(items) : m.total > 0 ? "level unknown" : "negative";
      if (risk !== "negative") {
        evidence.push(ev(`measurements[${m.index}].items`, `C-SSRS screen positive (${risk} risk)`, date));
        critical = true;
      }
      continue;
    }
    const rule = instrument.suicideItem;
    const value = rule && items ? items[rule.item - 1] : undefined;
    if (!rule || value === undefined) continue;
    if (value >= rule.criticalAt || (rule.warningAt !== undefined && value >= rule.warningAt)) {
      evidence.push(
        ev(`measurements[${m.index}].items[${rule.item - 1}]`, `${id} item ${rule.item} = ${value}`, date),
      );
      if (value >= rule.criticalAt) critical = true;
    }
  }
  return { evidence, critical };
}

export function assessSafety(record: PatientRecord, t: Timeline, settings: ClinicSettings): SafetyResult {
  const findings: Finding[] = [];
  const recommendations: Recommendation[] = [];
  let holdDosing = false;

  const suicide = suicideEvidence(t);
  let ideation = false;
  record.events.forEach((e, i) => {
    if (e.type !== "suicidal-ideation" || e.date > t.asOf) return;
    ideation = true;
    suicide.evidence.push(ev(`events[${i}].type`, e.type, e.date));
  });
  if (suicide.evidence.length > 0) {
    const critical = suicide.critical || ideation;
    holdDosing ||= critical;
    const spec = {
      code: "suicide-risk",
      severity: critical ? ("critical" as const) : ("warning" as const),
      title: critical ? "Suicide risk signalled" : "Passive or fleeting suicidal thoughts reported",
      evidence: suicide.evidence,
      source: cssrsSource,
    };
    findings.push(finding({ ...spec, detail: "The latest ratings include a positive suicide-risk answer." }));
    recommendations.push(
      recommendation({
        ...spec,
        category: "safety",
        detail: critical
          ? "See the patient today: assess risk directly, review the safety plan and crisis contacts, and decide on dosing only after that assessment."
          : "Ask about these thoughts at the next contact and document a risk assessment before dosing.",
      }),
    );
  }

  let lastBp: Indexed<Session> | undefined;
  for (let i = t.sessions.length - 1; i >= 0 && lastBp === undefined; i--) {
    const s = t.sessions[i];
    if (s && s.item.modality !== "tms" && s.item.bloodPressure) lastBp = s;
  }
  const bp = lastBp?.item.bloodPressure;
  if (lastBp && bp) {
    const over =
      bp.systolic > settings.bloodPressureHoldSystolic || bp.diastolic > settings.bloodPressureHoldDiastolic;
    if (over) {
      holdDosing = true;
      const spec = {
        code: "blood-pressure-hold",
        severity: "critical" as const,
        title: `Blood pressure ${bp.systolic}/${bp.diastolic} is above the dosing threshold`,
        evidence: [
          ev(sessionField(lastBp.index, "bloodPressure.systolic"), bp.systolic, lastBp.item.date),
          ev(sessionField(lastBp.index, "bloodPressure.diastolic"), bp.diastolic, lastBp.item.date),
          ev(
            "settings.bloodPressureHold",
            `${settings.bloodPressureHoldSystolic}/${settings.bloodPressureHoldDiastolic}`,
          ),
        ],
        source: spravatoLabel,
      };
      findings.push(
        finding({ ...spec, detail: "The last pre-dose reading was above the clinic's hold threshold." }),
      );
      recommendations.push(
        recommendation({
          ...spec,
          category: "safety",
          detail: `Hold the next dose until a repeat reading is at or below ${settings.bloodPressureHoldSystolic}/${settings.bloodPressureHoldDiastolic}; review cardiovascular risk before any dose increase.`,
        }),
      );
    }
  }

  // The last observed session's own record: blood pressure still high when it ended, respiratory depression.
  const observed = t.sessions.findLast((s) => s.item.observation !== undefined);
  if (observed?.item.observation)
    findings.push(
      ...observationSafety(
        observed.item.observation,
        settings,
        sessionField(observed.index, "observation"),
        observed.item.date,
      ),
    );

  const psychosis: Evidence[] = [];
  if (record.history.psychosis) psychosis.push(ev("history.psychosis", true));
  record.events.forEach((e, i) => {
    if (e.type === "psychosis" && e.date <= t.asOf) psychosis.push(ev(`events[${i}].type`, e.type, e.date));
  });
  if (psychosis.length > 0) {
    holdDosing = true;
    findings.push(
      finding({
        code: "emerging-psychosis",
        severity: "critical",
        title: "Psychotic symptoms recorded",
        detail: "Psychosis is a contraindication to ketamine and esketamine: stop dosing and evaluate.",
        evidence: psychosis,
        source: contraindications,
      }),
    );
  }

  const substance: Evidence[] = [];
  if (record.history.substanceUse) substance.push(ev("history.substanceUse", true));
  record.events.forEach((e, i) => {
    if (e.type === "substance-use" && e.date <= t.asOf)
      substance.push(ev(`events[${i}].type`, e.type, e.date));
  });
  if (substance.length > 0) {
    // Use that emerges during the course is a discontinuation criterion; a history alone is a warning.
    const emerging = substance.some((e) => e.field.startsWith("events"));
    findings.push(
      finding({
        code: "substance-use",
        severity: emerging ? "critical" : "warning",
        title: "Substance use recorded",
        detail:
          "Substance use can perpetuate depression and is a reason to reconsider ketamine; assess it before the next dose.",
        evidence: substance,
        source: contraindications,
      }),
    );
  }
  return { findings, recommendations, holdDosing };
}
