import { useServices } from "../../storage/StorageContext";
import { useSaveStatus } from "../../store/save-status";
import { dismissNotice, dismissRefusal, useWorkshopStore } from "../../store/workshop-store";
import { Banner } from "../../ui/Banner";

/** Small and calm while all is well; the failure case is a banner (below). */
export function SaveStatusIndicator() {
  const status = useSaveStatus((s) => s.status);
  const label = status.state === "error" ? "Not stored" : status.state === "saving" ? "Storing…" : "All changes stored";
  return (
    <span
      className={`save-status save-status-${status.state}`}
      role="status"
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
