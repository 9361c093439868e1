import { useId, useMemo, useState } from "react";
import { filterEntries, type PaletteEntry } from "./palette-entries";

/** Ctrl/⌘+K: type a few letters, arrows to choose, Enter to run, Esc to close. */
export function CommandPalette({ entries, onClose }: { entries: PaletteEntry[]; onClose: () => void }) {
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => filterEntries(entries, query), [entries, query]);
  const chosen = matches[Math.min(active, matches.length - 1)];

  const run = (entry: PaletteEntry | undefined) => {
    if (!entry) return;
    onClose();
    entry.run();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: clicking outside is a mouse convenience; Esc closes from the keyboard.
    <div className="cockpit-overlay" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="cockpit-dialog" role="dialog" aria-modal="true" aria-label="Command palette">
        <input
          type="search"
          role="combobox"
          aria-label="Find an action, phase, stage or term"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={chosen ? `${listId}-${chosen.id}` : undefined}
          placeholder="Find an action, phase, stage or term…"
          // biome-ignore lint/a11y/noAutofocus: the palette exists to be typed into at once.
          autoFocus
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") setActive((i) => Math.min(i + 1, matches.length - 1));
            else if (e.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
            else if (e.key === "Enter") run(chosen);
            else if (e.key === "Escape") onClose();
            else return;
            e.preventDefault();
            e.stopPropagation();
          }}
        />
        <div className="palette-list" id={listId} role="listbox" aria-label="Matches">
          {matches.length === 0 && <p className="muted">Nothing matches “{query}”.</p>}
          {matches.map((entry) => (
            <div
              key={entry.id}
              tabIndex={-1}
              id={`${listId}-${entry.id}`}
              role="option"
              aria-selected={entry === chosen}
              className="palette-item"
              onMouseDown={(e) => {
                e.preventDefault();
                run(entry);
              }}
            >
              <span className="palette-kind">{entry.kind}</span>
              <span>{entry.label}</span>
              {entry.keys && <kbd className="palette-keys">{entry.keys}</kbd>}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
