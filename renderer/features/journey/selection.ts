import { create } from "zustand";

/**
 * What is selected on the map, shared by the canvas and the inspector. Not
 * part of the document: selecting is not an edit and is never undone.
 */
export interface JourneySelection {
  stageIds: readonly string[];
  transitionIds: readonly string[];
  /** The stage whose name is being typed in place. */
  renaming: string | null;
  /** Bumped to ask the canvas to fit the whole journey into view. */
  fitRequest: number;
  select: (selection: { stageIds?: readonly string[]; transitionIds?: readonly string[] }) => void;
  rename: (stageId: string | null) => void;
  requestFit: () => void;
  clear: () => void;
}

const NONE: readonly string[] = [];

export const useJourneySelection = create<JourneySelection>()((set) => ({
  stageIds: NONE,
  transitionIds: NONE,
  renaming: null,
  fitRequest: 0,
  select: ({ stageIds = NONE, transitionIds = NONE }) => set({ stageIds, transitionIds }),
  rename: (renaming) => set({ renaming }),
  requestFit: () => set((s) => ({ fitRequest: s.fitRequest + 1 })),
  clear: () => set({ stageIds: NONE, transitionIds: NONE, renaming: null }),
}));
