// Seed 003's six optimization strategies, chosen by what the record shows, with safe proposed doses.

import type { Evidence, ProposedDose, Recommendation } from "./assessment.ts";
import { ageOn } from "./dates.ts";
import { readDissociation } from "./dissociation.ts";
import { calculateDose, nextEscalationStep } from "./dose.ts";
import { ev, recommendation as rec } from "./finding.ts";
import { isActiveOn, isLithium } from "./knowledge/interfering-medications.ts";
import { seed } from "./knowledge/source.ts";
import type { PlanContext } from "./plan-context.ts";
import type { Modality } from "./protocols/index.ts";
import { protocols } from "./protocols/index.ts";

const s1 = seed("003", "Strategy 1: Dose Adjustment");
const s2 = seed("003", "Strategy 2: Infusion Rate Modification");
const s3esk = seed("003", "Intranasal Esketamine (Spravato)");
const s3im = seed("003", "Intramuscular Ketamine");
const s3sl = seed("003", "Sublingual/Oral Ketamine");
const s4 = seed("003", "Strategy 4: Extended Treatment Duration");
const s5 = seed("003", "Lithium Augmentation");
const s6 = seed("003", "Strategy 6: Addressing Specific Subtypes");
const afterEsketamine = seed("000", "Transitioning to IV Ketamine");

/** A weight-based or fixed dose that has passed every hard limit, or nothing. */
export function safeDose(
  ctx: PlanContext,
  modality: Modality,
  dose: { mgPerKg?: number; mg?: number; minutes?: number },
): ProposedDose | null {
  const result = calculateDose({
    modality,
    basis: ctx.doseBasis,
    weights: ctx.weights,
    ...(dose.mgPerKg === undefined ? {} : { doseMgPerKg: dose.mgPerKg }),
    ...(dose.mg === undefined ? {} : { doseMg: dose.mg }),
    ...(dose.minutes === undefined ? {} : { infusionMinutes: dose.minutes }),
  });
  if (!result.ok) return null;
  const proposed: ProposedDose = { doseMg: result.doseMg };
  return {
    ...proposed,
    ...(result.doseMgPerKg === undefined ? {} : { doseMgPerKg: result.doseMgPerKg }),
    ...(result.weightBasis === undefined ? {} : { weightBasis: result.weightBasis }),
    ...(result.basisWeightKg === undefined ? {} : { basisWeightKg: result.basisWeightKg }),
    ...(result.infusionMinutes === undefined ? {} : { infusionMinutes: result.infusionMinutes }),
  };
}

function tried(ctx: PlanContext, strategy: string): boolean {
  return ctx.course.optimizationsTried.some((o) => o.strategy === strategy);
}

function hasEvent(ctx: PlanContext, type: string): Evidence | null {
  const i = ctx.record.events.findIndex((e) => e.type === type && e.date <= ctx.asOf);
  const e = ctx.record.events[i];
  return e ? ev(`events[${i}].type`, e.type, e.date) : null;
}

const outcomeEvidence = (ctx: PlanContext): Evidence[] => [
  ev("outcome.classification", ctx.outcome.classification),
  ev(
    "outcome.improvementPercent",
    ctx.outcome.improvementPercent === null ? null : Number(ctx.outcome.improvementPercent.toFixed(1)),
  ),
];

/** Strategies for a non-responder or partial responder after an adequate trial. */
export function optimizationStrategies(ctx: PlanContext): Recommendation[] {
  const out: Recommendation[] = [];
  const { modality, record, trajectory } = ctx;
  if (!modality) return out;
  const protocol = protocols[modality];
  const diss = readDissociation(ctx);
  const base = outcomeEvidence(ctx);
  const anxious = record.history.anxiousDistress === true || ctx.latestScore("GAD7", 10);
  const anhedonic = record.history.anhedonia === true || ctx.latestScore("SHAPS", 3);
  const chronicPain =
    record.history.chronicPain === true || (record.history.comorbidities ?? []).includes("chronic-pain");
  const improving = trajectory.direction === "improving" || trajectory.signals.includes("delayed-response");
  const onLithium = record.medications.some((m) => isLithium(m.name) && isActiveOn(m, ctx.asOf));
  const esketamineTried =
    ctx.course.modalities.includes("esketamine") ||
    record.priorTreatments.some((p) => p.type === "esketamine");
  const ivTried = ctx.course.modalities.includes("iv-ketamine");
  const latest = ctx.currentSessions.at(-1)?.item;

  // Strategy 4: a course still moving should be given time before anything is changed.
  if (
    improving &&
    ctx.currentSessions.length <= protocol.inductionSessions + 2 &&
    !tried(ctx, "extend-induction")
  ) {
    out.push(
      rec({
        code: "extend-induction",
        severity: "warning",
        category: "optimization",
        title: modality === "tms" ? "Extend the TMS course" : "Extend the induction by 4–6 treatments",
        detail: `The score is still falling (${trajectory.summary}). Continue the current protocol before judging non-response, then review the trend again.`,
        evidence: [
          ...base,
          ev("trajectory.direction", trajectory.direction),
          ...trajectory.signals.map((sig) => ev("trajectory.signals", sig)),
        ],
        source: s4,
      }),
    );
  }

  const rule = protocol.dose;
  if (rule.unit === "mg/kg" && latest) {
    const current = latest.doseMgPerKg ?? rule.standardMgPerKg;
    const atCurrent = ctx.currentSessions.filter(
      (s) => s.item.completed && s.item.doseMgPerKg === current,
    ).length;
    const next = nextEscalationStep(protocol, current);
    const tolerated = !diss.distressing && diss.level !== "marked";
    // Each rung above the standard dose is given twice before the next (seed 003's protocol).
    const rungDone = current <= rule.standardMgPerKg || atCurrent >= 2;
    if (tolerated && next !== null && rungDone && !ctx.holdDosing && !ctx.cardiovascularConcern) {
      const dose = safeDose(ctx, modality, { mgPerKg: next });
      if (dose) {
        out.push(
          rec(
            {
              code: "escalate-dose",
              severity: "warning",
              category: "optimization",
              title: `Escalate to ${next} mg/kg`,
              detail: `Dissociation has been ${diss.level === "unknown" ? "unrecorded but not distressing" : diss.level} at ${current} mg/kg without an adequate response. Step up the protocol ladder (${rule.escalation.join(" → ")} mg/kg, two treatments a step). Expect more dissociation and longer recovery (90–120 minutes); increase cardiovascular monitoring and supervision and update consent.${anhedonic ? " Anhedonic features also favour a higher dose." : ""}`,
              evidence: [
                ...base,
                ev(`sessions[${ctx.currentSessions.at(-1)?.index}].doseMgPerKg`, current, latest.date),
                ...diss.evidence,
              ],
              source: anhedonic ? s6 : s1,
            },
            dose,
          ),
        );
      }
    }
    const minutes = latest.infusionMinutes ?? protocol.infusion?.standardMinutes;
    if (
      modality === "iv-ketamine" &&
      tolerated &&
      diss.level === "minimal" &&
      minutes !== undefined &&
      minutes >= 40
    ) {
      const dose = safeDose(ctx, modality, { mgPerKg: current, minutes: 30 });
      if (dose) {
        out.push(
          rec(
            {
              code: "faster-infusion",
              severity: "info",
              category: "optimization",
              title: "Or shorten the infusion to 20–30 minutes",
              detail:
                "The standard rate was tolerated without response; a faster infusion gives a higher peak and more intense dissociation.",
              evidence: [...base, ev("sessions.infusionMinutes", minutes), ...diss.evidence],
              source: s2,
            },
            dose,
          ),
        );
      }
    }
    if (
      (diss.distressing || diss.level === "marked" || anxious) &&
      current > rule.lowestMgPerKg &&
      !(anxious && diss.level === "minimal")
    ) {
      const low = Math.max(rule.lowestMgPerKg, modality === "iv-ketamine" ? 0.3 : rule.lowestMgPerKg);
      const dose = safeDose(ctx, modality, { mgPerKg: low });
      if (dose) {
        out.push(
          rec(
            {
              code: "lower-dose",
              severity: "warning",
              category: "optimization",
              title: `Lower the dose to ${low} mg/kg`,
              detail: `Intense dissociation can swamp the therapeutic experience${record.history.trauma ? ", and trauma history makes that more likely" : ""}. Start low, titrate to 0.35–0.4 mg/kg, and focus on tolerability and integration.`,
              evidence: [
                ...base,
                ...diss.evidence,
                ...(record.history.trauma ? [ev("history.trauma", true)] : []),
                ...(anxious ? [ev("history.anxiousDistress", true)] : []),
              ],
              source: anxious ? s6 : s1,
            },
            dose,
          ),
        );
      }
    }
    if (
      modality === "iv-ketamine" &&
      (diss.distressing || diss.level === "marked" || anxious) &&
      (minutes ?? 40) < 50
    ) {
      const dose = safeDose(ctx, modality, { mgPerKg: current, minutes: 60 });
      if (dose) {
        out.push(
          rec(
            {
              code: "slower-infusion",
              severity: "warning",
              category: "optimization",
              title: "Slow the infusion to 50–60 minutes",
              detail: `A gentler onset is better tolerated by anxious patients and those with difficult dissociation.${anxious ? " For procedural anxiety, hydroxyzine or gabapentin rather than a benzodiazepine." : ""}`,
              evidence: [...base, ...diss.evidence],
              source: anxious ? s6 : s2,
            },
            dose,
          ),
        );
      }
    }
    if (modality === "iv-ketamine" && chronicPain && (minutes ?? 40) < 90) {
      out.push(
        rec({
          code: "extended-infusion",
          severity: "info",
          category: "optimization",
          title: "Consider longer infusions and coordinate with pain management",
          detail:
            "With chronic pain, longer infusions may help both conditions; track pain alongside depression.",
          evidence: [...base, ev("history.chronicPain", true)],
          source: s6,
        }),
      );
    }
  }
  out.push(...routeChanges(ctx, { diss, esketamineTried, ivTried, base, onLithium }));
  return out;
}

interface RouteFacts {
  readonly diss: ReturnType<typeof readDissociation>;
  readonly esketamineTried: boolean;
  readonly ivTried: boolean;
  readonly base: Evidence[];
  readonly onLithium: boolean;
}

/** Strategies 3 and 5: another route, or lithium, once the current route has been pushed as far as it safely goes. */
function routeChanges(ctx: PlanContext, f: RouteFacts): Recommendation[] {
  const out: Recommendation[] = [];
  const { modality, record } = ctx;
  if (!modality || modality === "tms") return out;
  const protocol = protocols[modality];
  const rule = protocol.dose;
  const highest = ctx.trial.highestDoseMgPerKg ?? 0;
  const ladderDone =
    rule.unit === "mg/kg"
      ? highest >= 0.75 || tried(ctx, "escalate-dose")
      : rule.unit === "mg-fixed"
        ? (ctx.trial.highestDoseMg ?? 0) >= rule.targetMg
        : true;
  const cannotEscalate = f.diss.distressing || f.diss.level === "marked";
  const ketamine = protocol.family === "ketamine";

  const nonIv = hasEvent(ctx, "prefers-non-iv-route");
  const covered = hasEvent(ctx, "insurance-covers-esketamine");
  if (ketamine && !f.esketamineTried && (cannotEscalate || ladderDone || nonIv || covered)) {
    const older = ageOn(record.patient.birthDate, ctx.asOf) >= 65;
    const dose = safeDose(ctx, "esketamine", { mg: older ? 28 : 56 });
    if (dose) {
      out.push(
        rec(
          {
            code: "switch-route-esketamine",
            severity: "warning",
            category: "optimization",
            title: "Switch to esketamine nasal spray",
            detail: `Start at ${older ? 28 : 56} mg, reach 84 mg by the second session, and complete all 8 induction sessions before judging response. Esketamine binds NMDA receptors more strongly, and some patients respond to it after racemic ketamine failed${cannotEscalate ? "; the nasal route often gives less intense dissociation" : ""}.`,
            evidence: [
              ...f.base,
              ...f.diss.evidence,
              ...[nonIv, covered].filter((e) => e !== null),
              ev("trial.highestDoseMgPerKg", highest),
            ],
            source: s3esk,
          },
          dose,
        ),
      );
    }
  }
  const poorAccess =
    record.history.poorVenousAccess === true ||
    ctx.currentSessions.some((s) =>
      /\b(line|iv|vein|venous|cannula|access)\b/i.test(s.item.interruptionReason ?? ""),
    );
  if (modality === "iv-ketamine" && (poorAccess || ladderDone)) {
    const dose = safeDose(ctx, "im-ketamine", { mgPerKg: 0.5 });
    if (dose) {
      out.push(
        rec(
          {
            code: "switch-route-im",
            severity: poorAccess ? "warning" : "info",
            category: "optimization",
            title: "Consider intramuscular ketamine",
            detail:
              "IM ketamine (0.5–1.0 mg/kg, deltoid or gluteal) absorbs more predictably than oral or sublingual and needs no IV line; control is less precise and response more variable.",
            evidence: [
              ...f.base,
              ...(poorAccess
                ? [ev("history.poorVenousAccess", true)]
                : [ev("trial.highestDoseMgPerKg", highest)]),
            ],
            source: s3im,
          },
          dose,
        ),
      );
    }
  }
  const cost = hasEvent(ctx, "cost-barrier");
  const home = hasEvent(ctx, "prefers-home-treatment");
  if ((modality === "iv-ketamine" || modality === "im-ketamine") && (cost || home)) {
    const dose = safeDose(ctx, "sublingual-ketamine", { mg: 100 });
    if (dose) {
      out.push(
        rec(
          {
            code: "switch-route-sublingual",
            severity: "info",
            category: "optimization",
            title: "Consider sublingual ketamine",
            detail:
              "Sublingual dosing costs less and can be taken at home; only about 30% is absorbed, so higher mg doses (100–300 mg) are needed, held under the tongue for 10 minutes or more.",
            evidence: [...f.base, ...[cost, home].filter((e) => e !== null)],
            source: s3sl,
          },
          dose,
        ),
      );
    }
  }
  if (
    (modality === "esketamine" && ladderDone) ||
    modality === "sublingual-ketamine" ||
    modality === "oral-ketamine"
  ) {
    if (!f.ivTried) {
      const dose = safeDose(ctx, "iv-ketamine", { mgPerKg: 0.5, minutes: 40 });
      if (dose) {
        out.push(
          rec(
            {
              code: "switch-route-iv",
              severity: "warning",
              category: "optimization",
              title: "Consider IV ketamine",
              detail:
                "IV ketamine is dosed by weight and can be adjusted session by session, a flexibility fixed-dose routes lack.",
              evidence: [...f.base, ev("trial.modality", modality)],
              source: modality === "esketamine" ? afterEsketamine : s3sl,
            },
            dose,
          ),
        );
      }
    }
  }
  if (!f.onLithium && (ladderDone || cannotEscalate)) {
    out.push(
      rec(
        {
          code: "augment-lithium",
          severity: "info",
          category: "optimization",
          title: "Add lithium while continuing treatment",
          detail:
            "Lithium 300–600 mg a day to a level of 0.6–0.8 mEq/L, continuing the course and judging the effect over 4–6 weeks. Check kidney and thyroid function first.",
          evidence: [...f.base, ev("medications", "no lithium recorded")],
          source: s5,
        },
        { doseMg: 300 },
      ),
    );
  }
  return out;
}
