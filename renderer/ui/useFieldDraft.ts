import { useMemo, useRef } from "react";
import { type DraftField, draftKey, textOf } from "../../shared/contract/drafts";
import { useServices } from "../storage/StorageContext";
import { useWorkshopStore } from "../store/workshop-store";

export interface FieldDraft {
  /**
   * Stores the words on screen now, in the keystroke's own task. `stored` is
   * what the field held before, for a workshop that is not open; for the open
   * one it is read from the document as it is at this moment.
   */
  write(text: string, stored?: string): void;
  /** The words were kept in the document, or given up on purpose. */
  drop(): void;
}

/**
 * The draft slot of one field (see shared/contract/drafts.ts): a field that
 * holds words the document does not yet (a name until Enter, a definition
 * until the next frame) writes them here with every keystroke.
 */
export function useFieldDraft(field: DraftField, options: { live?: boolean; workshopId?: string } = {}): FieldDraft {
  const { persistence } = useServices();
  const given = options.workshopId;
  const live = options.live ?? false;
  const before = useRef<string | null>(null);
  const key = draftKey(field);
  const latest = useRef(field);
  latest.current = field;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the field is named by its key; a new object for the same field is the same slot.
  return useMemo(() => {
    // Read when written, not subscribed to: a board of 600 cells must not add 600 checks to every keystroke.
    const workshopId = () => given ?? useWorkshopStore.getState().workshop?.id;
    return {
      write(text, stored) {
        const id = workshopId();
        if (!id) return;
        const open = useWorkshopStore.getState().workshop;
        before.current ??= stored ?? (open ? textOf(open, latest.current) : undefined) ?? "";
        persistence.slots.writeDraft(id, latest.current, text, before.current, live);
      },
      drop() {
        const id = workshopId();
        if (!id || before.current === null) return;
        before.current = null;
        persistence.slots.dropDraft(id, latest.current);
      },
    } satisfies FieldDraft;
  }, [persistence, given, key, live]);
}
