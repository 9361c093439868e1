import type { Owner } from "../../../shared/workshop/model";
import { useWorkshopStore } from "../../store/workshop-store";

const NO_TEAMS: never[] = [];

/** Who owns a stage or a transition: one accountable team and a role. */
export function OwnerFields({
  owner,
  onChange,
  coalesceKey,
}: {
  owner: Owner;
  onChange: (patch: Partial<Owner>, coalesceKey?: string) => void;
  coalesceKey: string;
}) {
  const teams = useWorkshopStore((s) => s.workshop?.teams ?? NO_TEAMS);
  return (
    <div className="inspector-pair">
      <label className="field">
        <span>Owner team</span>
        <select value={owner.teamId ?? ""} onChange={(e) => onChange({ teamId: e.target.value || null })}>
          <option value="">Not decided</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Owner role</span>
        <input value={owner.role} onChange={(e) => onChange({ role: e.target.value }, coalesceKey)} />
      </label>
    </div>
  );
}
