import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useEffect } from "react";
import { byId } from "../../../shared/workshop/locate";
import type { Workshop } from "../../../shared/workshop/model";
import type { Position } from "../../../shared/workshop/stages";
import { useRouteTarget } from "../../app/route";
import { useWorkshopStore } from "../../store/workshop-store";
import { focusInInspector, focusStage, revealStage } from "./reveal";
import { useJourneySelection } from "./selection";

interface Place {
  stageIds: string[];
  transitionIds: string[];
  /** Where to pan: a stage's corner, or for a transition the point between its two stages' corners. */
  position: Position;
  /** The stage to give the keyboard to; transitions are not focusable on this map. */
  focus: string | null;
}

function placeOf(w: Workshop | null, id: string): Place | null {
  if (!w) return null;
  const stage = byId(w.stages, id);
  if (stage) return { stageIds: [id], transitionIds: [], position: stage.position, focus: id };
  const transition = byId(w.transitions, id);
  const from = transition && byId(w.stages, transition.from);
  const to = transition && byId(w.stages, transition.to);
  if (!from || !to) return null;
  const position = { x: (from.position.x + to.position.x) / 2, y: (from.position.y + to.position.y) / 2 };
  return { stageIds: [], transitionIds: [id], position, focus: null };
}

function focusField(id: string, field: string): void {
  const holder = (inspector: HTMLElement) =>
    inspector.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
  focusInInspector(
    id,
    (inspector) => holder(inspector)?.querySelector<HTMLElement>("textarea, input, select") ?? null,
    (input) => input.closest<HTMLElement>("[data-field]")?.scrollIntoView?.({ block: "nearest" }),
  );
}

/**
 * A link to a stage or transition selects it (opening its inspector) and
 * pans it into view. Ids no longer on the map are ignored.
 */
export function useJourneyTarget() {
  const target = useRouteTarget();
  const flow = useReactFlow();
  const store = useStoreApi();

  useEffect(() => {
    const place = target && placeOf(useWorkshopStore.getState().workshop, target.id);
    if (!place) return;
    useJourneySelection.getState().select(place);
    const field = target.field;
    const reveal = () => {
      revealStage(flow, place.position);
      // A link that names a field (a readiness gap: "has no trigger") lands the keyboard in it, in the inspector.
      if (field) focusField(target.id, field);
      else if (place.focus) focusStage(place.focus);
    };
    // On opening, the map is fitted once React Flow has measured the nodes, which would undo an earlier pan.
    // Asking for that same queued fit (fitView reuses it) gives a promise that lets the pan come after it.
    const { fitViewQueued, fitViewOptions } = store.getState();
    if (fitViewQueued) void flow.fitView(fitViewOptions).then(reveal);
    else reveal();
  }, [target, flow, store]);
}
