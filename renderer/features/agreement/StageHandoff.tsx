import { useShallow } from "zustand/react/shallow";
import { stageOf, useStage, useTransition } from "../../store/selectors";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { OwnerFields } from "../../ui/OwnerFields";
import { SlaFields } from "../../ui/SlaFields";

/** The handoff leaving this stage: its trigger, SLA and what happens when the next team rejects the buyer. */
function Handoff({ transitionId }: { transitionId: string }) {
  const transition = useTransition(transitionId);
  const target = useWorkshopStore((s) => stageOf(s, transition?.to)?.name ?? "");
  if (!transition) return null;
  return (
    <fieldset className="handoff">
      <legend>Handoff to {target}</legend>
      <label className="field">
        <span>Handoff trigger</span>
        <textarea
          rows={2}
          value={transition.trigger}
          onChange={(e) => edit("updateTransition", transitionId, { trigger: e.target.value })}
        />
      </label>
      <SlaFields transitionId={transitionId} />
      <label className="field">
        <span>Rejection / recycle rule</span>
        {/* A rule is a sentence or two ("back to nurture with a reason code…"): it is read whole, not scrolled in one line. */}
        <textarea
          rows={3}
          value={transition.onReject ?? ""}
          onChange={(e) => edit("updateTransition", transitionId, { onReject: e.target.value || null })}
        />
      </label>
    </fieldset>
  );
}

/** For a stage's term the agreement also says who owns the stage and how the buyer is handed on. */
export function StageHandoff({ stageId }: { stageId: string }) {
  const owner = useStage(stageId)?.owner;
  const outgoing = useWorkshopStore(
    useShallow((s) => s.workshop?.transitions.filter((t) => t.from === stageId).map((t) => t.id) ?? []),
  );
  if (!owner) return null;
  return (
    <div className="stage-handoff">
      <OwnerFields
        owner={owner}
        rolePlaceholder="e.g. SDR team lead"
        onChange={(patch) => edit("updateStage", stageId, { owner: patch })}
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
