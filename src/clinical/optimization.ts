// Seed 003's dose, rate and duration strategies (1, 2, 4 and 6) for the current route, with safe proposed doses;
// route changes and augmentation are in route-change.ts.

import type { Recommendation } from "./assessment.ts";
import { nextEscalationStep } from "./dose.ts";
import { ev, recommendation as rec } from "./finding.ts";
import { seed } from "./knowledge/source.ts";
import type { PlanContext } from "./plan-context.ts";
import { protocols } from "./protocols/index.ts";
import { routeChanges } from "./route-change.ts";
import { safeDose, strategyFacts, tried } from "./strategy-support.ts";

const s1 = seed("003", "Strategy 1: Dose Adjustment");
const s2 = seed("003", "Strategy 2: Infusion Rate Modification");
const s4 = seed("003", "Strategy 4: Extended Treatment Duration");
const s6 = seed("003", "Strategy 6: Addressing Specific Subtypes");
const s3sl = seed("003", "Sublingual/Oral Ketamine");
/** Oral and sublingual doses go up in 50 mg steps, so the 100–300 mg range takes four steps. */
const mgStep = 50;

/** Strategies for a non-responder or partial responder after an adequate trial. */
export function optimizationStrategies(ctx: PlanContext): Recommendation[] {
  const out: Recommendation[] = [];
  const { modality, record, trajectory } = ctx;
  if (!modality) return out;
  const protocol = protocols[modality];
  const facts = strategyFacts(ctx);
  const { diss, base, anxious, anhedonic, chronicPain, improving } = facts;
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
    if (tolerated && next !== null && rungDone && !ctx.holdDosing && !ctx.cardiovascularConcern()) {
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
      !anxious &&
      !ctx.holdDosing &&
      !ctx.cardiovascularConcern() &&
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
  if (rule.unit === "mg" && latest?.doseMg !== undefined) {
    // Oral and sublingual routes absorb poorly (17–30%); the seed's answer is a higher mg dose, up to its ceiling.
    const next = Math.min(latest.doseMg + mgStep, rule.maxMg);
    const tolerated = !diss.distressing && diss.level !== "marked";
    const dose =
      next > latest.doseMg && tolerated && !ctx.holdDosing && !ctx.cardiovascularConcern()
        ? safeDose(ctx, modality, { mg: next })
        : null;
    if (dose) {
      out.push(
        rec(
          {
            code: "escalate-dose",
            severity: "warning",
            category: "optimization",
            title: `Increase to ${next} mg`,
            detail: `Only a fraction of an oral or sublingual dose is absorbed; step up by ${mgStep} mg toward the ${rule.maxMg} mg ceiling, and check the technique (held under the tongue for 10 minutes or more).`,
            evidence: [...base, ev("trial.highestDoseMg", ctx.trial.highestDoseMg)],
            source: s3sl,
          },
          dose,
        ),
      );
    }
  }
  out.push(...routeChanges(ctx, facts));
  return out;
}
