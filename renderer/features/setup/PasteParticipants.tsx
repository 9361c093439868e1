import { useState } from "react";
import { parseParticipantLines } from "../../../shared/workshop/participants";
import type { Problem } from "../../../shared/workshop/result";
import { edit, useWorkshopStore } from "../../store/workshop-store";

/** Lines with problems stay in the box so nothing typed is lost; good lines are added. */
export function PasteParticipants() {
  const [text, setText] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);

  const add = () => {
    const workshop = useWorkshopStore.getState().workshop;
    if (!workshop) return;
    const parsed = parseParticipantLines(text, workshop);
    if (parsed.participants.length > 0) edit("addParticipants", parsed.participants);
    const badLines = new Set(parsed.problems.map((p) => Number(p.path.replace("line ", "")) - 1));
    setText(
      text
        .split(/\r?\n/)
        .filter((_, i) => badLines.has(i))
        .join("\n"),
    );
    setProblems(parsed.problems);
  };

  return (
    <div className="paste-participants">
      <label className="field">
        <span>Paste a list: one “name, role, team” per line (add “, yes” for people who sign)</span>
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {problems.length > 0 && (
        <ul className="paste-problems" role="alert">
          {problems.map((p) => (
            <li key={p.path}>{p.message}</li>
          ))}
        </ul>
      )}
      <button type="button" className="btn" onClick={add} disabled={text.trim() === ""}>
        Add these people
      </button>
    </div>
  );
}
