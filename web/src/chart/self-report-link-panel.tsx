// Staff send a patient a self-report link: choose the forms and language, then copy the URL or show the QR code.

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { formsNotIn, type SelfReportForm } from "../../../src/clinical/index.ts";
import { ApiError, api } from "../api/client.ts";
import { formatMoment } from "../labels.ts";
import { linksKey, SelfReportLinksList } from "./self-report-links-list.tsx";

const forms: readonly { readonly id: SelfReportForm; readonly label: string }[] = [
  { id: "PHQ9", label: "PHQ-9 (depression)" },
  { id: "QIDSSR16", label: "QIDS-SR16 (depression)" },
  { id: "GAD7", label: "GAD-7 (anxiety)" },
  { id: "SHAPS", label: "SHAPS (pleasure and interest)" },
  { id: "PRESESSION", label: "Pre-session checklist" },
];

interface SentLink {
  readonly url: string;
  readonly qrSvg: string;
  readonly expiresAt: string;
}

export function SelfReportLinkPanel({ patientId }: { readonly patientId: string }) {
  const id = useId();
  const [chosen, setChosen] = useState<SelfReportForm[]>(["PHQ9"]);
  const [language, setLanguage] = useState<"en" | "es">("en");
  const [copied, setCopied] = useState(false);
  const client = useQueryClient();
  const send = useMutation({
    mutationFn: () =>
      api<SentLink>("POST", `/api/patients/${patientId}/self-report-links`, { forms: chosen, language }),
    onSuccess: () => client.invalidateQueries({ queryKey: linksKey(patientId) }),
  });
  const toggle = (form: SelfReportForm) =>
    setChosen((c) => (c.includes(form) ? c.filter((f) => f !== form) : [...c, form]));
  // Forms whose official wording does not exist in the chosen language are shown to the patient in English.
  const englishOnly = new Set(
    formsNotIn(
      forms.map((f) => f.id),
      language,
    ),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    setCopied(false);
    send.mutate();
  }
  const sent = send.data;
  return (
    <details className="card self-report-panel">
      <summary>
        <h2>Send self-report link</h2>
      </summary>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>Questionnaires</legend>
          {forms.map((f) => (
            <label key={f.id} className="check">
              <input type="checkbox" checked={chosen.includes(f.id)} onChange={() => toggle(f.id)} />{" "}
              {f.label}
              {englishOnly.has(f.id) ? " (in English)" : null}
            </label>
          ))}
        </fieldset>
        <div className="field inline">
          <label htmlFor={`${id}-language`}>Language</label>
          <select
            id={`${id}-language`}
            value={language}
            onChange={(e) => setLanguage(e.target.value === "es" ? "es" : "en")}
          >
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        </div>
        {!chosen.some((f) => englishOnly.has(f)) ? null : (
          <p className="hint">
            Marked "in English": Titrate holds only the official English wording of these, so the patient sees
            them in English, with a note, and everything around them in Español.
          </p>
        )}
        {send.isError ? (
          <p className="field-error" role="alert">
            {send.error instanceof ApiError
              ? send.error.issues.map((i) => i.message).join("; ") || send.error.message
              : "The link was not created. Try again."}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={chosen.length === 0 || send.isPending}>
          Create link
        </button>
      </form>
      {sent === undefined ? null : (
        <div className="sent-link" role="status">
          <p>
            Link ready, valid until {formatMoment(sent.expiresAt)}. Paste it into the clinic's own text
            message or e-mail; it is shown only now.
          </p>
          <label htmlFor={`${id}-url`}>Link for the patient</label>
          <input id={`${id}-url`} readOnly value={sent.url} onFocus={(e) => e.target.select()} />
          <button
            type="button"
            onClick={() => void navigator.clipboard?.writeText(sent.url).then(() => setCopied(true))}
          >
            {copied ? "Copied" : "Copy link"}
          </button>
          <img
            className="qr"
            src={`data:image/svg+xml;utf8,${encodeURIComponent(sent.qrSvg)}`}
            alt="QR code of the link, for the patient to scan"
            width={180}
            height={180}
          />
        </div>
      )}
      <SelfReportLinksList patientId={patientId} />
    </details>
  );
}
