// The Assessment's recommendations, most severe first, each with evidence and source, decisions made and Accept / Override.

import type { Assessment, Decision, Recommendation } from "../api/types.ts";
import { formatDate } from "../labels.ts";
import { useCan, useMe } from "../session/session-provider.tsx";
import { SeverityBadge } from "../severity-badge.tsx";
import { DecisionControls } from "./decision-controls.tsx";
import { DetailText } from "./detail-text.tsx";
import { EvidenceAndSource } from "./evidence-list.tsx";

function proposedDose(r: Recommendation): string | null {
  const parts: string[] = [];
  if (r.doseMgPerKg !== undefined) parts.push(`${r.doseMgPerKg} mg/kg`);
  if (r.doseMg !== undefined) parts.push(r.doseMgPerKg !== undefined ? `= ${r.doseMg} mg` : `${r.doseMg} mg`);
  if (r.basisWeightKg !== undefined)
    parts.push(`on ${r.weightBasis ?? "actual"} body weight ${r.basisWeightKg.toFixed(1)} kg`);
  if (r.infusionMinutes !== undefined) parts.push(`over ${r.infusionMinutes} minutes`);
  return parts.length === 0 ? null : parts.join(" ");
}

function DecisionLine({ decision }: { readonly decision: Decision }) {
  const me = useMe();
  const who = decision.decidedBy === me.user.id ? "you" : "a colleague";
  const when = formatDate(decision.decidedAt);
  return decision.decision === "accept" ? (
    <p className="decision accepted">
      <span aria-hidden="true">✓ </span>Accepted by {who} on {when} (assessment of {formatDate(decision.asOf)}
      )
    </p>
  ) : (
    <p className="decision overridden">
      <span aria-hidden="true">✗ </span>Overridden by {who} on {when}: “{decision.reason}”
    </p>
  );
}

function RecommendationCard(props: {
  readonly patientId: string;
  readonly asOf: string;
  readonly recommendation: Recommendation;
  readonly decisions: readonly Decision[];
  readonly canDecide: boolean;
}) {
  const r = props.recommendation;
  const dose = proposedDose(r);
  const current = props.decisions.find((d) => d.asOf === props.asOf);
  return (
    <li className={`recommendation severity-${r.severity}`} aria-labelledby={`rec-${r.code}`}>
      <p className="finding-head">
        <SeverityBadge severity={r.severity} /> <strong id={`rec-${r.code}`}>{r.title}</strong>
        <span className="category">{r.category}</span>
      </p>
      <DetailText text={r.detail} />
      {dose !== null ? (
        <p className="proposed-dose">
          <span className="why-label">Proposed dose</span> {dose}
        </p>
      ) : null}
      <EvidenceAndSource item={r} />
      {props.decisions.map((d) => (
        <DecisionLine key={d.id} decision={d} />
      ))}
      {current === undefined && props.canDecide ? (
        <DecisionControls patientId={props.patientId} code={r.code} title={r.title} asOf={props.asOf} />
      ) : null}
    </li>
  );
}

interface Props {
  readonly patientId: string;
  readonly assessment: Assessment;
  readonly decisions: readonly Decision[];
}

export function RecommendationsPanel({ patientId, assessment, decisions }: Props) {
  const canDecide = useCan("decisions.create");
  return (
    <section className="card recommendations" aria-labelledby="recommendations-title">
      <h2 id="recommendations-title">Recommendations</h2>
      {canDecide ? null : (
        <p className="hint">
          A prescriber accepts or overrides recommendations; decisions made are shown here.
        </p>
      )}
      <ol className="recommendation-list">
        {assessment.recommendations.map((r) => (
          <RecommendationCard
            key={r.code}
            patientId={patientId}
            asOf={assessment.asOf}
            recommendation={r}
            decisions={decisions.filter((d) => d.code === r.code).toReversed()}
            canDecide={canDecide}
          />
        ))}
      </ol>
    </section>
  );
}
