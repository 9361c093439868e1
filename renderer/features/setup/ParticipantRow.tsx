import { useShallow } from "zustand/react/shallow";
import { SETUP_TARGETS } from "../../../shared/charter/readiness";
import { removeParticipant, updateParticipant } from "../../../shared/workshop/participants";
import { useWorkshopStore } from "../../store/workshop-store";

export function ParticipantRow({ participantId, index }: { participantId: string; index: number }) {
  const person = useWorkshopStore((s) => s.workshop?.participants.find((p) => p.id === participantId));
  const teams = useWorkshopStore(useShallow((s) => s.workshop?.teams ?? []));
  const apply = useWorkshopStore((s) => s.apply);
  if (!person) return null;
  const who = person.name || `participant ${index + 1}`;
  const edit = (patch: Parameters<typeof updateParticipant>[2], key?: string) =>
    apply((w) => updateParticipant(w, participantId, patch), key);
  return (
    <tr data-route-target={participantId}>
      <td>
        <input
          aria-label={`Name of ${who}`}
          value={person.name}
          onChange={(e) => edit({ name: e.target.value }, `participant.${participantId}.name`)}
        />
      </td>
      <td>
        <input
          aria-label={`Role of ${who}`}
          value={person.role}
          onChange={(e) => edit({ role: e.target.value }, `participant.${participantId}.role`)}
        />
      </td>
      <td>
        <select aria-label={`Team of ${who}`} value={person.teamId} onChange={(e) => edit({ teamId: e.target.value })}>
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
          onChange={(e) => edit({ signatory: e.target.checked })}
        />
      </td>
      <td className="editing-only">
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => apply((w) => removeParticipant(w, participantId))}
          aria-label={`Remove ${who}`}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
