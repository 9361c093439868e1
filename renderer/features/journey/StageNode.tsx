import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo } from "react";
import { termOfStage } from "../../../shared/workshop/locate";
import type { OutcomeType, TermStatus } from "../../../shared/workshop/model";
import { teamOf, useStage, useTeam } from "../../store/selectors";
import { useWorkshopStore } from "../../store/workshop-store";
import type { StageFlowNode } from "./flow-elements";
import { StageName } from "./StageName";

export const OUTCOME_WORDS: Record<OutcomeType, string> = {
  won: "Won",
  lost: "Lost",
  disqualified: "Disqualified",
  recycled: "Recycled to nurture",
};

export const STATUS_WORDS: Record<TermStatus, string> = {
  open: "Open",
  discussing: "Discussing",
  agreed: "Agreed ✓",
  parked: "Parked",
};

function OwnerLine({ teamId }: { teamId: string | null }) {
  const team = useTeam(teamId);
  if (!team) return <span className="stage-node-team stage-node-team-none">No owner yet</span>;
  return (
    <span className="stage-node-team">
      <span className="stage-node-swatch" style={{ background: team.colour }} aria-hidden="true" />
      {team.name}
    </span>
  );
}

/**
 * One stage on the map. It reads its own stage from the store by id, so the
 * props React Flow passes stay the same and editing one stage repaints one node.
 */
export const StageNode = memo(function StageNode({ id, selected }: NodeProps<StageFlowNode>) {
  const stage = useStage(id);
  const status = useWorkshopStore((s) => (s.workshop && termOfStage(s.workshop.terms, id)?.status) ?? "open");
  const colour = useWorkshopStore((s) => teamOf(s, stage?.owner.teamId)?.colour);
  if (!stage) return null;
  const outcome = stage.kind === "outcome" ? stage.outcome : null;
  const className = [
    "stage-node",
    outcome ? `stage-node-outcome stage-node-${outcome}` : "",
    colour ? "" : "stage-node-unowned",
    selected ? "stage-node-selected" : "",
  ].join(" ");
  return (
    <div className={className} style={colour ? { borderLeftColor: colour } : undefined} data-stage={stage.name}>
      <Handle type="target" position={Position.Left} className="stage-handle" title={`Into ${stage.name}`} />
      {outcome && <span className="stage-node-kind">{OUTCOME_WORDS[outcome]}</span>}
      <StageName stageId={id} name={stage.name} />
      {stage.buyerLabel && <p className="stage-node-buyer">“{stage.buyerLabel}”</p>}
      <div className="stage-node-footer">
        <OwnerLine teamId={stage.owner.teamId} />
        <span className={`stage-node-status stage-node-status-${status}`}>{STATUS_WORDS[status]}</span>
      </div>
      <Handle type="source" position={Position.Right} className="stage-handle" title={`Out of ${stage.name}`} />
    </div>
  );
});
