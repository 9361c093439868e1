import { freshSignOff } from "./create";
import { newId } from "./ids";
import type { Workshop } from "./model";

/**
 * A copy is a new workshop: same content, its own id and charter, and no
 * signatures (nobody signed the copy).
 */
export function duplicateWorkshop(w: Workshop, makeId = newId): Workshop {
  return {
    ...structuredClone(w),
    id: makeId(),
    details: { ...w.details, title: `${w.details.title} (copy)` },
    signOff: freshSignOff(makeId),
  };
}
