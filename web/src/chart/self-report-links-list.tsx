// The links sent to a patient: when, what, whether answered, and what the answers came to (checklist in words).

import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { SelfReportLinkSummary as LinkSummary } from "../api/types.ts";
import { formatMoment } from "../labels.ts";
import { answersOf, formName } from "./self-report-link-words.ts";

export const linksKey = (patientId: string) => ["self-report-links", patientId] as const;

function stateOf(link: LinkSummary): string {
  if (link.state === "submitted" && link.submittedAt !== null)
    return `Answered ${formatMoment(link.submittedAt)}`;
  if (link.state === "expired") return "Expired, not answered";
  return `Open until ${formatMoment(link.expiresAt)}`;
}

export function SelfReportLinksList({ patientId }: { readonly patientId: string }) {
  const links = useQuery({
    queryKey: linksKey(patientId),
    queryFn: () => api<{ items: LinkSummary[] }>("GET", `/api/patients/${patientId}/self-report-links`),
  });
  if (links.isPending) return <p role="status">Loading the links sent…</p>;
  if (links.isError) return <p className="field-error">The links sent could not be loaded.</p>;
  const items = [...links.data.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  if (items.length === 0) return <p className="hint">No link has been sent to this patient yet.</p>;
  return (
    <table className="links-sent">
      <caption>Links sent ({items.length}), newest first</caption>
      <thead>
        <tr>
          <th scope="col">Sent</th>
          <th scope="col">Questionnaires</th>
          <th scope="col">Status</th>
          <th scope="col">Answers</th>
        </tr>
      </thead>
      <tbody>
        {items.map((link) => (
          <tr key={link.id}>
            <td>{formatMoment(link.createdAt)}</td>
            <td>
              {link.forms.map(formName).join(", ")}
              {link.language === "es" ? " (Español)" : ""}
            </td>
            <td>{stateOf(link)}</td>
            <td>{answersOf(link.answered)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
