import type { Term } from "../../../shared/workshop/model";
import { useWorkshopStore } from "../../store/workshop-store";

/** One field of one term: the smallest slice a part of the agree panel shows. */
export function useTermField<K extends keyof Term>(termId: string, field: K): Term[K] | undefined {
  return useWorkshopStore((s) => s.workshop?.terms.find((t) => t.id === termId)?.[field]);
}

export const now = () => new Date().toISOString();
