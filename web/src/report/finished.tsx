// After sending: thanks, crisis resources or a dosing note when the answers call for them, and the patient's own trend.

import { ProgressChart } from "./progress-chart.tsx";
import "./finished.css";
import type { Language, Submitted } from "./report-api.ts";
import type { Strings } from "./strings.ts";

export function Notice({
  why,
  t,
}: {
  readonly why: "not-found" | "expired" | "already-sent";
  readonly t: Strings;
}) {
  const [title, body] =
    why === "expired"
      ? [t.expired, t.expiredBody]
      : why === "already-sent"
        ? [t.alreadySent, t.alreadySentBody]
        : [t.notFound, t.notFoundBody];
  return (
    <section className="step notice">
      <h1>{title}</h1>
      <p>{body}</p>
    </section>
  );
}

function Crisis({ t }: { readonly t: Strings }) {
  return (
    <section className="crisis" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading">{t.crisisTitle}</h2>
      <p>{t.crisisBody}</p>
      <div className="crisis-actions">
        <a className="primary big" href="tel:988">
          {t.crisisCall}
        </a>
        <a className="secondary big" href="sms:988">
          {t.crisisText}
        </a>
      </div>
      <p>{t.crisisCallNote}</p>
      <p>
        <strong>{t.crisisEmergency}</strong> <a href="tel:911">911</a>
      </p>
      <p>{t.clinicTold}</p>
    </section>
  );
}

export function Finished({
  result,
  t,
  language,
}: {
  readonly result: Submitted;
  readonly t: Strings;
  readonly language: Language;
}) {
  const { receipt, progress } = result;
  return (
    <section className="step finished" aria-labelledby="finished-heading">
      <h1 id="finished-heading">{t.thanks}</h1>
      {receipt.crisis ? <Crisis t={t} /> : null}
      {receipt.dosingHold ? (
        <section className="dosing" aria-labelledby="dosing-heading">
          <h2 id="dosing-heading">{t.dosingTitle}</h2>
          <p>{t.dosingBody}</p>
        </section>
      ) : null}
      <p>{t.thanksBody}</p>
      {progress.length === 0 ? null : (
        <section aria-labelledby="progress-heading">
          <h2 id="progress-heading">{t.yourProgress}</h2>
          {progress.map((p) => (
            <div key={p.instrument} className="progress-block">
              <p>{p.summary[language]}</p>
              {p.band === null ? null : <p>{t.bandNote(p.band)}</p>}
              {p.points.length < 2 ? null : (
                <>
                  <ProgressChart progress={p} label={t.chartLabel(p.name)} t={t} language={language} />
                  <p className="muted">{t.lowerIsBetter}</p>
                </>
              )}
            </div>
          ))}
        </section>
      )}
    </section>
  );
}
