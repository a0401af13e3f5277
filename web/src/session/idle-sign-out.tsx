// Signs the user out after the server's idle limit without activity, with a warning dialog before it happens.

import { useEffect, useRef, useState } from "react";
import { api, onServerContact } from "../api/client.ts";
import { formatRemaining, type IdlePhase, idlePhase } from "./idle-timer.ts";

const activityEvents = ["pointerdown", "keydown", "wheel", "touchstart"] as const;
/** Activity while the last request is older than this sends one, so typing a long form keeps the session. */
const keepAliveAfterMs = 60_000;

interface Props {
  readonly idleMs: number;
  signOut(notice?: string): Promise<void>;
}

export function IdleSignOut({ idleMs, signOut }: Props) {
  const lastActivity = useRef(Date.now());
  const lastContact = useRef(Date.now());
  const [phase, setPhase] = useState<IdlePhase>({ phase: "active" });
  const dialog = useRef<HTMLDialogElement>(null);
  const ending = useRef(false);

  useEffect(() => onServerContact(() => (lastContact.current = Date.now())), []);

  useEffect(() => {
    const active = () => {
      lastActivity.current = Date.now();
      setPhase((p) => (p.phase === "active" ? p : { phase: "active" }));
      if (Date.now() - lastContact.current > keepAliveAfterMs) {
        lastContact.current = Date.now();
        api("GET", "/api/auth/me").catch(() => undefined);
      }
    };
    for (const name of activityEvents) window.addEventListener(name, active, { passive: true });
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, active);
    };
  }, []);

  useEffect(() => {
    const tick = () => {
      const next = idlePhase(lastActivity.current, Date.now(), idleMs);
      if (next.phase === "expired" && !ending.current) {
        ending.current = true;
        const minutes = Math.round(idleMs / 60_000);
        void signOut(
          `You were signed out after ${minutes} minutes without activity, to protect patient data.`,
        );
      }
      setPhase((p) => (p.phase === "active" && next.phase === "active" ? p : next));
    };
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [idleMs, signOut]);

  const warning = phase.phase === "warning";
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (warning && !element.open) element.showModal();
    if (!warning && element.open) element.close();
  }, [warning]);

  return (
    <dialog
      ref={dialog}
      className="idle-warning"
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="idle-title">Still there?</h2>
      <p id="idle-text">
        For patient privacy you will be signed out in{" "}
        <strong>{phase.phase === "warning" ? formatRemaining(phase.remainingMs) : ""}</strong> unless you
        carry on.
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            lastActivity.current = Date.now();
            setPhase({ phase: "active" });
            api("GET", "/api/auth/me").catch(() => undefined);
          }}
        >
          Stay signed in
        </button>
        <button type="button" onClick={() => void signOut()}>
          Sign out now
        </button>
      </div>
    </dialog>
  );
}
