// Who is signed in: the session check on load, sign-in and sign-out, and the end of a session the server reports.

import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { can as roleCan } from "../../../src/server/permissions.ts";
import { ApiError, api, onUnauthenticated, send } from "../api/client.ts";
import type { Me } from "../api/types.ts";
import { IdleSignOut } from "./idle-sign-out.tsx";
import { idleLimitMs } from "./idle-timer.ts";

type Action = Parameters<typeof roleCan>[1];

export type SessionState =
  | { readonly status: "checking" }
  | { readonly status: "signed-out"; readonly notice: string | null }
  | { readonly status: "signed-in"; readonly me: Me; readonly idleMs: number };

interface SessionApi {
  readonly state: SessionState;
  /** Reads who is signed in after a successful login, and starts the inactivity clock. */
  completeSignIn(): Promise<void>;
  signOut(notice?: string): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

// The server's default, used only if its answer carries no usable Date header.
const fallbackIdleMs = 15 * 60_000;

async function whoAmI(): Promise<{ me: Me; idleMs: number }> {
  const answer = await send<Me>("GET", "/api/auth/me");
  return { me: answer.body, idleMs: idleLimitMs(answer.body.expiresAt, answer.serverDate) ?? fallbackIdleMs };
}

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SessionState>({ status: "checking" });

  const end = useCallback(
    (notice: string | null) => {
      queryClient.clear();
      setState({ status: "signed-out", notice });
    },
    [queryClient],
  );

  useEffect(() => {
    let live = true;
    whoAmI().then(
      (found) => live && setState({ status: "signed-in", ...found }),
      () => live && setState({ status: "signed-out", notice: null }),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => onUnauthenticated(() => end("Your session has ended. Sign in again to carry on.")), [end]);

  const completeSignIn = useCallback(async () => {
    setState({ status: "signed-in", ...(await whoAmI()) });
  }, []);

  const signOut = useCallback(
    async (notice?: string) => {
      try {
        await api<null>("POST", "/api/auth/logout");
      } catch (error) {
        // Already ended on the server is as good as ended here.
        if (!(error instanceof ApiError)) throw error;
      }
      end(notice ?? "You have signed out.");
    },
    [end],
  );

  const value = useMemo(() => ({ state, completeSignIn, signOut }), [state, completeSignIn, signOut]);
  return (
    <SessionContext.Provider value={value}>
      {children}
      {state.status === "signed-in" ? <IdleSignOut idleMs={state.idleMs} signOut={signOut} /> : null}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (session === null) throw new Error("useSession outside SessionProvider");
  return session;
}

/** The signed-in user; only for screens rendered behind the sign-in page. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== "signed-in") throw new Error("useMe while signed out");
  return state.me;
}

/** Whether the signed-in user's role may do `action`: the server's own permission table, so buttons match the API. */
export function useCan(action: Action): boolean {
  return roleCan(useMe().user.role, action);
}
