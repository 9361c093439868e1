import { useRef, useState } from "react";
import { useBindCommands } from "../../commands/bind";
import { edit, useWorkshopStore } from "../../store/workshop-store";

const SUGGESTIONS = ["Lead", "Qualified", "Intent", "Fit"];

/** Free terms sit beside the stages' terms; the suggestions are the words rooms most often argue about. */
export function AddTermForm() {
  const [name, setName] = useState("");
  const input = useRef<HTMLInputElement>(null);
  useBindCommands({ "definitions.new-term": () => input.current?.focus() });
  const existing = useWorkshopStore((s) => s.workshop?.terms.map((t) => t.term.toLowerCase()).join("\n") ?? "");
  const add = (term: string) => edit("addTerm", { term }).ok;
  const missing = SUGGESTIONS.filter((s) => !existing.split("\n").includes(s.toLowerCase()));
  return (
    <form
      className="add-term"
      onSubmit={(e) => {
        e.preventDefault();
        if (add(name)) setName("");
      }}
    >
      <label className="field">
        <span>New term</span>
        <input
          ref={input}
          aria-keyshortcuts="N"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="e.g. Qualified"
        />
      </label>
      <button type="submit" className="btn btn-primary">
        Add term
      </button>
      {missing.map((s) => (
        <button key={s} type="button" className="btn" onClick={() => add(s)}>
          + {s}
        </button>
      ))}
    </form>
  );
}
