import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getSmoothStepPath } from "@xyflow/react";
import { memo } from "react";
import { wrapLaneY } from "../../../shared/journey/lanes";
import { HANDOFF_LABEL_WIDTH } from "../../../shared/journey/layout";
import { handoffLabel, splitHandoffLabel } from "../../../shared/journey/wording";
import { transitionOf } from "../../store/selectors";
import { useWorkshopStore } from "../../store/workshop-store";
import type { TransitionFlowEdge } from "./flow-elements";
import { useJourneySelection } from "./selection";

/** Wide enough to grab with a mouse on a projector laptop. */
const INTERACTION_WIDTH = 28;
/** Line left in sight between a label across the line and each handle, arrowhead included. */
const LABEL_MARGIN = 30;

const NARROW_LABEL = 156;

/**
 * Where a handoff's label goes: on a straight line with room (as "Arrange"
 * leaves it), across the line, as wide as the gap allows; otherwise narrow,
 * just above the line, so the line and both handles stay in sight.
 */
export function handoffLabelPlacement(
  x: number,
  y: number,
  sourceX: number,
  sourceY: number,
  targetX: number,
  targetY: number,
) {
  const gap = targetX - sourceX - 2 * LABEL_MARGIN;
  if (Math.abs(sourceY - targetY) < 1 && gap >= NARROW_LABEL) {
    const width = Math.min(gap, HANDOFF_LABEL_WIDTH);
    return { narrow: false, style: { width, transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` } };
  }
  return {
    narrow: true,
    style: { width: NARROW_LABEL, transform: `translate(-50%, -100%) translate(${x}px, ${y - 12}px)` },
  };
}

function HandoffLabel({
  transitionId,
  placement,
}: {
  transitionId: string;
  placement: ReturnType<typeof handoffLabelPlacement>;
}) {
  const text = useWorkshopStore((s) => {
    const t = transitionOf(s, transitionId);
    return t ? handoffLabel(t) : "";
  });
  // The SLA is what the room argues about from the back: it gets the big line; the trigger is clamped below it.
  const [trigger, sla] = splitHandoffLabel(text);
  return (
    <EdgeLabelRenderer>
      <button
        type="button"
        className={`transition-label nodrag nopan${placement.narrow ? " transition-label-narrow" : ""}`}
        title={text}
        style={placement.style}
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
  const { id, source, target, sourceX, sourceY, targetX, targetY, markerEnd, selected } = props;
  const handoff = useWorkshopStore((s) => transitionOf(s, id)?.handoff ?? false);
  // Only a line going back left (down to the next row) needs its lane worked out.
  const wraps = targetX < sourceX && targetY > sourceY;
  const centerY = useWorkshopStore((s) => (wraps && s.workshop ? wrapLaneY(s.workshop.stages, source, target) : null));
  const [path, labelX, labelY] = getSmoothStepPath({
    ...props,
    ...(centerY === null ? {} : { centerY }),
    borderRadius: 16,
  });
  const className = `transition${handoff ? " transition-handoff" : ""}${selected ? " transition-selected" : ""}`;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={className} interactionWidth={INTERACTION_WIDTH} />
      {handoff && (
        <HandoffLabel
          transitionId={id}
          placement={handoffLabelPlacement(labelX, labelY, sourceX, sourceY, targetX, targetY)}
        />
      )}
    </>
  );
});
