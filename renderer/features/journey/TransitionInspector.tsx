import { removeFromJourney } from "../../../shared/journey/edit";
import { type TransitionPatch, updateTransition } from "../../../shared/workshop/transitions";
import { useWorkshopStore } from "../../store/workshop-store";
import { OwnerFields } from "../../ui/OwnerFields";
import { SlaFields } from "../../ui/SlaFields";
import { useJourneySelection } from "./selection";

export function TransitionInspector({ transitionId }: { transitionId: string }) {
  const transition = useWorkshopStore((s) => s.workshop?.transitions.find((t) => t.id === transitionId));
  const from = useWorkshopStore((s) => s.workshop?.stages.find((x) => x.id === transition?.from)?.name);
  const to = useWorkshopStore((s) => s.workshop?.stages.find((x) => x.id === transition?.to)?.name);
  const apply = useWorkshopStore((s) => s.apply);
  if (!transition) return null;
  const update = (patch: TransitionPatch, key?: string) => apply((w) => updateTransition(w, transitionId, patch), key);
  const key = (field: string) => `transition.${transitionId}.${field}`;
  return (
    <section className="inspector" aria-label={`Transition from ${from} to ${to}`}>
      <h2>
        {from} → {to}
      </h2>
      <label className="inspector-check">
        <input type="checkbox" checked={transition.handoff} onChange={(e) => update({ handoff: e.target.checked })} />
        Handoff: the buyer passes to another team here
      </label>
      <label className="field">
        <span>Trigger</span>
        <textarea
          rows={2}
          value={transition.trigger}
          placeholder="What makes the buyer move on?"
          onChange={(e) => update({ trigger: e.target.value }, key("trigger"))}
        />
      </label>
      <OwnerFields owner={transition.owner} onChange={(owner, k) => update({ owner }, k)} coalesceKey={key("role")} />
      <SlaFields transitionId={transitionId} />
      <label className="field">
        <span>On rejection</span>
        <textarea
          rows={3}
          value={transition.onReject ?? ""}
          placeholder="What happens when the next team rejects the buyer?"
          onChange={(e) => update({ onReject: e.target.value.trim() === "" ? null : e.target.value }, key("onReject"))}
        />
      </label>
      <button
        type="button"
        className="btn btn-danger"
        onClick={() => {
          if (apply((w) => removeFromJourney(w, { transitionIds: [transitionId] })))
            useJourneySelection.getState().clear();
        }}
      >
        Remove transition
      </button>
    </section>
  );
}
