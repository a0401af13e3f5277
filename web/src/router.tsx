// Client routes on the History API: the four screens, links that keep normal browser behaviour, and navigation.

import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from "react";

export type Route =
  | { readonly name: "worklist" }
  | { readonly name: "patient"; readonly id: string }
  | { readonly name: "rate"; readonly id: string }
  | { readonly name: "session"; readonly id: string }
  | { readonly name: "intake"; readonly id: string }
  | { readonly name: "notification-settings" }
  | { readonly name: "not-found" };

const navigated = "titrate:navigate";

export function parseRoute(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { name: "worklist" };
  if (/^\/settings\/notifications\/?$/.test(pathname)) return { name: "notification-settings" };
  const match = /^\/patients\/([0-9a-f-]{36})(?:\/(rate|session|intake))?\/?$/i.exec(pathname);
  if (match === null) return { name: "not-found" };
  const id = match[1] ?? "";
  if (match[2] === "rate") return { name: "rate", id };
  if (match[2] === "session") return { name: "session", id };
  if (match[2] === "intake") return { name: "intake", id };
  return { name: "patient", id };
}

export const paths = {
  worklist: () => "/",
  patient: (id: string) => `/patients/${id}`,
  rate: (id: string) => `/patients/${id}/rate`,
  session: (id: string) => `/patients/${id}/session`,
  intake: (id: string) => `/patients/${id}/intake`,
  notificationSettings: () => "/settings/notifications",
};

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(navigated, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(navigated, onChange);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(path: string, options: { readonly replace?: boolean } = {}): void {
  if (options.replace === true) window.history.replaceState(null, "", path);
  else window.history.pushState(null, "", path);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(navigated));
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { readonly to: string };

/** An ordinary link (it opens in a new tab, copies, reads aloud as a link) that navigates in place on a plain click. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0;
    if (event.defaultPrevented || modified) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...rest} />;
}
