// One question on the screen with large choices, the progress through the link, and Back / Next; then the send step.

import { useEffect, useRef } from "react";
import { type OfficialText, officialIn } from "../../../src/clinical/knowledge/scale-wording.ts";
import type { Language, Question } from "./report-api.ts";
import type { Strings } from "./strings.ts";

interface Props {
  readonly questions: readonly Question[];
  readonly answers: Readonly<Record<string, number>>;
  readonly index: number;
  readonly language: Language;
  readonly t: Strings;
  readonly unsaved: boolean;
  readonly sending: boolean;
  readonly sendProblem: string | null;
  onChoose(questionId: string, value: number): void;
  onMove(index: number): void;
  onSend(): void;
}

export function QuestionStep(props: Props) {
  const { questions, answers, index, language, t } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const total = questions.length;
  const question = questions[index];
  // Each step is mounted afresh (keyed by its index) and moves focus to its heading, so a screen reader
  // announces the new question.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const progress = (
    <div className="progress">
      <progress max={total} value={Math.min(index, total)} aria-hidden="true" />
      <p>{question === undefined ? t.review : t.questionOf(index + 1, total)}</p>
    </div>
  );
  const saveState = props.unsaved ? (
    <p className="save-state unsaved" role="status">
      <span aria-hidden="true">⚠ </span>
      {t.notSaved}
    </p>
  ) : (
    <p className="save-state" role="status">
      <span aria-hidden="true">✓ </span>
      {t.saved}
    </p>
  );

  if (question === undefined) {
    return (
      <section className="step" aria-labelledby="step-heading">
        {progress}
        <h1 id="step-heading" ref={heading} tabIndex={-1}>
          {t.review}
        </h1>
        <p>{t.reviewHint}</p>
        {saveState}
        {props.sendProblem === null ? null : (
          <p className="problem" role="alert">
            {props.sendProblem}
          </p>
        )}
        <div className="step-actions">
          <button type="button" className="secondary" onClick={() => props.onMove(total - 1)}>
            {t.back}
          </button>
          <button type="button" className="primary" onClick={props.onSend} disabled={props.sending}>
            {props.sending ? t.sending : t.send}
          </button>
        </div>
      </section>
    );
  }

  const chosen = answers[question.id];
  const showSaveState = chosen !== undefined || props.unsaved;
  // An instrument is shown only in its official wording; `lang` lets a screen reader voice English text
  // in English on the Spanish page.
  const shown = (text: OfficialText) => officialIn(text, language);
  const stem = question.stem === null ? null : shown(question.stem);
  const text = shown(question.text);
  return (
    <section className="step" aria-labelledby="step-heading">
      {progress}
      {question.languages.includes(language) ? null : <p className="language-note">{t.englishOnly}</p>}
      {stem === null ? null : (
        <p className="stem" lang={stem.language}>
          {stem.text}
        </p>
      )}
      <fieldset>
        <legend>
          <h1 id="step-heading" ref={heading} tabIndex={-1} lang={text.language}>
            {text.text}
          </h1>
        </legend>
        <div className="choices">
          {question.choices.map((c) => (
            <label key={c.value} className={chosen === c.value ? "choice chosen" : "choice"}>
              <input
                type="radio"
                name={question.id}
                value={c.value}
                checked={chosen === c.value}
                onChange={() => props.onChoose(question.id, c.value)}
              />
              <span lang={shown(c.label).language}>{shown(c.label).text}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {showSaveState ? saveState : null}
      <div className="step-actions">
        <button
          type="button"
          className="secondary"
          onClick={() => props.onMove(index - 1)}
          disabled={index === 0}
        >
          {t.back}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => props.onMove(index + 1)}
          disabled={chosen === undefined}
        >
          {t.next}
        </button>
      </div>
    </section>
  );
}
