import { type Edge, type Node, ReactFlow, useEdgesState, useNodesState } from "@xyflow/react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/style.css";
// @ts-expect-error: a plain JS module shared with the bench runner in Node.
import { journeyFixture } from "../journey-fixture.mjs";

// The reference for the journey map: React Flow's own default nodes and
// edges, the same 200 stages and 400 transitions, nothing of Accord's.
const { stages, transitions } = journeyFixture() as {
  stages: { id: string; name: string; position: { x: number; y: number } }[];
  transitions: { id: string; from: string; to: string }[];
};
const initialNodes: Node[] = stages.map((s) => ({
  id: s.id,
  position: s.position,
  data: { label: s.name },
  width: 300,
  height: 150,
}));
const initialEdges: Edge[] = transitions.map((t) => ({ id: t.id, source: t.from, target: t.to }));

function BareFlow() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView
      minZoom={0.1}
      maxZoom={2.5}
    />
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(<BareFlow />);
