import { useEffect, useState } from "react";
import { useServices } from "../../storage/StorageContext";
import type { SaveStatus } from "../../storage/save-queue";
import { useSaveStatus } from "../../store/save-status";
import { dismissNotice, dismissRefusal, useWorkshopStore } from "../../store/workshop-store";
import { Banner } from "../../ui/Banner";

/**
 * A write shorter than this is not shown as "Storing…": most take a few
 * milliseconds, and a label flickering on every keystroke is noise for the
 * room and for a screen reader, and a frame drawn for nothing. The words are
 * already safe meanwhile, in the write-ahead record written with the keystroke.
 */
export const STORING_SHOWN_AFTER_MS = 800;

/** What the label shows: "saving" only once a write has run for a while; a failure at once. */
function useShownState(state: SaveStatus["state"]): SaveStatus["state"] {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (state !== "saving") return setSlow(false);
    const timer = setTimeout(() => setSlow(true), STORING_SHOWN_AFTER_MS);
    return () => clearTimeout(timer);
  }, [state]);
  return state === "saving" && !slow ? "saved" : state;
}

/** Small and calm while all is well; the failure case is a banner (below). */
export function SaveStatusIndicator() {
  const status = useSaveStatus((s) => s.status);
  const shown = useShownState(status.state);
  const label = shown === "error" ? "Not stored" : shown === "saving" ? "Storing…" : "All changes stored";
  return (
    <span
      className={`save-status save-status-${shown}`}
      role="status"
      // The state as it is, for tests and benchmarks (no style reads it, so a change draws nothing).
      data-save-state={status.state}
      // When the last write finished: lets tests and benchmarks see each write land.
      data-saved-at={status.state === "saved" ? (status.at ?? "") : ""}
    >
      {label}
    </span>
  );
}

export function SaveErrorBanner({ onExportBackup }: { onExportBackup: () => void }) {
  const status = useSaveStatus((s) => s.status);
  const { persistence } = useServices();
  if (status.state !== "error") return null;
  return (
    <Banner tone="error">
      <p>{status.message}</p>
      {status.otherWindow ? (
        <button type="button" className="btn btn-primary" onClick={() => void persistence.keepThisVersion()}>
          Keep this version
        </button>
      ) : (
        <button type="button" className="btn btn-primary" onClick={() => void persistence.queue.retry()}>
          Retry
        </button>
      )}
      <button type="button" className="btn" onClick={onExportBackup}>
        Export backup…
      </button>
    </Banner>
  );
}

/**
 * Changes kept from before that are not stored yet (a full disk, say): shown
 * until they are stored, then gone for good, so a later edit's write does
 * not bring it back. Its own component: the screen around it does not
 * re-render with every write's status.
 */
export function KeptChangesBanner() {
  const stored = useSaveStatus((s) => s.status.state === "saved");
  const [gone, setGone] = useState(stored);
  useEffect(() => {
    if (stored) setGone(true);
  }, [stored]);
  if (gone || stored) return null;
  return (
    <Banner tone="warning">
      <p>
        Changes you made here earlier are not stored yet: they are back on screen, and are stored as soon as the disk
        allows. Export a backup to keep a copy now.
      </p>
    </Banner>
  );
}

export function RefusalBanner() {
  const refusal = useWorkshopStore((s) => s.refusal);
  if (!refusal) return null;
  return (
    <Banner tone="warning">
      <p>{refusal.map((p) => p.message).join(" ")}</p>
      <button type="button" className="btn" onClick={dismissRefusal}>
        OK
      </button>
    </Banner>
  );
}

/** Invisible characters taken out of what was typed or pasted: said once, so nothing changes unseen. */
export function TypedTextNotice() {
  const notice = useWorkshopStore((s) => s.notice);
  if (!notice) return null;
  return (
    <Banner tone="info">
      <p className="banner-text">{notice}</p>
      <button type="button" className="btn" onClick={dismissNotice}>
        OK
      </button>
    </Banner>
  );
}
