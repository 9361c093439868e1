import { type RefObject, useEffect, useState } from "react";
import { compareMeaning } from "../../../shared/glossary/content-words";
import type { Comparison } from "../../../shared/glossary/diff";
import { termOf } from "../../store/selectors";
import type { WorkshopState } from "../../store/workshop-store";
import { useWorkshopStore } from "../../store/workshop-store";

const NONE: Record<string, string> = {};

/** Highlights follow the typing once it pauses this long, so a keystroke's frame only paints the character. */
export const SETTLE_MS = 120;

const definitionsOf = (s: WorkshopState, termId: string) => termOf(s, termId)?.teamDefinitions ?? NONE;

/**
 * The word-level differences of one term, or null until they are worked out.
 * The hook listens to the store without re-rendering on each keystroke and
 * recomputes once typing in this term settles; other terms never recompute.
 * Only a term that is on screen (or has been) is compared, in a task of its
 * own after the board has painted: a board of 500 long terms opens at once
 * and compares the dozen in view, each within its budget.
 */
export function useDifferences(termId: string, onScreen = true): Comparison | null {
  const [settled, setSettled] = useState(() => definitionsOf(useWorkshopStore.getState(), termId));
  const [comparison, setComparison] = useState<Comparison | null>(null);
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
  useEffect(() => {
    if (!onScreen) return;
    const task = setTimeout(() => setComparison(compareMeaning(settled)), 0);
    return () => clearTimeout(task);
  }, [settled, onScreen]);
  return comparison;
}

/** Whether the element is on screen or near it, or has been: a term compared once stays compared. */
export function useSeen(ref: RefObject<Element | null>): boolean {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setSeen(true), {
      rootMargin: "100% 0px",
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, seen]);
  return seen;
}
