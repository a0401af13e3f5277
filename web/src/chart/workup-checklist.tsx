// The systematic non-response work-up: each step's status and the record's answer to each of its questions.

import type { Assessment } from "../api/types.ts";

type Step = Assessment["workup"]["steps"][number];

const statusText: Readonly<Record<Step["status"], { icon: string; label: string }>> = {
  concern: { icon: "▲", label: "Concern" },
  clear: { icon: "✓", label: "Clear" },
  "not-recorded": { icon: "?", label: "Not recorded" },
};

function StepBlock({ step, index }: { readonly step: Step; readonly index: number }) {
  const status = statusText[step.status];
  return (
    <li className={`workup-step status-${step.status}`}>
      <h3>
        <span className="step-number">{index + 1}.</span> {step.title}{" "}
        <span className={`badge workup-${step.status}`}>
          <span aria-hidden="true">{status.icon}</span> {status.label}
        </span>
      </h3>
      <table className="answers">
        <caption className="visually-hidden">{step.title}: questions and what the record answers</caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Answer</th>
          </tr>
        </thead>
        <tbody>
          {step.answers.map((a) => (
            <tr key={a.question} className={a.concern ? "concern" : undefined}>
              <th scope="row">{a.question}</th>
              <td>
                {a.concern ? (
                  <strong>
                    <span aria-hidden="true">▲ </span>
                    {a.answer}
                    <span className="visually-hidden"> (concern)</span>
                  </strong>
                ) : (
                  a.answer
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  );
}

export function WorkupChecklist({ workup }: { readonly workup: Assessment["workup"] }) {
  const steps = (
    <ol className="workup-steps">
      {workup.steps.map((step, i) => (
        <StepBlock key={step.step} step={step} index={i} />
      ))}
    </ol>
  );
  return (
    <section className="card workup" aria-labelledby="workup-title">
      <h2 id="workup-title">Non-response work-up</h2>
      {workup.indicated ? (
        <>
          <p className="hint">Indicated now: work through each step before optimizing.</p>
          {steps}
        </>
      ) : (
        <details>
          <summary>Not indicated now; show the checklist anyway</summary>
          {steps}
        </details>
      )}
    </section>
  );
}
