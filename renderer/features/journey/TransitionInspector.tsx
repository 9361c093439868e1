import type { TransitionPatch } from "../../../shared/workshop/transitions";
import { stageOf, useTransition } from "../../store/selectors";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { OwnerFields } from "../../ui/OwnerFields";
import { SlaFields } from "../../ui/SlaFields";
import { useJourneySelection } from "./selection";
import { NO_DRAG, useMapEdits } from "./useMapEdits";

export function TransitionInspector({ transitionId }: { transitionId: string }) {
  const transition = useTransition(transitionId);
  const from = useWorkshopStore((s) => stageOf(s, transition?.from)?.name);
  const to = useWorkshopStore((s) => stageOf(s, transition?.to)?.name);
  const { insertStageOn } = useMapEdits(NO_DRAG);
  if (!transition) return null;
  const update = (patch: TransitionPatch) => edit("updateTransition", transitionId, patch);
  return (
    <section className="inspector" data-for={transitionId} aria-label={`Transition from ${from} to ${to}`}>
      <h2>
        {from} → {to}
      </h2>
      <label className="inspector-check">
        <input type="checkbox" checked={transition.handoff} onChange={(e) => update({ handoff: e.target.checked })} />
        Handoff: the buyer passes to another team here
      </label>
      <label className="field" data-field="trigger">
        <span>Trigger</span>
        <textarea
          rows={2}
          value={transition.trigger}
          placeholder="What makes the buyer move on?"
          onChange={(e) => update({ trigger: e.target.value })}
        />
      </label>
      <div data-field="owner">
        <OwnerFields owner={transition.owner} onChange={(owner) => update({ owner })} />
      </div>
      <div data-field="sla">
        <SlaFields transitionId={transitionId} />
      </div>
      <label className="field">
        <span>On rejection</span>
        <textarea
          rows={3}
          value={transition.onReject ?? ""}
          placeholder="What happens when the next team rejects the buyer?"
          onChange={(e) => update({ onReject: e.target.value.trim() === "" ? null : e.target.value })}
        />
      </label>
      <div className="inspector-actions">
        <button type="button" className="btn" onClick={() => insertStageOn(transitionId)}>
          Insert a stage between
        </button>
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => {
            if (edit("removeFromJourney", { transitionIds: [transitionId] }).ok) useJourneySelection.getState().clear();
          }}
        >
          Remove transition
        </button>
      </div>
    </section>
  );
}
