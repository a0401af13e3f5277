// The app's root: the query cache, the session, and which screen the address shows.

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { AppShell } from "./app-shell.tsx";
import { PageHeading } from "./page-heading.tsx";
import { Link, parseRoute, paths, usePathname } from "./router.tsx";
import { SessionProvider, useSession } from "./session/session-provider.tsx";
import { SignInPage } from "./session/sign-in-page.tsx";

// Screens load after sign-in, so the first page carries only React, the query cache and the sign-in form.
const WorklistPage = lazy(async () => ({
  default: (await import("./worklist/worklist-page.tsx")).WorklistPage,
}));
const PatientChartPage = lazy(async () => ({
  default: (await import("./chart/patient-chart-page.tsx")).PatientChartPage,
}));
const RatingPage = lazy(async () => ({ default: (await import("./rating/rating-page.tsx")).RatingPage }));
const IntakePage = lazy(async () => ({ default: (await import("./intake/intake-page.tsx")).IntakePage }));
const NotificationSettingsPage = lazy(async () => ({
  default: (await import("./settings/notification-settings-page.tsx")).NotificationSettingsPage,
}));
const SessionPage = lazy(async () => ({
  default: (await import("./charting/session-page.tsx")).SessionPage,
}));

function Loading() {
  return (
    <p className="loading" role="status">
      Loading…
    </p>
  );
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
  },
});

function Screen() {
  const route = parseRoute(usePathname());
  switch (route.name) {
    case "worklist":
      return <WorklistPage />;
    case "patient":
      return <PatientChartPage id={route.id} />;
    case "rate":
      return <RatingPage id={route.id} />;
    case "session":
      return <SessionPage id={route.id} />;
    case "intake":
      return <IntakePage id={route.id} />;
    case "notification-settings":
      return <NotificationSettingsPage />;
    case "not-found":
      return (
        <section className="page">
          <PageHeading title="Page not found" />
          <p>
            There is nothing at this address. <Link to={paths.worklist()}>Back to the worklist</Link>
          </p>
        </section>
      );
  }
}

function Gate() {
  const { state } = useSession();
  if (state.status === "checking") {
    return (
      <p className="loading" role="status">
        Loading Titrate…
      </p>
    );
  }
  if (state.status === "signed-out") return <SignInPage notice={state.notice} />;
  return (
    <AppShell>
      <Suspense fallback={<Loading />}>
        <Screen />
      </Suspense>
    </AppShell>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <Gate />
      </SessionProvider>
    </QueryClientProvider>
  );
}
