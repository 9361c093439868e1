import { DetailsForm } from "./DetailsForm";
import { ParticipantsEditor } from "./ParticipantsEditor";
import { TeamsEditor } from "./TeamsEditor";
import "./setup.css";

export function SetupView() {
  return (
    <div className="setup">
      <DetailsForm />
      <TeamsEditor />
      <ParticipantsEditor />
    </div>
  );
}
