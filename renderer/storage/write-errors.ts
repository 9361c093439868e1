import type { SaveStatus } from "./save-queue";

/** The status a failed write leaves: its sentence, and whether another window is why (which offers "Keep this version"). */
export function failedWrite(error: unknown): SaveStatus {
  const otherWindow = error instanceof Error && error.name === "WindowsDisagree";
  return { state: "error", message: describeWriteError(error), ...(otherWindow ? { otherWindow } : {}) };
}

/** Turns a failed IndexedDB write into a sentence saying what happened and what to do. */
export function describeWriteError(error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? "";
  if (name === "WindowsDisagree") {
    const why = error instanceof Error ? ` ${error.message}` : "";
    return `Another window changed this workshop too, and its changes and the ones here cannot both stand.${why} Your version stays on screen: Keep this version stores it over the other window's, or export a backup of it now.`;
  }
  if (name === "QuotaExceededError" || inner === "QuotaExceededError") {
    return "The disk is full, so your latest change could not be stored. Everything stored before it is safe. Free some disk space, then press Retry, or export a backup now.";
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
  return `Your latest change could not be stored${detail}. Everything stored before it is safe, and the change is still on screen. Press Retry, or export a backup now.`;
}
