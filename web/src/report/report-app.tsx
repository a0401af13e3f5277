// The patient's page: one question at a time, each answer saved as it is chosen, then a calm finish.

import { useCallback, useEffect, useRef, useState } from "react";
import { Finished, Notice } from "./finished.tsx";
import { QuestionStep } from "./question-step.tsx";
import { type Language, type LinkView, ReportError, reportApi, type Submitted } from "./report-api.ts";
import { strings } from "./strings.ts";

type Phase =
  | { readonly kind: "loading" }
  | { readonly kind: "gone"; readonly why: "not-found" | "expired" | "already-sent" }
  | { readonly kind: "asking"; readonly view: LinkView }
  | { readonly kind: "done"; readonly result: Submitted };

function firstUnanswered(view: LinkView): number {
  const i = view.questions.findIndex((q) => view.answers[q.id] === undefined);
  return i === -1 ? view.questions.length : i;
}

export function ReportApp({ token }: { readonly token: string }) {
  const [phase, setPhase] = useState<Phase>({ kind: "loading" });
  const [language, setLanguage] = useState<Language>("en");
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [index, setIndex] = useState(0);
  const [unsaved, setUnsaved] = useState<Record<string, number>>({});
  const [sendProblem, setSendProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const t = strings[language];
  const unsavedRef = useRef(unsaved);
  unsavedRef.current = unsaved;

  useEffect(() => {
    if (token === "") {
      setPhase({ kind: "gone", why: "not-found" });
      return;
    }
    reportApi.view(token).then(
      (view) => {
        setLanguage(view.language);
        if (view.state === "expired") setPhase({ kind: "gone", why: "expired" });
        else if (view.state === "submitted") setPhase({ kind: "gone", why: "already-sent" });
        else {
          setAnswers({ ...view.answers });
          setIndex(firstUnanswered(view));
          setPhase({ kind: "asking", view });
        }
      },
      () => setPhase({ kind: "gone", why: "not-found" }),
    );
  }, [token]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = strings[language].title;
  }, [language]);

  /** Sends every answer not yet saved; what fails stays queued for the next try. */
  const flush = useCallback(async (): Promise<boolean> => {
    for (const [id, value] of Object.entries(unsavedRef.current)) {
      try {
        await reportApi.answer(token, id, value);
        setUnsaved((u) => {
          if (u[id] !== value) return u;
          const { [id]: _saved, ...rest } = u;
          return rest;
        });
      } catch {
        return false;
      }
    }
    return true;
  }, [token]);

  useEffect(() => {
    const retry = () => void flush();
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [flush]);

  const choose = (questionId: string, value: number) => {
    setAnswers((a) => ({ ...a, [questionId]: value }));
    setUnsaved((u) => ({ ...u, [questionId]: value }));
    reportApi.answer(token, questionId, value).then(
      () =>
        setUnsaved((u) => {
          if (u[questionId] !== value) return u;
          const { [questionId]: _saved, ...rest } = u;
          return rest;
        }),
      () => undefined,
    );
  };

  const send = async () => {
    setSending(true);
    setSendProblem(null);
    try {
      if (!(await flush())) throw new ReportError("offline", 0);
      setPhase({ kind: "done", result: await reportApi.submit(token) });
    } catch (error) {
      setSendProblem(error instanceof ReportError && error.kind === "offline" ? "offline" : "failed");
    } finally {
      setSending(false);
    }
  };

  return (
    <main className="report" aria-busy={phase.kind === "loading"}>
      <header className="report-head">
        <span className="report-brand">{t.title}</span>
        <fieldset className="language-switch">
          <legend className="visually-hidden">{t.language}</legend>
          {(["en", "es"] as const).map((l) => (
            <button
              key={l}
              type="button"
              aria-pressed={language === l}
              lang={l}
              onClick={() => setLanguage(l)}
            >
              {l === "en" ? "English" : "Español"}
            </button>
          ))}
        </fieldset>
      </header>
      {phase.kind === "loading" ? <p role="status">{t.loading}</p> : null}
      {phase.kind === "gone" ? <Notice why={phase.why} t={t} /> : null}
      {phase.kind === "done" ? <Finished result={phase.result} t={t} language={language} /> : null}
      {phase.kind === "asking" ? (
        <QuestionStep
          key={index}
          questions={phase.view.questions}
          answers={answers}
          index={index}
          language={language}
          t={t}
          unsaved={Object.keys(unsaved).length > 0}
          sending={sending}
          sendProblem={sendProblem === null ? null : sendProblem === "offline" ? t.offlineSend : t.sendFailed}
          onChoose={choose}
          onMove={setIndex}
          onSend={() => void send()}
        />
      ) : null}
    </main>
  );
}
