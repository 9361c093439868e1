import { temporal } from "zundo";
import { create } from "zustand";
import { keepSignedVersion } from "../../shared/charter/versions";
import type { Workshop } from "../../shared/workshop/model";
import type { Problem, Result } from "../../shared/workshop/result";
import type { SaveStatus } from "../storage/save-queue";

export interface WorkshopState {
  workshop: Workshop | null;
  /** Why the last edit was refused, until dismissed or the next edit succeeds. */
  refusal: Problem[] | null;
  saveStatus: SaveStatus;
  /** Every edit goes through here: a shared/ operation applied to the open workshop. */
  apply: (operation: (workshop: Workshop) => Result, coalesceKey?: string) => boolean;
  open: (workshop: Workshop) => void;
  close: () => void;
  dismissRefusal: () => void;
  setSaveStatus: (status: SaveStatus) => void;
}

/** Keystrokes in one field within this window become a single undo step. */
export const COALESCE_MS = 1000;

let nextCoalesceKey: string | undefined;
let lastStep: { key: string; at: number } | null = null;

export const useWorkshopStore = create<WorkshopState>()(
  temporal(
    (set, get) => ({
      workshop: null,
      refusal: null,
      saveStatus: { state: "saved", at: null },
      apply(operation, coalesceKey) {
        const current = get().workshop;
        if (!current) return false;
        // A version signed by everyone is read-only: its content changes only by starting the next version.
        const result = keepSignedVersion(current, operation(current));
        if (!result.ok) {
          set({ refusal: result.problems });
          return false;
        }
        nextCoalesceKey = coalesceKey;
        set({ workshop: result.value, refusal: null });
        nextCoalesceKey = undefined;
        return true;
      },
      open(workshop) {
        set({ workshop, refusal: null, saveStatus: { state: "saved", at: null } });
        useWorkshopStore.temporal.getState().clear();
        lastStep = null;
      },
      close() {
        set({ workshop: null, refusal: null });
        useWorkshopStore.temporal.getState().clear();
        lastStep = null;
      },
      dismissRefusal: () => set({ refusal: null }),
      setSaveStatus: (saveStatus) => set({ saveStatus }),
    }),
    {
      // Only the document is history; save status and refusals are not edits.
      partialize: (state) => ({ workshop: state.workshop }),
      equality: (past, current) => past.workshop === current.workshop,
      limit: 500,
      handleSet: (handleSet) => (pastState, replace, currentState, deltaState) => {
        const now = Date.now();
        const key = nextCoalesceKey;
        if (key && lastStep && lastStep.key === key && now - lastStep.at < COALESCE_MS) {
          lastStep.at = now;
          return;
        }
        lastStep = key ? { key, at: now } : null;
        // zundo's type names the store's setState, but it calls this with all four.
        (handleSet as unknown as (...args: unknown[]) => void)(pastState, replace, currentState, deltaState);
      },
    },
  ),
);

export function undo(): void {
  lastStep = null;
  useWorkshopStore.temporal.getState().undo();
}

export function redo(): void {
  lastStep = null;
  useWorkshopStore.temporal.getState().redo();
}

/** For tests: a fresh store, as if the app had just started. */
export function resetWorkshopStore(): void {
  useWorkshopStore.setState({ workshop: null, refusal: null, saveStatus: { state: "saved", at: null } });
  useWorkshopStore.temporal.getState().clear();
  lastStep = null;
}
