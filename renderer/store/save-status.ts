import { create } from "zustand";
import type { SaveStatus } from "../storage/save-queue";

/**
 * Whether the open workshop is stored, kept apart from the workshop itself:
 * an edit then notifies the document's readers once, not again for
 * "saving" and "saved".
 */
export const useSaveStatus = create<{ status: SaveStatus }>()(() => ({ status: { state: "saved", at: null } }));

export function setSaveStatus(status: SaveStatus): void {
  useSaveStatus.setState({ status });
}
