import { useShallow } from "zustand/react/shallow";
import { SETUP_TARGETS } from "../../../shared/charter/readiness";
import type { ParticipantInit } from "../../../shared/workshop/participants";
import { useParticipant } from "../../store/selectors";
import { edit, useWorkshopStore } from "../../store/workshop-store";

export function ParticipantRow({ participantId, index }: { participantId: string; index: number }) {
  const person = useParticipant(participantId);
  const teams = useWorkshopStore(useShallow((s) => s.workshop?.teams ?? []));
  if (!person) return null;
  const who = person.name || `participant ${index + 1}`;
  const update = (patch: Partial<ParticipantInit>) => edit("updateParticipant", participantId, patch);
  return (
    <tr data-route-target={participantId}>
      <td>
        <input aria-label={`Name of ${who}`} value={person.name} onChange={(e) => update({ name: e.target.value })} />
      </td>
      <td>
        <input aria-label={`Role of ${who}`} value={person.role} onChange={(e) => update({ role: e.target.value })} />
      </td>
      <td>
        <select
          aria-label={`Team of ${who}`}
          value={person.teamId}
          onChange={(e) => update({ teamId: e.target.value })}
        >
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name || "(unnamed team)"}
            </option>
          ))}
        </select>
      </td>
      <td className="participant-signs" data-route-target={index === 0 ? SETUP_TARGETS.signatories : undefined}>
        <input
          type="checkbox"
          aria-label={`${who} signs the charter`}
          checked={person.signatory}
          onChange={(e) => update({ signatory: e.target.checked })}
        />
      </td>
      <td>
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => edit("removeParticipant", participantId)}
          aria-label={`Remove ${who}`}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
