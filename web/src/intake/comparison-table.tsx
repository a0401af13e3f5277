// The three pathways side by side in the engine's order, each factor's lean, weight and reason shown, and the
// patient's priorities as controls: changing one re-runs the engine and the order changes in front of them.

import {
  formatCents,
  type IntakeAssessment,
  type PathwayComparison,
  type Priorities,
} from "../../../src/clinical/index.ts";

const pathwayNames = {
  tms: "TMS",
  esketamine: "Esketamine nasal spray",
  "iv-ketamine": "IV ketamine",
} as const;
const lean = (n: number) => (n > 0 ? `+${n}` : n === 0 ? "0" : `−${Math.abs(n)}`);

function cost(p: PathwayComparison): string {
  const e = p.estimate;
  if (e.status === "no-price") return "No price entered";
  const figure =
    e.status === "range"
      ? `${formatCents(e.lowCents)} – ${formatCents(e.highCents)}`
      : formatCents(e.highCents);
  return `${figure} for ${e.sessions} sessions`;
}

function coverage(p: PathwayComparison): string {
  const c = p.coverage;
  if (c === null) return "No benefits check entered";
  const pa =
    c.priorAuthRequired === "yes" ? `; prior authorization ${c.priorAuthStatus.replaceAll("-", " ")}` : "";
  return `${c.planName === undefined ? "" : `${c.planName}: `}covered: ${c.covered}${pa} (checked ${c.checkedOn})`;
}

const priorityLabels: readonly [keyof Priorities, string][] = [
  ["speed", "How soon it may help"],
  ["timeBurden", "Time it takes"],
  ["cost", "Cost"],
  ["preference", "Own preferences"],
];
const levels = ["Not at all", "A little", "Matters", "Matters most"];

export function PrioritiesControl({
  priorities,
  onChange,
}: {
  readonly priorities: Priorities;
  readonly onChange: (p: Priorities) => void;
}) {
  return (
    <fieldset className="priorities">
      <legend>What matters to the patient (changes the order)</legend>
      <div className="form-row">
        {priorityLabels.map(([key, label]) => (
          <div key={key} className="field">
            <label htmlFor={`priority-${key}`}>{label}</label>
            <select
              id={`priority-${key}`}
              value={priorities[key]}
              onChange={(e) => onChange({ ...priorities, [key]: Number(e.target.value) })}
            >
              {levels.map((text, n) => (
                <option key={text} value={n}>
                  {n} · {text}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function ComparisonTable({ assessment }: { readonly assessment: IntakeAssessment }) {
  const ps = assessment.pathways;
  const factorIds = ps[0]?.factors.map((f) => f.id) ?? [];
  return (
    <div className="table-wrap">
      <table className="comparison-table" aria-describedby="order-rule">
        <caption>Pathways for this patient, best fit first</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Aspect</span>
            </th>
            {ps.map((p) => (
              <th key={p.pathway} scope="col" data-pathway={p.pathway}>
                {p.rank}. {pathwayNames[p.pathway]}
                <span className={`eligibility ${p.eligible ? "ok" : "stop"}`}>
                  {p.eligible ? "✓ Eligible" : "✕ Hard stop"}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <Row
            label="Why (screening)"
            cells={ps.map(
              (p) =>
                p.screening.findings
                  .filter((f) => f.severity !== "info")
                  .map((f) => f.title)
                  .join("; ") || "No contraindication or caution",
            )}
          />
          <Row label="How soon it may help" cells={ps.map((p) => p.facts.speed)} />
          <Row
            label="Time it asks"
            cells={ps.map(
              (p) =>
                `Visits ${p.facts.visitsPerWeek} · ${p.facts.hoursPerVisit} h each · ${p.facts.weeks} weeks (≈${p.totalHours} h in all)`,
            )}
          />
          <Row label="Monitoring" cells={ps.map((p) => p.facts.monitoring)} />
          <Row label="Common side effects" cells={ps.map((p) => p.facts.sideEffects.join(", "))} />
          <Row label="Coverage entered" cells={ps.map(coverage)} />
          <Row label="Estimated out-of-pocket" cells={ps.map(cost)} />
          {factorIds.map((id) => (
            <tr key={id} className="factor-row">
              <th scope="row">{ps[0]?.factors.find((f) => f.id === id)?.label}</th>
              {ps.map((p) => {
                const f = p.factors.find((x) => x.id === id);
                if (f === undefined) return <td key={p.pathway}>—</td>;
                return (
                  <td key={p.pathway}>
                    <strong>
                      {lean(f.contribution)} × {f.weight} = {lean(f.weighted)}
                    </strong>
                    <br />
                    {f.reason}
                    <br />
                    <span className="hint">Weight: {f.weightReason}</span>
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="total-row">
            <th scope="row">Sum of weighed factors</th>
            {ps.map((p) => (
              <td key={p.pathway}>
                <strong>{lean(p.total)}</strong>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <p id="order-rule" className="hint">
        {assessment.orderRule}
      </p>
    </div>
  );
}

function Row({ label, cells }: { readonly label: string; readonly cells: readonly string[] }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {cells.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one cell per pathway column, in column order.
        <td key={i}>{c}</td>
      ))}
    </tr>
  );
}
