import { BaseEdge, type EdgeProps, getSmoothStepPath, type ReactFlowState, useStore } from "@xyflow/react";
import { memo, type ReactNode, useMemo } from "react";
import { createPortal } from "react-dom";
import { type LabelSpot, labelSpotsOf } from "../../../shared/journey/label-spots";
import { wrapLaneY } from "../../../shared/journey/lanes";
import { handoffLabel, splitHandoffLabel } from "../../../shared/journey/wording";
import { transitionOf } from "../../store/selectors";
import { useWorkshopStore } from "../../store/workshop-store";
import type { TransitionFlowEdge } from "./flow-elements";
import { useJourneySelection } from "./selection";

/** Wide enough to grab with a mouse on a projector laptop. */
const INTERACTION_WIDTH = 28;
/**
 * Where the label's box goes, in the map's coordinates: centred on its spot,
 * which follows the line's ends. The spot is a point the label is centred
 * on by layout (journey.css), not by a transform: a transform on each label
 * is one more piece the browser sorts on every frame of a pan.
 */
function placementOf(spot: LabelSpot, sourceX: number, sourceY: number, targetX: number, targetY: number) {
  return {
    narrow: spot.narrow,
    at: { left: (sourceX + targetX) / 2 + spot.dx, top: (sourceY + targetY) / 2 + spot.dy },
    style: { width: spot.width },
  };
}

const domNodeOf = (s: ReactFlowState) => s.domNode;

/**
 * React Flow's EdgeLabelRenderer, with its layer looked up once: that one
 * searches the map's DOM for the layer on every change to the map's state, so
 * a journey with 60 handoff labels ran 60 querySelector calls in every frame
 * of a pan or zoom.
 */
function LabelLayer({ children }: { children: ReactNode }) {
  const map = useStore(domNodeOf);
  const layer = useMemo(() => map?.querySelector(".react-flow__edgelabel-renderer") ?? null, [map]);
  return layer ? createPortal(children, layer) : null;
}

function HandoffLabel({
  transitionId,
  placement,
}: {
  transitionId: string;
  placement: ReturnType<typeof placementOf>;
}) {
  const text = useWorkshopStore((s) => {
    const t = transitionOf(s, transitionId);
    return t ? handoffLabel(t) : "";
  });
  // The SLA is what the room argues about from the back: it gets the big line; the trigger is clamped below it.
  const [trigger, sla] = splitHandoffLabel(text);
  return (
    <LabelLayer>
      {/* Named with aria-label, not a visually hidden "Handoff: " inside: that clipped 1-pixel box made the
          browser paint the whole map again at every step of a zoom. The name holds the visible words as they
          read, the space between the two lines included (it takes no room between flex items). */}
      <div className="transition-label-spot" style={placement.at}>
        <button
          type="button"
          className={`transition-label nodrag nopan${placement.narrow ? " transition-label-narrow" : ""}`}
          aria-label={`Handoff: ${sla} ${trigger}`}
          title={text}
          style={placement.style}
          onClick={() => useJourneySelection.getState().select({ transitionIds: [transitionId] })}
        >
          <span className="transition-label-sla">{sla}</span>{" "}
          <span className="transition-label-trigger">{trigger}</span>
        </button>
      </div>
    </LabelLayer>
  );
}

/** A transition; a handoff is drawn thicker and dashed, and says its trigger and SLA. */
export const TransitionEdge = memo(function TransitionEdge(props: EdgeProps<TransitionFlowEdge>) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, markerEnd, selected } = props;
  const handoff = useWorkshopStore((s) => transitionOf(s, id)?.handoff ?? false);
  // Only a line going back left (down to the next row) needs its lane worked out.
  const wraps = targetX < sourceX && targetY > sourceY;
  const centerY = useWorkshopStore((s) => (wraps && s.workshop ? wrapLaneY(s.workshop.stages, source, target) : null));
  // Worked out for all labels at once, so none lands on a stage or on another label.
  const spot = useWorkshopStore((s) =>
    handoff && s.workshop ? labelSpotsOf(s.workshop.stages, s.workshop.transitions).get(id) : undefined,
  );
  const [path] = getSmoothStepPath({
    ...props,
    ...(centerY === null ? {} : { centerY }),
    borderRadius: 16,
  });
  const className = `transition${handoff ? " transition-handoff" : ""}${selected ? " transition-selected" : ""}`;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={className} interactionWidth={INTERACTION_WIDTH} />
      {handoff && spot && (
        <HandoffLabel transitionId={id} placement={placementOf(spot, sourceX, sourceY, targetX, targetY)} />
      )}
    </>
  );
});
