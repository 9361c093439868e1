import { useCallback, useEffect, useRef } from "react";
import type { FieldDraft } from "../../ui/useFieldDraft";

/**
 * Hands a keystroke to the store right after the frame that paints it. The
 * textarea itself shows the keystroke (it is uncontrolled): a re-render per
 * key, and React writing the value back, cost the keystroke's own frame more
 * than the browser's editing does. With 150 terms on the board, the store's
 * update (history, every subscriber checked, the save queued) costs a few
 * milliseconds; done inside the keystroke it can push the character one
 * frame late. The text is committed within about one frame, and at once
 * before any shortcut (so Ctrl+Z undoes what is on screen) and on blur.
 * Meanwhile the keystroke is already in its draft slot, written before the
 * frame that paints it, so a crash in that frame loses nothing. `holding`
 * says whether words on screen are not in the store yet.
 */
export function useDraft(commit: (text: string) => void, slot: FieldDraft) {
  const pending = useRef<string | null>(null);
  const scheduled = useRef<number | null>(null);
  const fallback = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(commit);
  commitRef.current = commit;
  const slotRef = useRef(slot);
  slotRef.current = slot;

  const flush = useCallback(() => {
    if (scheduled.current !== null) cancelAnimationFrame(scheduled.current);
    if (fallback.current !== null) clearTimeout(fallback.current);
    scheduled.current = null;
    fallback.current = null;
    const text = pending.current;
    pending.current = null;
    if (text === null) return;
    commitRef.current(text);
    // After the commit: the store's own write-ahead record, queued first, holds the words now.
    slotRef.current.drop();
  }, []);

  const change = useCallback(
    (text: string) => {
      pending.current = text;
      slotRef.current.write(text);
      // After this frame's paint: a task queued from the next animation frame.
      scheduled.current ??= requestAnimationFrame(() => setTimeout(flush, 0));
      // A hidden window gets no animation frames; the text must not wait for one.
      fallback.current ??= setTimeout(flush, 100);
    },
    [flush],
  );

  useEffect(() => flush, [flush]);
  const holding = useCallback(() => pending.current !== null, []);
  return { change, flush, holding };
}
