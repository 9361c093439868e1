import { type Edge, MarkerType, type Node, type NodeHandle, Position as Side } from "@xyflow/react";
import { STAGE_HANDLE_BOXES, STAGE_HEIGHT, STAGE_WIDTH } from "../../../shared/journey/layout";
import type { Stage, Transition } from "../../../shared/workshop/model";
import type { Position } from "../../../shared/workshop/stages";

export type StageFlowNode = Node<Record<string, never>, "stage">;
export type TransitionFlowEdge = Edge<Record<string, never>, "transition">;

/**
 * A journey past this many stages opens at its start, readable, rather than
 * whole (the rest a pan away, and "Fit to screen" still shows it all), draws
 * only what is in view, and gets its overview after it shows: 2,000 stages
 * and 10,000 transitions would otherwise take seconds to draw at a size no
 * one can read.
 */
export const isLargeJourney = (stageCount: number) => stageCount > 500;

/** Shared by every node and edge, so their props stay equal and memoised components skip re-rendering. */
const NO_DATA: Record<string, never> = Object.freeze({}) as Record<string, never>;

/**
 * A stage's handles, declared: React Flow can then draw transitions and leave
 * out the stages off screen at once, instead of drawing every stage first to
 * measure it (2,000 of them on a large journey).
 */
const STAGE_HANDLES: NodeHandle[] = [
  { type: "target", position: Side.Left, ...STAGE_HANDLE_BOXES.target },
  { type: "source", position: Side.Right, ...STAGE_HANDLE_BOXES.source },
];

// Marker sizes are in stroke widths: 5 × a 4 px stroke is an arrowhead visible from the back of the room.
const ARROW = { type: MarkerType.ArrowClosed, width: 5, height: 5, color: "var(--journey-edge)" };
const HANDOFF_ARROW = { type: MarkerType.ArrowClosed, width: 4, height: 4, color: "var(--journey-handoff)" };

/**
 * React Flow nodes for the stages. A node object is reused while its
 * position and selection are unchanged, so renaming one stage re-renders
 * that stage alone (it reads its own name from the store).
 */
export function stageNodes(
  stages: readonly Stage[],
  selected: ReadonlySet<string>,
  dragged: Readonly<Record<string, Position>>,
  previous: Map<string, StageFlowNode>,
): StageFlowNode[] {
  return stages.map((s) => {
    const position = dragged[s.id] ?? s.position;
    const isSelected = selected.has(s.id);
    const before = previous.get(s.id);
    if (before && before.position === position && before.selected === isSelected) return before;
    const node: StageFlowNode = {
      id: s.id,
      type: "stage",
      position,
      data: NO_DATA,
      selected: isSelected,
      width: STAGE_WIDTH,
      height: STAGE_HEIGHT,
      handles: STAGE_HANDLES,
    };
    previous.set(s.id, node);
    return node;
  });
}

/** What a screen reader says of a transition: its stages by name, never its id. */
export const transitionLabel = (from: string, to: string, handoff: boolean) =>
  `Transition from ${from || "an unnamed stage"} to ${to || "an unnamed stage"}${handoff ? ", a handoff" : ""}`;

export function transitionEdges(
  transitions: readonly Transition[],
  selected: ReadonlySet<string>,
  previous: Map<string, TransitionFlowEdge>,
  nameOf: (stageId: string) => string,
): TransitionFlowEdge[] {
  return transitions.map((t) => {
    const isSelected = selected.has(t.id);
    const before = previous.get(t.id);
    const ariaLabel = transitionLabel(nameOf(t.from), nameOf(t.to), t.handoff);
    if (
      before &&
      before.source === t.from &&
      before.target === t.to &&
      before.selected === isSelected &&
      before.ariaLabel === ariaLabel &&
      before.markerEnd === (t.handoff ? HANDOFF_ARROW : ARROW)
    ) {
      return before;
    }
    const edge: TransitionFlowEdge = {
      id: t.id,
      type: "transition",
      source: t.from,
      target: t.to,
      data: NO_DATA,
      selected: isSelected,
      markerEnd: t.handoff ? HANDOFF_ARROW : ARROW,
      ariaLabel,
    };
    previous.set(t.id, edge);
    return edge;
  });
}
