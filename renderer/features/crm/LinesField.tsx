import { useEffect, useState } from "react";

const linesOf = (text: string) => text.split("\n").filter((line) => line.trim() !== "");

/**
 * A list typed one item per line. Every keystroke is stored; the text keeps
 * what is being typed (a new empty line, spaces) while the list holds only
 * the lines with words in them.
 */
export function LinesField({
  label,
  hint,
  items,
  onChange,
}: {
  label: string;
  hint: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
}) {
  const [text, setText] = useState(items.join("\n"));
  // Another writer (undo, another window) changed the list: show theirs.
  useEffect(() => {
    setText((typed) => (linesOf(typed).join("\n") === items.join("\n") ? typed : items.join("\n")));
  }, [items]);
  return (
    <label className="field">
      <span>{label}</span>
      <textarea
        rows={4}
        value={text}
        placeholder={hint}
        onChange={(e) => {
          setText(e.target.value);
          onChange(linesOf(e.target.value));
        }}
      />
    </label>
  );
}
