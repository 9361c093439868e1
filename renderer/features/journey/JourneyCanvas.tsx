import {
  ConnectionLineType,
  ControlButton,
  Controls,
  type EdgeTypes,
  type Node,
  type NodeTypes,
  ReactFlow,
  useReactFlow,
} from "@xyflow/react";
import { type MouseEvent, useCallback, useEffect, useState } from "react";
import { journeyBounds, startViewport } from "../../../shared/journey/fit";
import { GRID } from "../../../shared/journey/layout";
import { useWorkshopStore } from "../../store/workshop-store";
import { DotGrid } from "./DotGrid";
import { fitJourney } from "./fit";
import { isLargeJourney } from "./flow-elements";
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
/** A large journey's stage names at this zoom are still read from the back of the room. */
const LARGE_ZOOM = 0.6;
/** Clear of the zoom buttons on the left. */
const START_PADDING = { top: 16, left: 100 };
/** React Flow's own "fit" drawing, on our button. */
function FitIcon() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
      <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
    </svg>
  );
}

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
  // Sees the handoff labels and the open inspector, which React Flow's fitView does not.
  const fitFromControls = useCallback(() => void fitJourney(flow), [flow]);
  const edits = useMapEdits(endDrag);
  const onKeyDown = useMapKeys();
  useFitRequests();
  useJourneyTarget();
  // Fit on opening only a journey that exists: fitting the first stage drawn on a blank map would zoom right into it.
  const [large] = useState(() => isLargeJourney(nodes.length));
  const [fitOnOpen] = useState(() => nodes.length > 0 && !large);
  const [openAt] = useState(() => {
    const w = useWorkshopStore.getState().workshop;
    return large && w ? startViewport(journeyBounds(w.stages, w.transitions), START_PADDING, LARGE_ZOOM) : undefined;
  });

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
        fitViewOptions={FIT_OPTIONS}
        defaultViewport={openAt}
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
        <DotGrid gap={GRID * 2} />
        <Overview />
        {/* React Flow's own fit button queues a stages-only fit that would land after ours: this one fits once. */}
        <Controls showInteractive={false} showFitView={false}>
          <ControlButton onClick={fitFromControls} title="Fit to screen" aria-label="Fit to screen">
            <FitIcon />
          </ControlButton>
        </Controls>
      </ReactFlow>
    </div>
  );
}
