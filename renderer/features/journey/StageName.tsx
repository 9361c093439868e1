import { useEffect, useRef, useState } from "react";
import { edit } from "../../store/workshop-store";
import { focusStageNow } from "./reveal";
import { useJourneySelection } from "./selection";

/** A stage's name, typed in place: Enter or leaving the field keeps it, Escape puts the old name back. */
export function StageName({ stageId, name }: { stageId: string; name: string }) {
  const renaming = useJourneySelection((s) => s.renaming === stageId);
  if (!renaming) return <h3 className="stage-node-name">{name}</h3>;
  return <NameField stageId={stageId} name={name} />;
}

function NameField({ stageId, name }: { stageId: string; name: string }) {
  const [draft, setDraft] = useState(name);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (keep: boolean) => {
    if (done.current) return;
    if (keep && draft.trim() !== name) {
      const renamed = edit("renameStage", stageId, draft);
      if (!renamed.ok) return;
    }
    done.current = true;
    // Before the field unmounts, or the next keystroke would land on the page, not the map.
    focusStageNow(stageId);
    useJourneySelection.getState().rename(null);
  };
  return (
    <input
      ref={input}
      className="stage-node-name-input nodrag"
      aria-label="Name on the map"
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === "Enter") finish(true);
        if (e.key === "Escape") finish(false);
      }}
    />
  );
}
