// Strategies 3 and 5 of seed 003: another route, or lithium, once the current route has gone as far as it safely can.

import type { Recommendation } from "./assessment.ts";
import { ageOn } from "./dates.ts";
import { ev, recommendation as rec } from "./finding.ts";
import { seed } from "./knowledge/source.ts";
import type { PlanContext } from "./plan-context.ts";
import { protocols } from "./protocols/index.ts";
import { hasEvent, type StrategyFacts, safeDose, tried } from "./strategy-support.ts";

const s3esk = seed("003", "Intranasal Esketamine (Spravato)");
const s3im = seed("003", "Intramuscular Ketamine");
const s3sl = seed("003", "Sublingual/Oral Ketamine");
const s5 = seed("003", "Lithium Augmentation");
const afterEsketamine = seed("000", "Transitioning to IV Ketamine");
const venousAccessWords = /\b(line|iv|vein|venous|cannula|access)\b/i;

/** Strategies 3 and 5: another route, or lithium, once the current route has been pushed as far as it safely goes. */
export function routeChanges(ctx: PlanContext, f: StrategyFacts): Recommendation[] {
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
    ctx.currentSessions.some((s) => venousAccessWords.test(s.item.interruptionReason ?? ""));
  const imTried = ctx.course.modalities.includes("im-ketamine");
  if (modality === "iv-ketamine" && !imTried && (poorAccess || ladderDone)) {
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
