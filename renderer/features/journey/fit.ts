import type { ReactFlowInstance } from "@xyflow/react";
import { fitViewport, journeyBounds } from "../../../shared/journey/fit";
import { useWorkshopStore } from "../../store/workshop-store";

// Room on the left for the zoom buttons, so no stage sits under them.
const PADDING = { top: 20, bottom: 20, left: 100, right: 48 };
const MAX_ZOOM = 1.25;

/**
 * "Fit to screen": the whole journey, its handles and handoff labels
 * included, in the part of the map the inspector leaves uncovered.
 */
export function fitJourney(flow: ReactFlowInstance, minZoom = 0.1): Promise<boolean> {
  const w = useWorkshopStore.getState().workshop;
  const map = document.querySelector(".journey-canvas .react-flow")?.getBoundingClientRect();
  const bounds = w ? journeyBounds(w.stages, w.transitions) : null;
  if (!map || !bounds) return flow.fitView({ maxZoom: MAX_ZOOM });
  const inspector = document.querySelector(".journey-inspector")?.getBoundingClientRect();
  const covered = inspector && inspector.left < map.right ? map.right - Math.max(inspector.left, map.left) : 0;
  const viewport = fitViewport(bounds, {
    width: map.width,
    height: map.height,
    padding: { ...PADDING, right: PADDING.right + covered },
    minZoom,
    maxZoom: MAX_ZOOM,
  });
  return flow.setViewport(viewport);
}
