import { unitWords } from "../../shared/journey/wording";
import { SLA_UNITS, type SlaUnit } from "../../shared/workshop/model";
import { transitionOf } from "../store/selectors";
import { edit, useWorkshopStore } from "../store/workshop-store";

/** A transition's SLA, the same fields on the map's inspector and on Agree: a number and a unit; empty means none. */
export function SlaFields({ transitionId }: { transitionId: string }) {
  const sla = useWorkshopStore((s) => transitionOf(s, transitionId)?.sla ?? null);
  const unit: SlaUnit = sla?.unit ?? "hours";
  const set = (within: string, to: SlaUnit) =>
    edit("updateTransition", transitionId, { sla: within.trim() === "" ? null : { within: Number(within), unit: to } });
  return (
    <div className="field-pair">
      <label className="field">
        <span>SLA: act within</span>
        <input
          type="number"
          min={1}
          inputMode="decimal"
          value={sla?.within ?? ""}
          placeholder="No SLA"
          onChange={(e) => set(e.target.value, unit)}
        />
      </label>
      <label className="field">
        <span>SLA unit</span>
        <select
          value={unit}
          disabled={!sla}
          onChange={(e) => set(String(sla?.within ?? ""), e.target.value as SlaUnit)}
        >
          {SLA_UNITS.map((u) => (
            <option key={u} value={u}>
              {unitWords(u)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
