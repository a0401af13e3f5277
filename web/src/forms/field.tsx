// A labelled form field with its hint and its errors beside it, wired for screen readers; and a form's error summary.

import type { ReactNode } from "react";

/** What a control needs to be announced with its label, hint and errors. */
export interface ControlProps {
  readonly id: string;
  readonly "aria-describedby"?: string;
  readonly "aria-invalid"?: true;
}

interface FieldProps {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly errors?: readonly string[];
  readonly className?: string;
  readonly children: (control: ControlProps) => ReactNode;
}

export function describedBy(id: string, hint: boolean, errors: readonly string[]): ControlProps {
  const ids = [hint ? `${id}-hint` : null, errors.length > 0 ? `${id}-error` : null].filter(
    (x): x is string => x !== null,
  );
  return {
    id,
    ...(ids.length > 0 ? { "aria-describedby": ids.join(" ") } : {}),
    ...(errors.length > 0 ? { "aria-invalid": true as const } : {}),
  };
}

export function FieldErrors({ id, errors }: { readonly id: string; readonly errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <div id={`${id}-error`} className="field-error">
      {errors.map((message) => (
        <p key={message}>
          <span aria-hidden="true">▲ </span>
          {message}
        </p>
      ))}
    </div>
  );
}

export function Field({ id, label, hint, errors = [], className, children }: FieldProps) {
  return (
    <div className={`field${errors.length > 0 ? " invalid" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children(describedBy(id, hint !== undefined, errors))}
      {hint !== undefined ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

export interface SummaryItem {
  /** The id of the control to jump to. */
  readonly target: string;
  /** The field's name as its label shows it, so the line reads on its own. */
  readonly label: string;
  readonly message: string;
}

/** The list of everything to fix, announced when it appears, each line a link to its field. */
export function ErrorSummary({
  title,
  items,
}: {
  readonly title: string;
  readonly items: readonly SummaryItem[];
}) {
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={`${item.target}:${item.message}`}>
            <a
              href={`#${item.target}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(item.target)?.focus();
              }}
            >
              {item.label}: {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
