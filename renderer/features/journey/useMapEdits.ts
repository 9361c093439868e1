import { type Connection, type Edge, type Node, type OnBeforeDelete, useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import { addStageAfter, removeFromJourney } from "../../../shared/journey/edit";
import { GRID, RANK_GAP, STAGE_HEIGHT, STAGE_WIDTH } from "../../../shared/journey/layout";
import { spotAfter } from "../../../shared/journey/neighbour";
import { addStage, moveStages, type Position } from "../../../shared/workshop/stages";
import { connectStages, reconnectTransition } from "../../../shared/workshop/transitions";
import { useWorkshopStore } from "../../store/workshop-store";
import { revealStage } from "./reveal";
import { useJourneySelection } from "./selection";

const snap = (n: number) => Math.round(n / GRID) * GRID;

/** Every change the map makes to the journey, each one shared/ operation through `apply`. */
export function useMapEdits(endDrag: () => void) {
  const apply = useWorkshopStore((s) => s.apply);
  const flow = useReactFlow();

  /** Adds a stage (after the one selected, if just one is) and starts typing its name. */
  const addStageAt = useCallback(
    (at?: Position) => {
      const w = useWorkshopStore.getState().workshop;
      if (!w) return;
      const selected = useJourneySelection.getState().stageIds;
      const previous = selected.length === 1 ? w.stages.find((s) => s.id === selected[0]) : undefined;
      const centre = flow.screenToFlowPosition(at ?? viewportCentre());
      const position = previous
        ? spotAfter(w.stages, previous.position, { width: STAGE_WIDTH, height: STAGE_HEIGHT, gap: RANK_GAP })
        : { x: snap(centre.x - STAGE_WIDTH / 2), y: snap(centre.y - STAGE_HEIGHT / 2) };
      const applied =
        previous && !at
          ? apply((doc) => addStageAfter(doc, previous.id, { position }))
          : apply((doc) => addStage(doc, { position }));
      const added = useWorkshopStore.getState().workshop?.stages.at(-1);
      if (applied && added) {
        useJourneySelection.getState().select({ stageIds: [added.id] });
        useJourneySelection.getState().rename(added.id);
        revealStage(flow, added.position);
      }
    },
    [apply, flow],
  );

  const onConnect = useCallback((c: Connection) => apply((w) => connectStages(w, c.source, c.target)), [apply]);

  const onReconnect = useCallback(
    (old: Edge, c: Connection) => apply((w) => reconnectTransition(w, old.id, { from: c.source, to: c.target })),
    [apply],
  );

  // React Flow asks before deleting; the journey deletes through its own operation, in one undo step.
  const onBeforeDelete: OnBeforeDelete = useCallback(
    async ({ nodes, edges }) => {
      const stageIds = nodes.map((n) => n.id);
      const transitionIds = edges.map((e) => e.id);
      if (apply((w) => removeFromJourney(w, { stageIds, transitionIds }))) useJourneySelection.getState().clear();
      return false;
    },
    [apply],
  );

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: Node, nodes: Node[]) => {
      const positions = Object.fromEntries(nodes.map((n) => [n.id, { x: n.position.x, y: n.position.y }]));
      apply((w) => moveStages(w, positions));
      endDrag();
    },
    [apply, endDrag],
  );

  return { addStageAt, onConnect, onReconnect, onBeforeDelete, onNodeDragStop };
}

function viewportCentre() {
  const box = document.querySelector(".journey-canvas .react-flow")?.getBoundingClientRect();
  return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : { x: 400, y: 300 };
}
