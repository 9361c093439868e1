import { useState } from "react";
import { routeHash } from "../../app/route";
import type { WorkshopSummary } from "../../storage/db";
import { formatDateTime, formatWorkshopDate } from "../../ui/format";
import { useFieldDraft } from "../../ui/useFieldDraft";

interface Props {
  workshop: WorkshopSummary;
  onRename: (title: string) => void;
  onDuplicate: () => void;
  onTrash: () => void;
  onExportStored: () => void;
}

/** "Version 2 · 3 signatures · imported from acme.accord.json": what tells an original from its copies. */
function standing(w: WorkshopSummary): string {
  const signatures = w.signatures ?? 0;
  return [
    `Version ${w.version ?? 1}`,
    signatures === 0 ? "not signed" : `${signatures} ${signatures === 1 ? "signature" : "signatures"}`,
    w.importedFrom ? `imported from ${w.importedFrom.file} on ${formatDateTime(w.importedFrom.at)}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

export function WorkshopRow({ workshop, onRename, onDuplicate, onTrash, onExportStored }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(workshop.title);
  const name = workshop.title || "Untitled workshop";
  // Until Enter, the new title is a draft, stored with each keystroke and offered back when the workshop opens.
  const draft = useFieldDraft({ kind: "title" }, { workshopId: workshop.id });

  const finishRename = () => {
    setRenaming(false);
    if (title.trim() && title !== workshop.title) onRename(title.trim());
    draft.drop();
  };

  return (
    <li className="workshop-row">
      <div className="workshop-row-main">
        {renaming ? (
          <input
            aria-label={`New title for ${name}`}
            value={title}
            // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this row.
            autoFocus
            onChange={(e) => {
              setTitle(e.target.value);
              draft.write(e.target.value, workshop.title);
            }}
            onBlur={finishRename}
            onKeyDown={(e) => {
              if (e.key === "Enter") finishRename();
              if (e.key === "Escape") {
                setTitle(workshop.title);
                setRenaming(false);
                draft.drop();
              }
            }}
          />
        ) : (
          <a
            className="workshop-row-title"
            href={routeHash({ screen: "workshop", workshopId: workshop.id, view: null, target: null })}
          >
            {name}
          </a>
        )}
        <span className="muted">
          {[workshop.organization, formatWorkshopDate(workshop.date)].filter(Boolean).join(" · ")}
        </span>
        <span className="muted workshop-row-edited">Last edited {formatDateTime(workshop.updatedAt)}</span>
        <span className="muted workshop-row-standing">{standing(workshop)}</span>
        {workshop.problem && (
          <p className="workshop-row-problem">Cannot be opened, and is kept exactly as stored. {workshop.problem}</p>
        )}
      </div>
      <div className="workshop-row-actions">
        {workshop.problem ? (
          <button type="button" className="btn" onClick={onExportStored} aria-label={`Export ${name} as stored`}>
            Export as stored
          </button>
        ) : (
          <>
            <button
              type="button"
              className="btn btn-quiet"
              onClick={() => {
                setTitle(workshop.title);
                setRenaming(true);
              }}
              aria-label={`Rename ${name}`}
            >
              Rename
            </button>
            <button type="button" className="btn btn-quiet" onClick={onDuplicate} aria-label={`Duplicate ${name}`}>
              Duplicate
            </button>
          </>
        )}
        <button type="button" className="btn btn-danger" onClick={onTrash} aria-label={`Move ${name} to the trash`}>
          Delete
        </button>
      </div>
    </li>
  );
}
