// Cells of the worklist that need more than a word: attention (alerts, findings) and self-reports due.

import { instrumentShortNames } from "../../../src/clinical/index.ts";
import { SeverityBadge } from "../severity-badge.tsx";
import type { WorklistEntry } from "./worklist-types.ts";

const pointNames: Readonly<Record<string, string>> = {
  baseline: "baseline",
  "before-session": "before session",
  weekly: "weekly",
  "after-induction": "after induction",
};

export function AttentionCell({ attention }: { readonly attention: WorklistEntry["attention"] }) {
  const { openAlerts, critical, warnings } = attention;
  if (openAlerts > 0 || critical.length > 0) {
    return (
      <ul className="alerts">
        {openAlerts > 0 ? (
          <li>
            <SeverityBadge
              severity="critical"
              label={openAlerts === 1 ? "Self-report alert: acknowledge" : `${openAlerts} self-report alerts`}
            />
          </li>
        ) : null}
        {critical.map((f) => (
          <li key={f.code}>
            <SeverityBadge severity="critical" label={f.title} />
          </li>
        ))}
      </ul>
    );
  }
  if (warnings.length > 0) {
    const n = warnings.length;
    return <SeverityBadge severity="warning" label={`${n} ${n === 1 ? "warning" : "warnings"}`} />;
  }
  return <span className="muted">Routine</span>;
}

export function SelfReportCell({ due }: { readonly due: WorklistEntry["attention"]["selfReportsDue"] }) {
  if (due.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="due-list">
      {due.map((d) => (
        <li key={`${d.instrument}-${d.point}`}>
          {d.status === "overdue" ? (
            <strong>
              <span aria-hidden="true">⏰ </span>Overdue
            </strong>
          ) : (
            <span>Due</span>
          )}{" "}
          {instrumentShortNames[d.instrument]}
          <span className="sub">
            {pointNames[d.point]}
            {d.daysLate > 0 ? `, ${d.daysLate} ${d.daysLate === 1 ? "day" : "days"} late` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
