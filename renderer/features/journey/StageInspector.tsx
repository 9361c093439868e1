import { HUBSPOT_LIFECYCLE_STAGES, SALESFORCE_LEAD_STATUSES } from "../../../shared/journey/crm";
import { OUTCOME_TYPES, type OutcomeType } from "../../../shared/workshop/model";
import type { StagePatch } from "../../../shared/workshop/stages";
import { useStage } from "../../store/selectors";
import { edit } from "../../store/workshop-store";
import { CommitField } from "../../ui/CommitField";
import { OwnerFields } from "../../ui/OwnerFields";
import { StageConnections } from "./StageConnections";
import { OUTCOME_WORDS } from "./StageNode";
import { useJourneySelection } from "./selection";

const orNull = (v: string) => (v.trim() === "" ? null : v);

function kindOf(kind: string): StagePatch {
  return kind === "stage" ? { kind: "stage", outcome: null } : { kind: "outcome", outcome: kind as OutcomeType };
}

export function StageInspector({ stageId }: { stageId: string }) {
  const stage = useStage(stageId);
  if (!stage) return null;
  const update = (patch: StagePatch) => edit("updateStage", stageId, patch);
  return (
    <section className="inspector" data-for={stageId} aria-label={`Stage ${stage.name}`}>
      <h2>{stage.kind === "outcome" ? "Outcome" : "Stage"}</h2>
      <CommitField
        label="Stage name"
        value={stage.name}
        field={{ kind: "stageName", stageId }}
        onCommit={(name) => edit("renameStage", stageId, name).ok}
      />
      <label className="field">
        <span>Buyer's words</span>
        <input
          value={stage.buyerLabel ?? ""}
          placeholder="What is the buyer doing?"
          onChange={(e) => update({ buyerLabel: orNull(e.target.value) })}
        />
      </label>
      <label className="field">
        <span>Kind</span>
        <select value={stage.outcome ?? "stage"} onChange={(e) => update(kindOf(e.target.value))}>
          <option value="stage">Stage</option>
          {OUTCOME_TYPES.map((o) => (
            <option key={o} value={o}>
              Outcome: {OUTCOME_WORDS[o].toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <div data-field="owner">
        <OwnerFields owner={stage.owner} onChange={(owner) => update({ owner })} />
      </div>
      <StageConnections stageId={stageId} />
      <h3>In the CRM</h3>
      <label className="field">
        <span>HubSpot lifecycle stage</span>
        <input
          list="hubspot-lifecycle-stages"
          value={stage.crm.hubspotLifecycleStage ?? ""}
          onChange={(e) => update({ crm: { hubspotLifecycleStage: orNull(e.target.value) } })}
        />
      </label>
      <label className="field">
        <span>Salesforce lead status</span>
        <input
          list="salesforce-lead-statuses"
          value={stage.crm.salesforceLeadStatus ?? ""}
          onChange={(e) => update({ crm: { salesforceLeadStatus: orNull(e.target.value) } })}
        />
      </label>
      <datalist id="hubspot-lifecycle-stages">
        {HUBSPOT_LIFECYCLE_STAGES.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      <datalist id="salesforce-lead-statuses">
        {SALESFORCE_LEAD_STATUSES.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      <button
        type="button"
        className="btn btn-danger"
        onClick={() => {
          if (edit("removeFromJourney", { stageIds: [stageId] }).ok) useJourneySelection.getState().clear();
        }}
      >
        Remove {stage.kind === "outcome" ? "outcome" : "stage"}
      </button>
    </section>
  );
}
