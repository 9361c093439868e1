import {
  Background,
  ConnectionLineType,
  Controls,
  type EdgeTypes,
  type Node,
  type NodeTypes,
  ReactFlow,
  useReactFlow,
} from "@xyflow/react";
import { type MouseEvent, useCallback, useEffect, useState } from "react";
import { GRID } from "../../../shared/journey/layout";
import { fitJourney } from "./fit";
import { Overview } from "./Overview";
import { StageNode } from "./StageNode";
import { useJourneySelection } from "./selection";
import { TransitionEdge } from "./TransitionEdge";
import { useFlowElements } from "./useFlowElements";
import { useJourneyTarget } from "./useJourneyTarget";
import { useMapEdits } from "./useMapEdits";
import { useMapKeys } from "./useMapKeys";

// Declared once at module level: new objects here would make React Flow remount every node.
const NODE_TYPES: NodeTypes = { stage: StageNode };
const EDGE_TYPES: EdgeTypes = { transition: TransitionEdge };
const SNAP: [number, number] = [GRID, GRID];
const DELETE_KEYS = ["Delete", "Backspace"];
// Room on the left for the zoom buttons, so no stage sits under them; above and below for handoff labels.
const FIT_OPTIONS = {
  padding: { top: "56px", bottom: "56px", left: "100px", right: "48px" },
  maxZoom: 1.25,
} as const;
/**
 * A journey past this many stages opens readable rather than whole (the rest
 * a pan away, and "Fit to screen" still shows it all), and draws only what is
 * in view: 2,000 stages and 10,000 transitions would otherwise take seconds
 * to draw at a size no one can read.
 */
const LARGE_JOURNEY = 500;
const OPEN_LARGE = { ...FIT_OPTIONS, minZoom: 0.4 } as const;
const CONNECTION_LINE_STYLE = { strokeWidth: 4, stroke: "var(--journey-handoff)" };
const NO_SELECTION = { stageIds: [], transitionIds: [] };

/** Fits the journey into view whenever something (a template, the toolbar) asks for it. */
function useFitRequests() {
  const flow = useReactFlow();
  const fitRequest = useJourneySelection((s) => s.fitRequest);
  useEffect(() => {
    if (fitRequest === 0) return;
    const frame = requestAnimationFrame(() => void fitJourney(flow));
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, flow]);
}

export function JourneyCanvas() {
  const { nodes, edges, onNodesChange, onEdgesChange, endDrag } = useFlowElements();
  const flow = useReactFlow();
  // The zoom buttons' own fit sees only the stages; this one, run right after it, sees labels and the inspector too.
  const fitFromControls = useCallback(() => void fitJourney(flow), [flow]);
  const edits = useMapEdits(endDrag);
  const onKeyDown = useMapKeys();
  useFitRequests();
  useJourneyTarget();
  // Fit on opening only a journey that exists: fitting the first stage drawn on a blank map would zoom right into it.
  const [fitOnOpen] = useState(() => nodes.length > 0);
  const [large] = useState(() => nodes.length > LARGE_JOURNEY);

  // React Flow has no pane double-click: double-clicking empty canvas adds a stage there.
  const onDoubleClick = useCallback(
    (e: MouseEvent) => {
      if (!(e.target instanceof Element) || !e.target.classList.contains("react-flow__pane")) return;
      useJourneySelection.getState().select(NO_SELECTION);
      edits.addStageAt({ x: e.clientX, y: e.clientY });
    },
    [edits.addStageAt],
  );
  const onNodeDoubleClick = useCallback((_e: MouseEvent, node: Node) => {
    useJourneySelection.getState().rename(node.id);
  }, []);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the keys and double-click belong to the map inside.
    <div className="journey-canvas" onKeyDown={onKeyDown} onDoubleClick={onDoubleClick}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={edits.onConnect}
        onReconnect={edits.onReconnect}
        onBeforeDelete={edits.onBeforeDelete}
        onNodeDragStop={edits.onNodeDragStop}
        onNodeDoubleClick={onNodeDoubleClick}
        deleteKeyCode={DELETE_KEYS}
        snapToGrid
        snapGrid={SNAP}
        fitView={fitOnOpen}
        fitViewOptions={large ? OPEN_LARGE : FIT_OPTIONS}
        onlyRenderVisibleElements={large}
        minZoom={0.1}
        maxZoom={2.5}
        zoomOnDoubleClick={false}
        disableKeyboardA11y
        edgesReconnectable
        reconnectRadius={24}
        connectionRadius={40}
        connectionLineType={ConnectionLineType.SmoothStep}
        connectionLineStyle={CONNECTION_LINE_STYLE}
        aria-label="Buyer journey map"
      >
        <Background gap={GRID * 2} />
        <Overview />
        <Controls showInteractive={false} fitViewOptions={FIT_OPTIONS} onFitView={fitFromControls} />
      </ReactFlow>
    </div>
  );
}
