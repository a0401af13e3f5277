// The frame around every signed-in screen: skip link, clinic and user, the way back to the worklist, sign out.

import type { ReactNode } from "react";
import type { Role } from "./api/types.ts";
import { Link, paths } from "./router.tsx";
import { useCan, useMe, useSession } from "./session/session-provider.tsx";

const roleLabels: Readonly<Record<Role, string>> = {
  admin: "Administrator",
  prescriber: "Prescriber",
  nurse: "Nurse",
  coordinator: "Coordinator",
  readonly: "Read-only",
};

export function AppShell({ children }: { readonly children: ReactNode }) {
  const me = useMe();
  const { signOut } = useSession();
  const seesSettings = useCan("clinic.read");
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Link to={paths.worklist()} className="brand">
          Titrate
        </Link>
        <nav aria-label="Main">
          <Link to={paths.worklist()}>Worklist</Link>
          {seesSettings ? <Link to={paths.notificationSettings()}>Settings</Link> : null}
        </nav>
        <p className="who">
          <span>{me.clinic.name}</span>
          <span aria-hidden="true"> · </span>
          <span>
            {me.user.email} ({roleLabels[me.user.role]})
          </span>
        </p>
        <button type="button" className="quiet" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
