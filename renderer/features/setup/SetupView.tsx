import { useRef } from "react";
import { useFocusTarget } from "../../ui/useFocusTarget";
import { AgendaEditor } from "../agenda/AgendaEditor";
import { WorkingHoursEditor } from "../working-hours/WorkingHoursEditor";
import { DetailsForm } from "./DetailsForm";
import { ParticipantsEditor } from "./ParticipantsEditor";
import { TeamsEditor } from "./TeamsEditor";
import "./setup.css";

export function SetupView() {
  const view = useRef<HTMLDivElement>(null);
  // A link to a participant or team lands on its name.
  useFocusTarget(view);
  return (
    <div className="setup" ref={view}>
      <DetailsForm />
      <TeamsEditor />
      <ParticipantsEditor />
      <WorkingHoursEditor />
      <AgendaEditor />
    </div>
  );
}
