import type { Term, Workshop } from "../../../shared/workshop/model";
import { useWorkshopStore } from "../../store/workshop-store";

/**
 * Every cell, row and badge on the board looks up its term on every store
 * change; with 150 terms a linear search per lookup adds up on a keystroke.
 * One id index per terms array (edits make a new array) keeps it constant.
 */
const indexes = new WeakMap<Term[], Map<string, Term>>();

export function termById(w: Workshop | null, termId: string): Term | undefined {
  if (!w) return undefined;
  let index = indexes.get(w.terms);
  if (!index) {
    index = new Map(w.terms.map((t) => [t.id, t]));
    indexes.set(w.terms, index);
  }
  return index.get(termId);
}

export function useTermField<K extends keyof Term>(termId: string, field: K): Term[K] | undefined {
  return useWorkshopStore((s) => termById(s.workshop, termId)?.[field]);
}
