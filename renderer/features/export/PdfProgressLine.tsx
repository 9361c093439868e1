import { type PdfProgress, PROGRESS_WORDS } from "./usePdfExport";

/** Large and announced: the room sees the PDF being made rather than a window that seems to hang. */
export function PdfProgressLine({ progress, onDismiss }: { progress: PdfProgress; onDismiss: () => void }) {
  if (progress.state === "idle") return null;
  if (progress.state === "done" || progress.state === "failed") {
    return (
      <div className={`pdf-progress pdf-${progress.state}`} role={progress.state === "failed" ? "alert" : "status"}>
        <p>{progress.text}</p>
        <button type="button" className="btn" onClick={onDismiss}>
          OK
        </button>
      </div>
    );
  }
  return (
    <div className="pdf-progress" role="status" aria-live="polite" data-pdf-state={progress.state}>
      <span className="pdf-spinner" aria-hidden="true" />
      <p>
        PDF of version {progress.version}: {PROGRESS_WORDS[progress.state]}
      </p>
    </div>
  );
}
