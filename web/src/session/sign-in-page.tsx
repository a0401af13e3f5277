// Sign-in: e-mail and password, then the authenticator code (or enrolment) when the API asks for it.

import { type FormEvent, useState } from "react";
import { ApiError, api } from "../api/client.ts";
import { Field } from "../forms/field.tsx";
import { PageHeading } from "../page-heading.tsx";
import { useSession } from "./session-provider.tsx";

type Step =
  | { readonly kind: "password" }
  | { readonly kind: "code" }
  | { readonly kind: "enroll"; readonly secret: string | null };

function problemText(error: unknown): string {
  if (!(error instanceof ApiError))
    return "Titrate could not be reached. Check the connection and try again.";
  switch (error.code) {
    case "unauthenticated":
      return "That e-mail and password do not match an active account.";
    case "locked":
      return "Too many failed attempts: this account is locked for a while. Try again later.";
    case "rate-limited":
      return "Too many sign-in attempts from here. Wait a minute and try again.";
    case "mfa-required":
      return "That code was not accepted. Enter the current code from your authenticator.";
    default:
      return error.message;
  }
}

export function SignInPage({ notice }: { readonly notice: string | null }) {
  const { completeSignIn } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [step, setStep] = useState<Step>({ kind: "password" });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      if (step.kind === "enroll" && step.secret !== null) {
        await api("POST", "/api/auth/totp/confirm", { email, password, totp: code.trim() });
      } else {
        const totp = step.kind === "code" ? { totp: code.trim() } : {};
        await api("POST", "/api/auth/login", { email, password, ...totp });
      }
      await completeSignIn();
    } catch (error) {
      if (error instanceof ApiError && error.code === "mfa-required" && step.kind === "password") {
        setStep(error.mfa === "enroll" ? { kind: "enroll", secret: null } : { kind: "code" });
      } else setProblem(problemText(error));
    } finally {
      setBusy(false);
    }
  }

  async function startEnrolment() {
    setProblem(null);
    try {
      const { secret } = await api<{ secret: string }>("POST", "/api/auth/totp/enroll", { email, password });
      setStep({ kind: "enroll", secret });
    } catch (error) {
      setProblem(problemText(error));
    }
  }

  const asking = step.kind === "code" || (step.kind === "enroll" && step.secret !== null);
  return (
    <main className="sign-in" id="main">
      <form onSubmit={submit} noValidate aria-describedby={problem === null ? undefined : "sign-in-problem"}>
        <p className="brand" aria-hidden="true">
          Titrate
        </p>
        <PageHeading title="Sign in" />
        {notice !== null ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        {problem !== null ? (
          <p className="problem" id="sign-in-problem" role="alert">
            <span aria-hidden="true">▲ </span>
            {problem}
          </p>
        ) : null}
        <Field id="email" label="E-mail">
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="username"
              required
              value={email}
              readOnly={step.kind !== "password"}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field id="password" label="Password">
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              readOnly={step.kind !== "password"}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        {step.kind === "enroll" && step.secret === null ? (
          <div className="enrol">
            <p>Your clinic requires an authenticator app for signing in. Set one up now.</p>
            <button type="button" onClick={() => void startEnrolment()}>
              Set up an authenticator
            </button>
          </div>
        ) : null}
        {step.kind === "enroll" && step.secret !== null ? (
          <p className="enrol">
            Add this key to your authenticator app, then enter the code it shows:{" "}
            <code className="secret">{step.secret}</code>
          </p>
        ) : null}
        {asking ? (
          <Field
            id="totp"
            label="Authenticator code"
            hint="The 6-digit code your authenticator app shows now."
          >
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]{6}"
                maxLength={6}
                required
                // biome-ignore lint/a11y/noAutofocus: the code field appears after the password step and is the only next thing to do.
                autoFocus
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
            )}
          </Field>
        ) : null}
        {step.kind === "enroll" && step.secret === null ? null : (
          <button type="submit" className="primary" disabled={busy}>
            {busy ? "Signing in…" : asking ? "Verify and sign in" : "Sign in"}
          </button>
        )}
        {step.kind !== "password" ? (
          <button
            type="button"
            className="link start-again"
            onClick={() => {
              setStep({ kind: "password" });
              setCode("");
              setProblem(null);
            }}
          >
            Use a different account
          </button>
        ) : null}
      </form>
    </main>
  );
}
