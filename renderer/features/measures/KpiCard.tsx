import type { Kpi } from "../../../shared/workshop/model";
import { useKpi } from "../../store/selectors";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { CommitField } from "../../ui/CommitField";
import { TeamSelect } from "../../ui/TeamSelect";

/** One shared measure; each field subscribes through the card's own KPI only. */
export function KpiCard({ kpiId }: { kpiId: string }) {
  const kpi = useKpi(kpiId);
  const teams = useWorkshopStore((s) => s.workshop?.teams.length ?? 2);
  if (!kpi) return null;
  const update = (patch: Partial<Kpi>) => edit("updateKpi", kpiId, patch);
  return (
    <li className="kpi-card" data-route-target={kpiId}>
      <div className="kpi-head">
        {/* Kept on Enter or leaving the field, trimmed then: never while typed, so a space typed at the end stays. */}
        <CommitField
          label="Measure name"
          value={kpi.name}
          field={{ kind: "kpiName", kpiId }}
          onCommit={(name) => update({ name }).ok}
        />
        <button
          type="button"
          className="btn btn-quiet"
          aria-label={`Remove ${kpi.name}`}
          onClick={() => edit("removeKpi", kpiId)}
        >
          ✕
        </button>
      </div>
      <label className="field">
        <span>Definition of {kpi.name}</span>
        <textarea value={kpi.definition} rows={2} onChange={(e) => update({ definition: e.target.value })} />
      </label>
      <div className="kpi-grid">
        <label className="field">
          <span>Formula</span>
          <input value={kpi.formula ?? ""} onChange={(e) => update({ formula: e.target.value || null })} />
        </label>
        <label className="field">
          <span>Target</span>
          <input value={kpi.target ?? ""} onChange={(e) => update({ target: e.target.value || null })} />
        </label>
        <TeamSelect
          label="Owner team"
          value={kpi.ownerTeamId}
          none={teams === 2 ? "Both teams together" : "All teams together"}
          onChange={(ownerTeamId) => edit("updateKpi", kpiId, { ownerTeamId })}
        />
      </div>
    </li>
  );
}
