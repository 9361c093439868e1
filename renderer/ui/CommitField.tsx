import { useEffect, useRef, useState } from "react";
import type { DraftField } from "../../shared/contract/drafts";
import { useFieldDraft } from "./useFieldDraft";

/**
 * A name field that commits on Enter or leaving it, not per keystroke: a
 * name must be unique and not blank, and half-typed names would be refused.
 * Until then its words are stored as a draft with every keystroke, so a crash
 * cannot lose them; a field that goes away (another phase, say) keeps them
 * as leaving it would.
 */
export function CommitField({
  label,
  value,
  field,
  onCommit,
}: {
  label: string;
  value: string;
  field: DraftField;
  onCommit: (v: string) => boolean;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const draft = useFieldDraft(field);
  const commit = (typed: string) => {
    if (typed.trim() === value) return draft.drop();
    if (onCommit(typed)) draft.drop();
  };
  const latest = useRef({ text, commit });
  latest.current = { text, commit };
  useEffect(() => () => latest.current.commit(latest.current.text), []);
  return (
    <label className="field">
      <span>{label}</span>
      <input
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          draft.write(e.target.value);
        }}
        onBlur={() => commit(text)}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit(text);
          if (e.key === "Escape") {
            setText(value);
            draft.drop();
          }
        }}
      />
    </label>
  );
}
