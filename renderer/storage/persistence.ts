import { setSaveStatus } from "../store/save-status";
import { useWorkshopStore } from "../store/workshop-store";
import type { AccordDatabase } from "./db";
import { saveWorkshop } from "./repository";
import { SaveQueue } from "./save-queue";

/**
 * Stores every change to the open workshop as it happens. Opening a workshop
 * is not a change (it came from storage), so only edits and undo/redo write.
 */
export function connectPersistence(db: AccordDatabase, now: () => string = () => new Date().toISOString()) {
  const queue = new SaveQueue((workshop) => saveWorkshop(db, workshop, now()), setSaveStatus, now);
  const disconnect = useWorkshopStore.subscribe((state, previous) => {
    const { workshop } = state;
    if (workshop && workshop !== previous.workshop && workshop.id === previous.workshop?.id) {
      void queue.push(workshop);
    }
  });
  return { queue, disconnect };
}

export type Persistence = ReturnType<typeof connectPersistence>;

export type StorageDurability = "persistent" | "best-effort" | "unknown";

/** Asks the browser engine not to evict our data when space runs low. */
export async function requestPersistentStorage(storage: StorageManager | undefined): Promise<StorageDurability> {
  if (!storage?.persist) return "unknown";
  try {
    if (await storage.persisted()) return "persistent";
    return (await storage.persist()) ? "persistent" : "best-effort";
  } catch {
    return "unknown";
  }
}
