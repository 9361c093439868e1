import { removeKpi, updateKpi } from "../../../shared/workshop/measures";
import type { Kpi } from "../../../shared/workshop/model";
import { useWorkshopStore } from "../../store/workshop-store";
import { TeamSelect } from "../../ui/TeamSelect";

/** One shared measure; each field subscribes through the card's own KPI only. */
export function KpiCard({ kpiId }: { kpiId: string }) {
  const kpi = useWorkshopStore((s) => s.workshop?.kpis.find((k) => k.id === kpiId));
  const apply = useWorkshopStore((s) => s.apply);
  if (!kpi) return null;
  const edit = (field: keyof Kpi, patch: Partial<Kpi>) =>
    apply((w) => updateKpi(w, kpiId, patch), `kpi.${kpiId}.${field}`);
  return (
    <li className="kpi-card">
      <div className="kpi-head">
        <input
          className="kpi-name"
          aria-label="Measure name"
          value={kpi.name}
          onChange={(e) => edit("name", { name: e.target.value })}
        />
        <button
          type="button"
          className="btn btn-quiet"
          aria-label={`Remove ${kpi.name}`}
          onClick={() => apply((w) => removeKpi(w, kpiId))}
        >
          ✕
        </button>
      </div>
      <label className="field">
        <span>Definition of {kpi.name}</span>
        <textarea
          value={kpi.definition}
          rows={2}
          onChange={(e) => edit("definition", { definition: e.target.value })}
        />
      </label>
      <div className="kpi-grid">
        <label className="field">
          <span>Formula</span>
          <input value={kpi.formula ?? ""} onChange={(e) => edit("formula", { formula: e.target.value || null })} />
        </label>
        <label className="field">
          <span>Target</span>
          <input value={kpi.target ?? ""} onChange={(e) => edit("target", { target: e.target.value || null })} />
        </label>
        <TeamSelect
          label="Owner team"
          value={kpi.ownerTeamId}
          none="Both teams together"
          onChange={(ownerTeamId) => apply((w) => updateKpi(w, kpiId, { ownerTeamId }))}
        />
      </div>
    </li>
  );
}
