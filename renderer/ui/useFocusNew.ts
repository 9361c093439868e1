import { type RefObject, useEffect, useState } from "react";

/**
 * After an "add", the keyboard goes to the new item's first field and the
 * item scrolls into view, so the next keys type into it instead of pressing
 * whatever had focus. The item is the element in `container` marked
 * `data-route-target={id}`, as links find it.
 */
export function useFocusNew(container: RefObject<HTMLElement | null>): (id: string) => void {
  const [pending, setPending] = useState<string | null>(null);
  // After every render until the new item is on screen: it appears once the store's change has rendered.
  useEffect(() => {
    if (pending === null) return;
    const item = container.current?.querySelector<HTMLElement>(`[data-route-target="${CSS.escape(pending)}"]`);
    if (!item) return;
    item.scrollIntoView?.({ block: "center" });
    item.querySelector<HTMLElement>("input, textarea, select")?.focus({ preventScroll: true });
    setPending(null);
  });
  return setPending;
}
