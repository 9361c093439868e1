import { useDeferredValue } from "react";
import { plural } from "../../../shared/workshop/plural";
import { edit } from "../../store/workshop-store";
import { StageInspector } from "./StageInspector";
import { useJourneySelection } from "./selection";
import { TransitionInspector } from "./TransitionInspector";

/**
 * The panel beside the map for whatever is selected: one stage, one transition, or several things.
 * It follows the selection a moment later (a deferred value): the stage just added, or clicked, shows
 * on the map in the next frame, and the panel's form (a stage's has a list of every other stage) is
 * drawn when React has time for it. A field to focus in it waits for it: see focusInInspector.
 */
export function Inspector() {
  const stageIds = useDeferredValue(useJourneySelection((s) => s.stageIds));
  const transitionIds = useDeferredValue(useJourneySelection((s) => s.transitionIds));
  const count = stageIds.length + transitionIds.length;
  if (count === 0) return null;
  let body = null;
  if (stageIds.length === 1 && transitionIds.length === 0) body = <StageInspector stageId={stageIds[0] as string} />;
  else if (transitionIds.length === 1 && stageIds.length === 0)
    body = <TransitionInspector transitionId={transitionIds[0] as string} />;
  else
    body = (
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
  return <aside className="journey-inspector">{body}</aside>;
}
