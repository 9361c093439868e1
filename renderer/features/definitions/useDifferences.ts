import { useEffect, useMemo, useState } from "react";
import { type DiffSegment, definitionDifferences } from "../../../shared/glossary/diff";
import { termOf } from "../../store/selectors";
import type { WorkshopState } from "../../store/workshop-store";
import { useWorkshopStore } from "../../store/workshop-store";

const NONE: Record<string, string> = {};

/** Highlights follow the typing once it pauses this long, so a keystroke's frame only paints the character. */
export const SETTLE_MS = 120;

const definitionsOf = (s: WorkshopState, termId: string) => termOf(s, termId)?.teamDefinitions ?? NONE;

/**
 * The word-level differences of one term. The hook listens to the store
 * without re-rendering on each keystroke, and recomputes once typing in this
 * term settles; other terms' definitions keep their identity and never
 * recompute.
 */
export function useDifferences(termId: string): Record<string, DiffSegment[]> {
  const [settled, setSettled] = useState(() => definitionsOf(useWorkshopStore.getState(), termId));
  useEffect(() => {
    let latest = definitionsOf(useWorkshopStore.getState(), termId);
    setSettled(latest);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useWorkshopStore.subscribe((state) => {
      const next = definitionsOf(state, termId);
      if (next === latest) return;
      latest = next;
      clearTimeout(timer);
      timer = setTimeout(() => setSettled(next), SETTLE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [termId]);
  return useMemo(() => definitionDifferences(settled), [settled]);
}
