// Why a rule fired and where it comes from: a finding's evidence from the record and its source.

import type { Finding } from "../api/types.ts";
import { formatDate } from "../labels.ts";

function valueText(value: Finding["evidence"][number]["value"]): string {
  if (value === null) return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

export function EvidenceAndSource({ item }: { readonly item: Finding }) {
  return (
    <div className="why">
      {item.evidence.length > 0 ? (
        <>
          <p className="why-label">Evidence</p>
          <ul className="evidence">
            {item.evidence.map((e) => (
              <li key={`${e.field}:${String(e.value)}`}>
                {valueText(e.value)}
                {e.date !== undefined ? ` (${formatDate(e.date)})` : ""} <code>{e.field}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="source">
        <span className="why-label">Source</span> {item.source.citation}
      </p>
    </div>
  );
}
