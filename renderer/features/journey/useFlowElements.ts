import type { Edge, EdgeChange, Node, NodeChange } from "@xyflow/react";
import { useCallback, useMemo, useRef, useState } from "react";
import type { Position } from "../../../shared/workshop/stages";
import { useWorkshopStore } from "../../store/workshop-store";
import { type StageFlowNode, stageNodes, type TransitionFlowEdge, transitionEdges } from "./flow-elements";
import { useJourneySelection } from "./selection";

const NO_STAGES: never[] = [];

function toggled(current: readonly string[], changes: { id: string; selected: boolean }[]): readonly string[] {
  const next = new Set(current);
  for (const c of changes) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  return next.size === current.length && current.every((id) => next.has(id)) ? current : [...next];
}

/**
 * The map's nodes and edges, derived from the document. Only a drag in
 * progress lives here (React Flow moves nodes every frame); the drop is one
 * `moveStages` edit.
 */
export function useFlowElements() {
  const stages = useWorkshopStore((s) => s.workshop?.stages ?? NO_STAGES);
  const transitions = useWorkshopStore((s) => s.workshop?.transitions ?? NO_STAGES);
  const selectedStages = useJourneySelection((s) => s.stageIds);
  const selectedTransitions = useJourneySelection((s) => s.transitionIds);
  const [dragged, setDragged] = useState<Readonly<Record<string, Position>>>({});
  const nodeCache = useRef(new Map<string, StageFlowNode>()).current;
  const edgeCache = useRef(new Map<string, TransitionFlowEdge>()).current;

  const nodes = useMemo(
    () => stageNodes(stages, new Set(selectedStages), dragged, nodeCache),
    [stages, selectedStages, dragged, nodeCache],
  );
  const lastEdges = useRef<TransitionFlowEdge[]>([]);
  const edges = useMemo(() => {
    const names = new Map(stages.map((s) => [s.id, s.name]));
    const next = transitionEdges(transitions, new Set(selectedTransitions), edgeCache, (id) => names.get(id) ?? "");
    // Typing a stage's buyer words changes the stages, not the edges: the same array lets React Flow skip them all.
    const last = lastEdges.current;
    if (next.length === last.length && next.every((edge, i) => edge === last[i])) return last;
    lastEdges.current = next;
    return next;
  }, [transitions, stages, selectedTransitions, edgeCache]);

  const onNodesChange = useCallback((changes: NodeChange<Node>[]) => {
    const selects = changes.flatMap((c) => (c.type === "select" ? [c] : []));
    if (selects.length > 0) {
      const selection = useJourneySelection.getState();
      const stageIds = toggled(selection.stageIds, selects);
      if (stageIds !== selection.stageIds) selection.select({ stageIds, transitionIds: selection.transitionIds });
    }
    const moves = changes.flatMap((c) => (c.type === "position" && c.dragging && c.position ? [c] : []));
    if (moves.length > 0) {
      setDragged((current) => {
        const next = { ...current };
        for (const m of moves) next[m.id] = m.position as Position;
        return next;
      });
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<Edge>[]) => {
    const selects = changes.flatMap((c) => (c.type === "select" ? [c] : []));
    if (selects.length === 0) return;
    const selection = useJourneySelection.getState();
    const transitionIds = toggled(selection.transitionIds, selects);
    if (transitionIds !== selection.transitionIds) selection.select({ stageIds: selection.stageIds, transitionIds });
  }, []);

  const endDrag = useCallback(() => setDragged({}), []);
  return { nodes, edges, onNodesChange, onEdgesChange, endDrag };
}
