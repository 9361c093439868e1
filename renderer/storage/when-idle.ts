/** Work that waits for an idle moment never waits longer than this. */
const IDLE_AT_MOST_MS = 1000;

/**
 * Resolves when the page is idle: after the frame that shows the change, so
 * storing or copying a large workshop never delays that frame. Unlike an
 * animation frame, an idle callback asks for no frame of its own: a
 * facilitator's next keystroke finds no frame under way to wait behind.
 * A hidden window paints nothing and gets no idle time: a task later, as
 * where there is no idle callback (jsdom, Node).
 */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    const hidden = typeof document !== "undefined" && document.hidden;
    if (typeof requestIdleCallback === "function" && !hidden)
      requestIdleCallback(() => resolve(), { timeout: IDLE_AT_MOST_MS });
    else setTimeout(resolve, 0);
  });
}
