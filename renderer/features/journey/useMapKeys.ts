import { useReactFlow } from "@xyflow/react";
import { type KeyboardEvent, useCallback } from "react";
import { type Direction, neighbourOf } from "../../../shared/journey/neighbour";
import { byId } from "../../../shared/workshop/locate";
import { isTyping } from "../../commands/typing";
import { useWorkshopStore } from "../../store/workshop-store";
import { focusStage, revealStage } from "./reveal";
import { useJourneySelection } from "./selection";

const ARROWS: Record<string, Direction> = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down" };

/**
 * The facilitator's keys on the map: arrows go from stage to stage, Enter or
 * F2 renames, Escape lets go. Delete and Backspace are React Flow's own,
 * routed to removeFromJourney; N (add a stage) is the view's command, bound
 * by the toolbar, so it works wherever the keyboard is on this view.
 */
export function useMapKeys() {
  const flow = useReactFlow();
  return useCallback(
    (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const selection = useJourneySelection.getState();
      const stages = useWorkshopStore.getState().workshop?.stages ?? [];
      const current = selection.stageIds.at(-1);
      const direction = ARROWS[e.key];
      if (direction) {
        e.preventDefault();
        const next = current ? neighbourOf(stages, current, direction) : stages[0]?.id;
        const stage = next ? byId(stages, next) : undefined;
        if (!stage) return;
        selection.select({ stageIds: [stage.id] });
        focusStage(stage.id);
        revealStage(flow, stage.position);
      } else if ((e.key === "Enter" || e.key === "F2") && current && selection.stageIds.length === 1) {
        e.preventDefault();
        selection.rename(current);
      } else if (e.key === "Escape") {
        selection.clear();
      }
    },
    [flow],
  );
}
