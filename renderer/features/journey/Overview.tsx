import { MiniMap, type Node, type ReactFlowState, useStore } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useState } from "react";
import { STAGE_HEIGHT, STAGE_WIDTH } from "../../../shared/journey/layout";
import { byId } from "../../../shared/workshop/locate";
import { useWorkshopStore } from "../../store/workshop-store";
import { isLargeJourney } from "./flow-elements";

const NO_STAGES: never[] = [];

function minimapColour(node: Node): string {
  const w = useWorkshopStore.getState().workshop;
  const teamId = w ? byId(w.stages, node.id)?.owner.teamId : null;
  return (w && teamId && byId(w.teams, teamId)?.colour) || "#6b7280";
}

/** True at once, or (for a large journey, whose overview draws every stage) from the frame after the map shows. */
function useShownAfterPaint(atOnce: boolean): boolean {
  const [shown, setShown] = useState(atOnce);
  useEffect(() => {
    if (shown) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown]);
  return shown;
}

/**
 * The minimap, shown only while part of the journey is off screen: when the
 * whole journey is in view it would just cover a stage.
 */
export function Overview() {
  const stages = useWorkshopStore((s) => s.workshop?.stages ?? NO_STAGES);
  const shown = useShownAfterPaint(!isLargeJourney(stages.length));
  const bounds = useMemo(() => {
    if (stages.length === 0) return null;
    const xs = stages.map((s) => s.position.x);
    const ys = stages.map((s) => s.position.y);
    return {
      left: Math.min(...xs),
      top: Math.min(...ys),
      right: Math.max(...xs) + STAGE_WIDTH,
      bottom: Math.max(...ys) + STAGE_HEIGHT,
    };
  }, [stages]);
  const offScreen = useStore(
    useCallback(
      (s: ReactFlowState) => {
        if (!bounds) return false;
        const [x, y, zoom] = s.transform;
        const view = { left: -x / zoom, top: -y / zoom, right: (s.width - x) / zoom, bottom: (s.height - y) / zoom };
        return (
          bounds.left < view.left || bounds.top < view.top || bounds.right > view.right || bounds.bottom > view.bottom
        );
      },
      [bounds],
    ),
  );
  if (!offScreen || !shown) return null;
  return (
    <MiniMap nodeColor={minimapColour} nodeStrokeWidth={3} pannable zoomable ariaLabel="Overview of the journey" />
  );
}
