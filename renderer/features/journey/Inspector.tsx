import { useDeferredValue, useMemo } from "react";
import { plural } from "../../../shared/workshop/plural";
import { edit } from "../../store/workshop-store";
import { StageInspector } from "./StageInspector";
import { useJourneySelection } from "./selection";
import { TransitionInspector } from "./TransitionInspector";

/** What the panel holds for a selection: one stage's or transition's form, or what several things share. */
function panelFor(stageIds: readonly string[], transitionIds: readonly string[]) {
  if (stageIds.length === 1 && transitionIds.length === 0) return <StageInspector stageId={stageIds[0] as string} />;
  if (transitionIds.length === 1 && stageIds.length === 0)
    return <TransitionInspector transitionId={transitionIds[0] as string} />;
  return (
    <section className="inspector" aria-label="Selection">
      <h2>Selected</h2>
      <p>
        {[
          stageIds.length && plural(stageIds.length, "stage"),
          transitionIds.length && plural(transitionIds.length, "transition"),
        ]
          .filter(Boolean)
          .join(" and ")}
      </p>
      <p className="muted">Drag one of them to move them all.</p>
      <button
        type="button"
        className="btn btn-danger"
        onClick={() => {
          if (edit("removeFromJourney", { stageIds, transitionIds }).ok) useJourneySelection.getState().clear();
        }}
      >
        Remove them
      </button>
    </section>
  );
}

/**
 * The panel beside the map for whatever is selected: one stage, one transition, or several things.
 * It follows the selection a moment later (a deferred value): the stage just added, or clicked, shows
 * on the map in the next frame, and the panel's form (a stage's has a list of every other stage) is
 * drawn when React has time for it. A field to focus in it waits for it: see focusInInspector.
 */
export function Inspector() {
  const selectedStages = useJourneySelection((s) => s.stageIds);
  const selectedTransitions = useJourneySelection((s) => s.transitionIds);
  const stageIds = useDeferredValue(selectedStages);
  const transitionIds = useDeferredValue(selectedTransitions);
  // Made from the deferred selection alone: the urgent render gets the same element, and React skips the old form.
  const body = useMemo(() => panelFor(stageIds, transitionIds), [stageIds, transitionIds]);
  // Let go of (Escape, a removal): gone at once, not shown stale for a moment.
  if (selectedStages.length + selectedTransitions.length === 0) return null;
  if (stageIds.length + transitionIds.length === 0) return null;
  return <aside className="journey-inspector">{body}</aside>;
}
