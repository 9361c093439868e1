/** A hidden window paints no frames, so nothing waits longer than this for one. */
const LONGEST_WAIT_MS = 100;

/**
 * Resolves in a task after the next frame is painted: work that must not
 * hold up the frame showing an edit (storing the whole document) runs there.
 * Without frames to wait for (a hidden window, or no DOM), it resolves in
 * the next task.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const frames = typeof requestAnimationFrame === "function" && globalThis.document?.visibilityState !== "hidden";
    if (!frames) {
      setTimeout(resolve, 0);
      return;
    }
    const fallback = setTimeout(resolve, LONGEST_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
