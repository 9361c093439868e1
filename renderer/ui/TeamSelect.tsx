import type { Team } from "../../shared/workshop/model";
import { useWorkshopStore } from "../store/workshop-store";

const NO_TEAMS: Team[] = [];

/**
 * A labelled choice of one of the workshop's teams. With `none`, "no team"
 * is a choice too, worded for the field ("Both teams together").
 */
export function TeamSelect({
  label,
  value,
  onChange,
  none,
}: {
  label: string;
  value: string | null;
  onChange: (teamId: string | null) => void;
  none?: string;
}) {
  const teams = useWorkshopStore((s) => s.workshop?.teams ?? NO_TEAMS);
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        {none !== undefined && <option value="">{none}</option>}
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </label>
  );
}
