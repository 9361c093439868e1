import { useMemo, useSyncExternalStore } from "react";

/**
 * A workshop route may point past its view at one thing on it (a stage,
 * transition, term, participant or team, by id): links from the sign-off
 * list and the command palette land on the very thing to fix.
 */
export type Route =
  | { screen: "home" }
  | {
      screen: "workshop";
      workshopId: string;
      view: string | null;
      target: string | null;
      /** The field of the target the keyboard lands in ("trigger"); absent: the target's first. */
      field?: string | null;
    };

/** A hand-edited or truncated hash may hold a broken escape: such a segment counts as absent rather than throwing. */
function decoded(segment: string | undefined): string | null {
  if (segment === undefined) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The route lives in the URL hash so a reload reopens the same workshop, view and target. */
export function parseRoute(hash: string): Route {
  const match = /^#\/workshop\/([^/?#]+)(?:\/([a-z-]+)(?:\/([^/?#]+)(?:\/([a-z-]+))?)?)?$/.exec(hash);
  const workshopId = decoded(match?.[1]);
  if (!match || workshopId === null) return { screen: "home" };
  const route: Route = { screen: "workshop", workshopId, view: match[2] ?? null, target: decoded(match[3]) };
  return match[4] ? { ...route, field: match[4] } : route;
}

export function routeHash(route: Route): string {
  if (route.screen === "home") return "#/";
  const base = `#/workshop/${encodeURIComponent(route.workshopId)}`;
  // A target belongs to a view: without one there is nowhere to put it.
  if (!route.view) return base;
  if (!route.target) return `${base}/${route.view}`;
  const target = `${base}/${route.view}/${encodeURIComponent(route.target)}`;
  return route.field ? `${target}/${route.field}` : target;
}

/*
 * Asking again for the route already showing changes no hash, so no
 * hashchange fires; a view must still go back to its target (the room may
 * have clicked elsewhere since). Such repeats are counted here.
 */
let repeats = 0;
const repeatListeners = new Set<() => void>();

export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash !== hash) {
    window.location.hash = hash;
    return;
  }
  repeats += 1;
  for (const listener of repeatListeners) listener();
}

function subscribe(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

function subscribeRepeats(onChange: () => void) {
  repeatListeners.add(onChange);
  return () => repeatListeners.delete(onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

/** The thing the route points at; a new object on each arrival, so a view's effect reruns even for the same id. */
export interface RouteTarget {
  readonly id: string;
  /** The field to land in, when the link names one. */
  readonly field: string | null;
}

/**
 * The current route's target, for views to select, open or focus. Use the
 * object as an effect dependency; ids that no longer exist should be ignored.
 */
export function useRouteTarget(): RouteTarget | null {
  const route = useRoute();
  const repeat = useSyncExternalStore(subscribeRepeats, () => repeats);
  const id = route.screen === "workshop" ? route.target : null;
  const field = route.screen === "workshop" ? (route.field ?? null) : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `repeat` is what makes a repeated arrival a new object.
  return useMemo(() => (id === null ? null : { id, field }), [id, field, repeat]);
}

/** A room screen's own window: #/room/<workshop id>. It shows what the facilitator's window sends, nothing else. */
export function roomRoute(hash: string): string | null {
  const match = /^#\/room\/([^/?#]+)$/.exec(hash);
  return match ? decoded(match[1]) : null;
}

export { roomScreenHash as roomHash } from "../../shared/room/messages";
