import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getSmoothStepPath } from "@xyflow/react";
import { memo } from "react";
import { handoffLabel, splitHandoffLabel } from "../../../shared/journey/wording";
import { useWorkshopStore } from "../../store/workshop-store";
import type { TransitionFlowEdge } from "./flow-elements";
import { useJourneySelection } from "./selection";

/** Wide enough to grab with a mouse on a projector laptop. */
const INTERACTION_WIDTH = 28;

function HandoffLabel({ transitionId, x, y }: { transitionId: string; x: number; y: number }) {
  const text = useWorkshopStore((s) => {
    const t = s.workshop?.transitions.find((x) => x.id === transitionId);
    return t ? handoffLabel(t) : "";
  });
  // The SLA is what the room argues about from the back: it gets the big line; the trigger is clamped below it.
  const [trigger, sla] = splitHandoffLabel(text);
  // Above the line, so the dashed handoff line and both handles stay in sight.
  return (
    <EdgeLabelRenderer>
      <button
        type="button"
        className="transition-label nodrag nopan"
        title={text}
        style={{ transform: `translate(-50%, -100%) translate(${x}px, ${y - 12}px)` }}
        onClick={() => useJourneySelection.getState().select({ transitionIds: [transitionId] })}
      >
        <span className="visually-hidden">Handoff: </span>
        <span className="transition-label-sla">{sla}</span>
        <span className="transition-label-trigger">{trigger}</span>
      </button>
    </EdgeLabelRenderer>
  );
}

/** A transition; a handoff is drawn thicker and dashed, and says its trigger and SLA. */
export const TransitionEdge = memo(function TransitionEdge(props: EdgeProps<TransitionFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected } = props;
  const handoff = useWorkshopStore((s) => s.workshop?.transitions.find((t) => t.id === id)?.handoff ?? false);
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 16,
  });
  const className = `transition${handoff ? " transition-handoff" : ""}${selected ? " transition-selected" : ""}`;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={className} interactionWidth={INTERACTION_WIDTH} />
      {handoff && <HandoffLabel transitionId={id} x={labelX} y={labelY} />}
    </>
  );
});
