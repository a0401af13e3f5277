// A severity shown as a shape and a word together, never as colour alone: octagon critical, triangle warning, circle info.

import type { Severity } from "./api/types.ts";
import { severityLabels } from "./labels.ts";

const mark = { stroke: "#fff", strokeWidth: 2, strokeLinecap: "round" } as const;

export function SeverityIcon({ severity }: { readonly severity: Severity }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="13" height="13" aria-hidden="true" focusable="false">
      {severity === "critical" ? <path d="M5 .8h6L15.2 5v6L11 15.2H5L.8 11V5z" fill="currentColor" /> : null}
      {severity === "warning" ? <path d="M8 1 15.5 14.8H.5z" fill="currentColor" /> : null}
      {severity === "info" ? <circle cx="8" cy="8" r="7.2" fill="currentColor" /> : null}
      {severity === "info" ? (
        <path d="M8 7.2v4.6M8 4.4v.2" {...mark} />
      ) : (
        <path d={severity === "warning" ? "M8 6v4.2M8 12.6v.2" : "M8 4.2v4.6M8 11.4v.2"} {...mark} />
      )}
    </svg>
  );
}

export function SeverityBadge({ severity, label }: { readonly severity: Severity; readonly label?: string }) {
  return (
    <span className={`badge severity-${severity}`}>
      <SeverityIcon severity={severity} /> {label ?? severityLabels[severity]}
    </span>
  );
}
