import { useEffect, useRef, useState } from "react";
import { edit } from "../../store/workshop-store";
import { useFieldDraft } from "../../ui/useFieldDraft";
import { focusStageNow } from "./reveal";
import { useJourneySelection } from "./selection";

/** A stage's name, typed in place: Enter or leaving the field keeps it, Escape puts the old name back. */
export function StageName({ stageId, name }: { stageId: string; name: string }) {
  const renaming = useJourneySelection((s) => s.renaming === stageId);
  if (!renaming) return <h3 className="stage-node-name">{name}</h3>;
  return <NameField stageId={stageId} name={name} />;
}

function NameField({ stageId, name }: { stageId: string; name: string }) {
  const [text, setText] = useState(name);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  // Stored with every keystroke until kept: a crash before Enter must not cost the name typed.
  const draft = useFieldDraft({ kind: "stageName", stageId });
  useEffect(() => {
    // The map moves its own view to a stage; a focus that scrolled would shift the canvas under it.
    input.current?.focus({ preventScroll: true });
    input.current?.select();
  }, []);
  const finish = (keep: boolean) => {
    if (done.current) return;
    if (keep && text.trim() !== name) {
      const renamed = edit("renameStage", stageId, text);
      if (!renamed.ok) return;
    }
    draft.drop();
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
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        draft.write(e.target.value);
      }}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === "Enter") finish(true);
        if (e.key === "Escape") finish(false);
      }}
    />
  );
}
