import { useLiveQuery } from "dexie-react-hooks";
import { useEffect, useState } from "react";
import { useBindCommands } from "../../commands/bind";
import type { StorageDurability } from "../../storage/persistence";
import { listTrash, listWorkshops } from "../../storage/repository";
import { useServices } from "../../storage/StorageContext";
import { NoticeBanner } from "../../ui/Banner";
import { CharterReader } from "../../ui/charter/CharterReader";
import { AppearanceControls } from "../cockpit/AppearanceControls";
import { KeptCopiesOffer } from "./KeptCopiesOffer";
import { NewFromTemplate } from "./NewFromTemplate";
import { TrashSection } from "./TrashSection";
import { useFileDrop } from "./useFileDrop";
import { useHomeActions } from "./useHomeActions";
import { WorkshopRow } from "./WorkshopRow";
import "./home.css";

export function HomeScreen() {
  const { db } = useServices();
  const durability = useDurability();
  const workshops = useLiveQuery(() => listWorkshops(db), [db]);
  const trash = useLiveQuery(() => listTrash(db), [db]) ?? [];
  const actions = useHomeActions();
  const [choosingTemplate, setChoosingTemplate] = useState(false);
  const dragging = useFileDrop(actions.importDropped);

  useBindCommands({ "workshop.new": () => void actions.create(), "file.import": () => void actions.importBackup() });

  return (
    <main className={dragging ? "home home-dropping" : "home"}>
      <header className="home-header">
        <h1>Accord</h1>
        <p className="muted home-tagline">Sales and marketing, one agreed journey, one signed charter.</p>
        <div className="home-actions">
          <button type="button" className="btn btn-primary" onClick={() => actions.create()}>
            New workshop
          </button>
          <button type="button" className="btn" onClick={() => setChoosingTemplate(true)}>
            New from a template…
          </button>
          <button type="button" className="btn" onClick={actions.importBackup}>
            Import backup…
          </button>
        </div>
        <p className="muted home-drop-hint">
          {dragging
            ? "Drop the file to import it."
            : "Import a workshop backup or a signed charter (.json), or drop one anywhere on this window."}
        </p>
      </header>
      <NoticeBanner notice={actions.message} onDismiss={actions.dismissMessage} dismiss="Dismiss" />
      <KeptCopiesOffer />
      {actions.reading && (
        <section aria-label="Charter opened to read" className="home-reading">
          <CharterReader
            file={actions.reading.opened.file}
            intact={false}
            mismatch={actions.reading.opened.firstMismatch}
            actions={
              <>
                <button type="button" className="btn btn-primary" onClick={actions.closeReading}>
                  Close
                </button>
                <button type="button" className="btn" onClick={actions.startDraftFromReading}>
                  Start an unsigned draft from it
                </button>
              </>
            }
          />
        </section>
      )}
      <section aria-labelledby="workshops-heading">
        <h2 id="workshops-heading">Workshops</h2>
        {workshops === undefined ? (
          <p className="muted">Loading…</p>
        ) : workshops.length === 0 ? (
          <p className="home-empty">No workshops yet. Press “New workshop” to start one.</p>
        ) : (
          <ul className="workshop-list">
            {workshops.map((w) => (
              <WorkshopRow
                key={w.id}
                workshop={w}
                onRename={(title) => actions.rename(w.id, title)}
                onDuplicate={() => actions.duplicate(w.id)}
                onTrash={() => actions.trash(w.id)}
                onExportStored={() => actions.exportStored(w.id, w.title)}
              />
            ))}
          </ul>
        )}
      </section>
      {choosingTemplate && (
        <NewFromTemplate
          onPick={(key) => {
            setChoosingTemplate(false);
            void actions.create(key);
          }}
          onClose={() => setChoosingTemplate(false)}
        />
      )}
      <TrashSection trash={trash} onRestore={actions.restore} onDeleteForever={actions.deleteForever} />
      <footer className="muted home-footer">
        <AppearanceControls />
        Workshops are stored on this computer only, and every change is stored as you make it.
        {durability === "best-effort" &&
          " This browser may clear stored data when the disk runs low: export a backup of each workshop."}
      </footer>
    </main>
  );
}

/** What the browser answered, kept: coming back to the home screen, its footer says it at once. */
const answered = new WeakMap<Promise<StorageDurability>, StorageDurability>();

/** What the browser answered when asked to keep the stored workshops; null until it has. */
function useDurability(): StorageDurability | null {
  const { durability } = useServices();
  const [answer, setAnswer] = useState<StorageDurability | null>(() => answered.get(durability) ?? null);
  useEffect(() => {
    let current = true;
    void durability.then((d) => {
      answered.set(durability, d);
      if (current) setAnswer(d);
    });
    return () => {
      current = false;
    };
  }, [durability]);
  return answer;
}
