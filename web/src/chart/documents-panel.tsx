// The chart's Documents card: generate a document from the record, list versions, view, download, sign (prescribers).

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { ApiError, api } from "../api/client.ts";
import { useRows } from "../api/patient-queries.ts";
import { formatDate } from "../labels.ts";
import { useCan } from "../session/session-provider.tsx";

type Kind =
  | "course-record"
  | "referral-report"
  | "discontinuation-summary"
  | "patient-letter"
  | "rems-monitoring"
  | "prior-authorization";

/** The kinds the server generates, in the order a course usually needs them. */
const kinds: readonly { readonly kind: Kind; readonly label: string }[] = [
  { kind: "course-record", label: "Course record" },
  { kind: "referral-report", label: "Report to the referring clinician" },
  { kind: "discontinuation-summary", label: "Discontinuation summary" },
  { kind: "patient-letter", label: "Letter to the patient" },
  { kind: "rems-monitoring", label: "Esketamine post-dose monitoring record" },
  { kind: "prior-authorization", label: "Prior-authorization packet" },
];

type Pathway = "esketamine" | "tms";
const pathways: readonly { readonly pathway: Pathway; readonly label: string }[] = [
  { pathway: "esketamine", label: "Esketamine nasal spray" },
  { pathway: "tms", label: "TMS" },
];

interface GenerateBody {
  readonly kind: Kind;
  readonly sessionDate?: string;
  readonly pathway?: Pathway;
}

const kindLabel = (kind: string) => kinds.find((k) => k.kind === kind)?.label ?? kind.replaceAll("-", " ");

interface StoredDocument {
  readonly id: string;
  readonly kind: string;
  readonly version: number;
  readonly contentHash: string;
  readonly signed: boolean;
  readonly signedAt: string | null;
  readonly createdAt: string;
  readonly superseded: boolean;
}

const documentsKey = (patientId: string) => ["documents", patientId] as const;

function problem(error: unknown): string {
  return error instanceof ApiError ? error.message : "The request failed. Try again.";
}

export function DocumentsPanel({ patientId }: { readonly patientId: string }) {
  const client = useQueryClient();
  const id = useId();
  const mayCreate = useCan("documents.create");
  const maySign = useCan("documents.sign");
  const [kind, setKind] = useState<Kind>("course-record");
  const [sessionDate, setSessionDate] = useState("");
  const [pathway, setPathway] = useState<Pathway>("esketamine");
  const sessions = useRows(patientId, "sessions");
  // Newest first; a date with two esketamine sessions is listed once (the server reports the later one).
  const observedDates = [
    ...new Set(
      (sessions.data ?? [])
        .map((row) => row.data)
        .filter((s) => s.modality === "esketamine" && s.observation !== undefined)
        .map((s) => s.date),
    ),
  ].sort((a, b) => b.localeCompare(a));
  const [viewing, setViewing] = useState<StoredDocument | null>(null);
  const base = `/api/patients/${patientId}/documents`;
  const list = useQuery({
    queryKey: documentsKey(patientId),
    queryFn: () => api<{ items: StoredDocument[] }>("GET", base),
  });
  const refresh = () => client.invalidateQueries({ queryKey: documentsKey(patientId) });
  const generate = useMutation({
    mutationFn: (body: GenerateBody) => api<StoredDocument>("POST", base, body),
    onSuccess: (made) => {
      setViewing(made);
      return refresh();
    },
  });
  const sign = useMutation({
    mutationFn: (docId: string) => api<StoredDocument>("POST", `${base}/${docId}/sign`),
    onSuccess: (signed) => {
      setViewing(signed);
      return refresh();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const picked = sessionDate !== "" ? sessionDate : observedDates[0];
    if (kind === "rems-monitoring" && picked !== undefined) generate.mutate({ kind, sessionDate: picked });
    else if (kind === "prior-authorization") generate.mutate({ kind, pathway });
    else generate.mutate({ kind });
  }

  const items = list.data?.items ?? [];
  return (
    <section className="card documents" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Documents</h2>
      {mayCreate ? (
        <form className="document-generate" onSubmit={submit}>
          <label htmlFor={`${id}-kind`}>Document</label>{" "}
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => {
              const picked = kinds.find((k) => k.kind === e.target.value);
              if (picked !== undefined) setKind(picked.kind);
            }}
          >
            {kinds.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>{" "}
          {kind === "rems-monitoring" ? (
            observedDates.length === 0 ? (
              <span className="hint">No esketamine session has observation data yet.</span>
            ) : (
              <>
                <label htmlFor={`${id}-session`}>Session</label>{" "}
                <select
                  id={`${id}-session`}
                  value={sessionDate !== "" ? sessionDate : (observedDates[0] ?? "")}
                  onChange={(e) => setSessionDate(e.target.value)}
                >
                  {observedDates.map((date) => (
                    <option key={date} value={date}>
                      {formatDate(date)}
                    </option>
                  ))}
                </select>{" "}
              </>
            )
          ) : null}
          {kind === "prior-authorization" ? (
            <>
              <label htmlFor={`${id}-pathway`}>Treatment requested</label>{" "}
              <select
                id={`${id}-pathway`}
                value={pathway}
                onChange={(e) => {
                  const chosen = pathways.find((p) => p.pathway === e.target.value);
                  if (chosen !== undefined) setPathway(chosen.pathway);
                }}
              >
                {pathways.map((p) => (
                  <option key={p.pathway} value={p.pathway}>
                    {p.label}
                  </option>
                ))}
              </select>{" "}
            </>
          ) : null}
          <button type="submit" className="primary" disabled={generate.isPending}>
            {generate.isPending ? "Generating…" : "Generate from the record"}
          </button>
          {generate.isError ? (
            <p className="field-error" role="alert">
              {problem(generate.error)}
            </p>
          ) : null}
        </form>
      ) : null}
      {list.isError ? (
        <p className="field-error" role="alert">
          The documents could not be loaded.
        </p>
      ) : list.data === undefined ? (
        <p className="loading" role="status">
          Loading documents…
        </p>
      ) : items.length === 0 ? (
        <p className="empty">No documents yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">Documents, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col" className="num">
                  Version
                </th>
                <th scope="col">Created</th>
                <th scope="col">State</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => {
                const name = `${kindLabel(d.kind)} version ${d.version}`;
                return (
                  <tr key={d.id}>
                    <th scope="row">{kindLabel(d.kind)}</th>
                    <td className="num">{d.version}</td>
                    <td>{formatDate(d.createdAt)}</td>
                    <td>
                      {d.signed ? `Signed ${formatDate(d.signedAt)}` : "Draft"}
                      {d.superseded ? " · superseded" : ""}
                    </td>
                    <td>
                      <button type="button" aria-label={`View ${name}`} onClick={() => setViewing(d)}>
                        View
                      </button>{" "}
                      <a
                        className="button"
                        href={`${base}/${d.id}?format=pdf`}
                        aria-label={`Download ${name} as PDF`}
                      >
                        PDF
                      </a>{" "}
                      {maySign && !d.signed ? (
                        <button
                          type="button"
                          disabled={sign.isPending}
                          aria-label={`Sign ${name}`}
                          onClick={() => sign.mutate(d.id)}
                        >
                          Sign
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {sign.isError ? (
        <p className="field-error" role="alert">
          {problem(sign.error)}
        </p>
      ) : null}
      {viewing !== null ? (
        <figure className="document-view">
          <figcaption>
            {kindLabel(viewing.kind)} version {viewing.version} {viewing.signed ? "(signed)" : "(draft)"}{" "}
            <button type="button" onClick={() => setViewing(null)}>
              Close
            </button>
          </figcaption>
          <iframe
            key={`${viewing.id}-${viewing.signed}`}
            title={`${kindLabel(viewing.kind)} version ${viewing.version}`}
            src={`${base}/${viewing.id}?format=html`}
            sandbox=""
            style={{ width: "100%", height: "36rem", border: "1px solid #d1d5db", background: "#fff" }}
          />
        </figure>
      ) : null}
    </section>
  );
}
