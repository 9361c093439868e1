import { type Connection, type Edge, type Node, type OnBeforeDelete, useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import { GRID, RANK_GAP, STAGE_HEIGHT, STAGE_WIDTH } from "../../../shared/journey/layout";
import { freeSpotNear, spotAfter } from "../../../shared/journey/neighbour";
import { byId } from "../../../shared/workshop/locate";
import type { Position } from "../../../shared/workshop/stages";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { revealStage } from "./reveal";
import { useJourneySelection } from "./selection";

const snap = (n: number) => Math.round(n / GRID) * GRID;

/** For callers outside the canvas, where no drag is ever under way. */
export const NO_DRAG = () => {};

/** Every change the map makes to the journey, each one shared/ operation through the write contract. */
export function useMapEdits(endDrag: () => void) {
  const flow = useReactFlow();

  /** Adds a stage (after the one selected, if just one is) and starts typing its name. */
  const addStageAt = useCallback(
    (at?: Position) => {
      const w = useWorkshopStore.getState().workshop;
      if (!w) return;
      const selected = useJourneySelection.getState().stageIds;
      const [only] = selected;
      const previous = selected.length === 1 && only ? byId(w.stages, only) : undefined;
      const centre = flow.screenToFlowPosition(at ?? viewportCentre());
      const position = previous
        ? spotAfter(w.stages, previous.position, { width: STAGE_WIDTH, height: STAGE_HEIGHT, gap: RANK_GAP })
        : freeSpotNear(
            w.stages,
            { x: snap(centre.x - STAGE_WIDTH / 2), y: snap(centre.y - STAGE_HEIGHT / 2) },
            { width: STAGE_WIDTH, height: STAGE_HEIGHT, gap: RANK_GAP },
          );
      const added = previous && !at ? edit("addStageAfter", previous.id, { position }) : edit("addStage", { position });
      if (added.ok) {
        useJourneySelection.getState().select({ stageIds: [added.value] });
        useJourneySelection.getState().rename(added.value);
        revealStage(flow, position);
      }
    },
    [flow],
  );

  /** Puts a new stage halfway along a transition, rewired A → new → B, and starts typing its name. */
  const insertStageOn = useCallback(
    (transitionId: string) => {
      const w = useWorkshopStore.getState().workshop;
      const t = w ? byId(w.transitions, transitionId) : undefined;
      const from = w && t ? byId(w.stages, t.from) : undefined;
      const to = w && t ? byId(w.stages, t.to) : undefined;
      if (!w || !from || !to) return;
      const halfway = {
        x: snap((from.position.x + to.position.x) / 2),
        y: snap((from.position.y + to.position.y) / 2),
      };
      const position = freeSpotNear(w.stages, halfway, { width: STAGE_WIDTH, height: STAGE_HEIGHT, gap: RANK_GAP });
      const added = edit("insertStageOn", transitionId, { position });
      if (added.ok) {
        useJourneySelection.getState().select({ stageIds: [added.value] });
        useJourneySelection.getState().rename(added.value);
        revealStage(flow, position);
      }
    },
    [flow],
  );

  const onConnect = useCallback((c: Connection) => edit("connectStages", c.source, c.target), []);

  const onReconnect = useCallback(
    (old: Edge, c: Connection) => edit("reconnectTransition", old.id, { from: c.source, to: c.target }),
    [],
  );

  // React Flow asks before deleting; the journey deletes through its own operation, in one undo step.
  const onBeforeDelete: OnBeforeDelete = useCallback(async ({ nodes, edges }) => {
    const stageIds = nodes.map((n) => n.id);
    const transitionIds = edges.map((e) => e.id);
    if (edit("removeFromJourney", { stageIds, transitionIds }).ok) useJourneySelection.getState().clear();
    return false;
  }, []);

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: Node, nodes: Node[]) => {
      const positions = Object.fromEntries(nodes.map((n) => [n.id, { x: n.position.x, y: n.position.y }]));
      edit("moveStages", positions);
      endDrag();
    },
    [endDrag],
  );

  return { addStageAt, insertStageOn, onConnect, onReconnect, onBeforeDelete, onNodeDragStop };
}

function viewportCentre() {
  const box = document.querySelector(".journey-canvas .react-flow")?.getBoundingClientRect();
  return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : { x: 400, y: 300 };
}
