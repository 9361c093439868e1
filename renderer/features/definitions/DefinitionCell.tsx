import { memo, useLayoutEffect, useRef, useState } from "react";
import type { DiffSegment } from "../../../shared/glossary/diff";
import { own } from "../../../shared/workshop/own";
import { termOf } from "../../store/selectors";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { DiffText } from "../../ui/DiffText";
import { useFieldDraft } from "../../ui/useFieldDraft";
import { useDraft } from "./useDraft";

interface Props {
  termId: string;
  termName: string;
  teamId: string;
  teamName: string;
  segments: readonly DiffSegment[] | undefined;
}

/**
 * One team's definition of one term, typed live. The highlights sit in a
 * backdrop behind a transparent textarea with the same metrics, so the room
 * sees the differences in place while the facilitator types. Subscribes to
 * its own text only, and a keystroke re-renders nothing: the textarea holds it.
 * Edits go straight to the contract rather than through a subscription: 600
 * cells' worth of subscriptions would each be checked on every keystroke.
 */
export const DefinitionCell = memo(function DefinitionCell({ termId, termName, teamId, teamName, segments }: Props) {
  const stored = useWorkshopStore((s) => {
    const term = termOf(s, termId);
    return (term && own(term.teamDefinitions, teamId)) ?? "";
  });
  const slot = useFieldDraft({ kind: "definition", termId, teamId }, { live: true });
  const draft = useDraft((text) => edit("recordDefinition", termId, teamId, text), slot);
  const field = useRef<HTMLTextAreaElement>(null);
  // The first text only: a defaultValue that follows the store would rewrite the textarea's content on every commit.
  const [initial] = useState(stored);
  // Another window, an undo or a phone changed the text: shown, unless words typed here are still on their way.
  useLayoutEffect(() => {
    const el = field.current;
    if (el && !draft.holding() && el.value !== stored) el.value = stored;
  }, [stored, draft]);
  return (
    <div className="definition-field">
      <div className="definition-backdrop" aria-hidden="true">
        <DiffText segments={segments ?? []} />
        {/* A trailing newline in a textarea still takes a line; the backdrop must too. */}
        {"\n"}
      </div>
      <textarea
        aria-label={`${teamName}'s definition of ${termName}`}
        ref={field}
        defaultValue={initial}
        spellCheck={false}
        rows={2}
        onChange={(e) => draft.change(e.target.value)}
        onKeyDown={(e) => (e.ctrlKey || e.metaKey || e.altKey) && draft.flush()}
        onBlur={draft.flush}
      />
    </div>
  );
});
