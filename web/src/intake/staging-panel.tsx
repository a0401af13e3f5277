// What the engine made of the intake: treatment-resistance staging with each component, and screening per pathway.

import type { IntakeAssessment } from "../../../src/clinical/index.ts";
import { SeverityBadge } from "../severity-badge.tsx";

const pathwayNames = { tms: "TMS", esketamine: "Esketamine", "iv-ketamine": "IV ketamine" } as const;

export function StagingPanel({ assessment }: { readonly assessment: IntakeAssessment }) {
  const s = assessment.staging;
  return (
    <section className="card" aria-labelledby="staging-heading">
      <h2 id="staging-heading">Treatment-resistance staging</h2>
      <p>
        <strong>{s.adequateFailedTrials}</strong> adequate failed antidepressant trial
        {s.adequateFailedTrials === 1 ? "" : "s"} in this episode; the clinic counts depression as
        treatment-resistant from {s.trdThreshold}.{" "}
        <strong>
          {s.treatmentResistant ? "Treatment-resistant." : "Not treatment-resistant by this definition."}
        </strong>
      </p>
      <table className="staging-table">
        <caption>
          Maudsley Staging Method: {s.maudsley.total} of 15 ({s.maudsley.band})
        </caption>
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col">Here</th>
            <th scope="col" className="num">
              Points
            </th>
            <th scope="col">How it is scored</th>
          </tr>
        </thead>
        <tbody>
          {s.maudsley.components.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.label}</th>
              <td>{c.value}</td>
              <td className="num">
                {c.points} / {c.maxPoints}
              </td>
              <td>{c.how}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {assessment.findings.length > 0 ? (
        <ul className="findings">
          {assessment.findings.map((f) => (
            <li key={`${f.code}:${f.title}`}>
              <SeverityBadge severity={f.severity} /> <strong>{f.title}.</strong> {f.detail}{" "}
              <cite>{f.source.citation}</cite>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export function ScreeningPanel({ assessment }: { readonly assessment: IntakeAssessment }) {
  return (
    <section className="card" aria-labelledby="screening-heading">
      <h2 id="screening-heading">Screening per pathway</h2>
      <div className="screening-grid">
        {assessment.pathways.map((p) => (
          <section key={p.pathway} aria-labelledby={`screen-${p.pathway}`}>
            <h3 id={`screen-${p.pathway}`}>
              {pathwayNames[p.pathway]}: {p.eligible ? "no hard stop" : "hard stop"}
            </h3>
            <ul className="findings">
              {p.screening.findings.map((f) => (
                <li key={f.code}>
                  <SeverityBadge severity={f.severity} /> <strong>{f.title}.</strong> {f.detail}{" "}
                  <cite>{f.source.citation}</cite>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
