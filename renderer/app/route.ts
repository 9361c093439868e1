import { useSyncExternalStore } from "react";

export type Route = { screen: "home" } | { screen: "workshop"; workshopId: string; view: string | null };

/** The route lives in the URL hash so a reload reopens the same workshop and view. */
export function parseRoute(hash: string): Route {
  const match = /^#\/workshop\/([^/?#]+)(?:\/([a-z-]+))?$/.exec(hash);
  if (match?.[1]) return { screen: "workshop", workshopId: decodeURIComponent(match[1]), view: match[2] ?? null };
  return { screen: "home" };
}

export function routeHash(route: Route): string {
  if (route.screen === "home") return "#/";
  const base = `#/workshop/${encodeURIComponent(route.workshopId)}`;
  return route.view ? `${base}/${route.view}` : base;
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

function subscribe(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
