import { useShallow } from "zustand/react/shallow";
import { updateStage } from "../../../shared/workshop/stages";
import { updateTransition } from "../../../shared/workshop/transitions";
import { useWorkshopStore } from "../../store/workshop-store";
import { OwnerFields } from "../../ui/OwnerFields";
import { SlaFields } from "../../ui/SlaFields";

/** The handoff leaving this stage: its trigger, SLA and what happens when the next team rejects the buyer. */
function Handoff({ transitionId }: { transitionId: string }) {
  const transition = useWorkshopStore((s) => s.workshop?.transitions.find((t) => t.id === transitionId));
  const target = useWorkshopStore((s) => s.workshop?.stages.find((st) => st.id === transition?.to)?.name ?? "");
  const apply = useWorkshopStore((s) => s.apply);
  if (!transition) return null;
  const key = (field: string) => `transition.${transitionId}.${field}`;
  return (
    <fieldset className="handoff">
      <legend>Handoff to {target}</legend>
      <label className="field">
        <span>Handoff trigger</span>
        <input
          value={transition.trigger}
          onChange={(e) => apply((w) => updateTransition(w, transitionId, { trigger: e.target.value }), key("trigger"))}
        />
      </label>
      <SlaFields transitionId={transitionId} />
      <label className="field">
        <span>Rejection / recycle rule</span>
        <input
          value={transition.onReject ?? ""}
          onChange={(e) =>
            apply((w) => updateTransition(w, transitionId, { onReject: e.target.value || null }), key("onReject"))
          }
        />
      </label>
    </fieldset>
  );
}

/** For a stage's term the agreement also says who owns the stage and how the buyer is handed on. */
export function StageHandoff({ stageId }: { stageId: string }) {
  const owner = useWorkshopStore((s) => s.workshop?.stages.find((st) => st.id === stageId)?.owner);
  const outgoing = useWorkshopStore(
    useShallow((s) => s.workshop?.transitions.filter((t) => t.from === stageId).map((t) => t.id) ?? []),
  );
  const apply = useWorkshopStore((s) => s.apply);
  if (!owner) return null;
  return (
    <div className="stage-handoff">
      <OwnerFields
        owner={owner}
        rolePlaceholder="e.g. SDR team lead"
        coalesceKey={`stage.${stageId}.role`}
        onChange={(patch, key) => apply((w) => updateStage(w, stageId, { owner: patch }), key)}
      />
      {outgoing.length === 0 ? (
        <p className="muted">
          This stage has no outgoing transition yet: draw one on the journey map to set its handoff.
        </p>
      ) : (
        outgoing.map((id) => <Handoff key={id} transitionId={id} />)
      )}
    </div>
  );
}
