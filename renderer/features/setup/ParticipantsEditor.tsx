import { useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { SETUP_TARGETS } from "../../../shared/charter/readiness";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { useFocusNew } from "../../ui/useFocusNew";
import { ParticipantRow } from "./ParticipantRow";
import { PasteParticipants } from "./PasteParticipants";

export function ParticipantsEditor() {
  const ids = useWorkshopStore(useShallow((s) => s.workshop?.participants.map((p) => p.id) ?? []));
  const section = useRef<HTMLElement>(null);
  const focusNew = useFocusNew(section);
  const addOne = () => {
    const teamId = useWorkshopStore.getState().workshop?.teams[0]?.id ?? "";
    const added = edit("addParticipant", { name: "", role: "", teamId, signatory: false });
    if (added.ok) focusNew(added.value);
  };
  return (
    // With nobody listed, a "nobody signs" link lands on the entry fields; otherwise on the first Signs box.
    <section
      className="setup-section"
      ref={section}
      aria-labelledby="participants-heading"
      data-route-target={ids.length === 0 ? SETUP_TARGETS.signatories : undefined}
    >
      <h2 id="participants-heading">Participants ({ids.length})</h2>
      {ids.length > 0 && (
        <table className="participants">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Team</th>
              <th scope="col">Signs</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id, i) => (
              <ParticipantRow key={id} participantId={id} index={i} />
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="btn" onClick={addOne}>
        Add participant
      </button>
      <PasteParticipants />
    </section>
  );
}
