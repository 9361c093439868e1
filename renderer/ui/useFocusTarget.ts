import { type RefObject, useEffect } from "react";
import { useRouteTarget } from "../app/route";

const same = (id: string) => id;

/**
 * Lands a link on its row: the element inside `container` marked
 * `data-route-target={id}` is scrolled into view and its first field takes
 * the keyboard. `resolve` maps the route's id to a row's (null: none); pass a
 * stable function. A target with no row is ignored.
 */
export function useFocusTarget(
  container: RefObject<HTMLElement | null>,
  resolve: (id: string) => string | null = same,
) {
  const target = useRouteTarget();
  useEffect(() => {
    const id = target && resolve(target.id);
    if (!id) return;
    const row = container.current?.querySelector<HTMLElement>(`[data-route-target="${CSS.escape(id)}"]`);
    if (!row) return;
    // jsdom has no scrollIntoView.
    row.scrollIntoView?.({ block: "center" });
    row.querySelector<HTMLElement>("input, textarea, select")?.focus({ preventScroll: true });
  }, [target, container, resolve]);
}
