import { type Edge, type Node, Panel, ReactFlow, useEdgesState, useNodesState } from "@xyflow/react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/style.css";
import { journeyFixture } from "../journey-fixture.mjs";

// The reference for the journey map: React Flow's own default nodes and
// edges, the same stages and transitions (?stages=N, 200 by default), and a
// button that adds a node, nothing of Accord's.
const count = Number(new URLSearchParams(window.location.search).get("stages") ?? 200);
const { stages, transitions } = journeyFixture(count);
const initialNodes: Node[] = stages.map((s) => ({
  id: s.id,
  position: s.position,
  data: { label: s.name },
  width: 300,
  height: 150,
}));
const initialEdges: Edge[] = transitions.map((t) => ({ id: t.id, source: t.from, target: t.to }));

function BareFlow() {
  const [nodes, setNodes, onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  const addNode = () =>
    setNodes((current) => [
      ...current,
      { id: `added-${current.length}`, position: { x: 0, y: -400 }, data: { label: "New" }, width: 300, height: 150 },
    ]);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView
      minZoom={0.1}
      maxZoom={2.5}
    >
      <Panel position="top-left">
        <button type="button" className="add-node" onClick={addNode}>
          Add node
        </button>
      </Panel>
    </ReactFlow>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(<BareFlow />);
