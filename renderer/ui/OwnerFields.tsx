import type { Owner } from "../../shared/workshop/model";
import { TeamSelect } from "./TeamSelect";

/** Who owns a stage or a transition: one accountable team and a role. */
export function OwnerFields({
  owner,
  onChange,
  rolePlaceholder,
}: {
  owner: Owner;
  onChange: (patch: Partial<Owner>) => void;
  rolePlaceholder?: string;
}) {
  return (
    <div className="field-pair">
      <TeamSelect
        label="Owner team"
        value={owner.teamId}
        none="No team yet"
        onChange={(teamId) => onChange({ teamId })}
      />
      <label className="field">
        <span>Owner role</span>
        <input value={owner.role} placeholder={rolePlaceholder} onChange={(e) => onChange({ role: e.target.value })} />
      </label>
    </div>
  );
}
