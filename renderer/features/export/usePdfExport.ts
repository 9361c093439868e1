import { useCallback, useState } from "react";
import type { CharterFile } from "../../../shared/charter/format";
import type { CharterFonts } from "../../../shared/pdf/fonts";
import type { PdfOptions } from "../../../shared/pdf/render";
import { versionBefore } from "../../../shared/signoff/versions";
import type { Workshop } from "../../../shared/workshop/model";
import { useServices } from "../../storage/StorageContext";
import { charterFileName } from "../../ui/charter/file-names";
import { useCharterFile } from "../../ui/charter/useSaveCharter";
import { PdfWorkerUnavailable, renderCharterPdfInWorker } from "./pdf-in-worker";

export type PdfProgress =
  | { state: "idle" }
  | { state: "preparing" | "drawing" | "saving"; version: number }
  | { state: "done"; text: string }
  | { state: "failed"; text: string };

export const PROGRESS_WORDS = { preparing: "Preparing…", drawing: "Drawing pages…", saving: "Saving…" } as const;

/**
 * Lets the browser paint the progress before the next heavy step. A frame
 * alone never comes in a hidden window, so a timer backs it up.
 */
const paint = () =>
  new Promise<void>((resolve) => {
    const done = () => setTimeout(resolve, 0);
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      done();
    });
  });

/**
 * The PDF made in a Web Worker (pdf.worker.ts), so the window stays
 * responsive while pages are laid out. Only when no worker can be had here
 * (jsdom has none; a worker whose script fails to load or start counts as
 * none) is it made on this thread instead: slower to paint, but still made.
 */
async function renderPdf(file: CharterFile, fonts: CharterFonts, options: PdfOptions): Promise<Uint8Array> {
  try {
    return await renderCharterPdfInWorker(file, fonts, options);
  } catch (error) {
    if (!(error instanceof PdfWorkerUnavailable)) throw error;
    const engine = await import("../../../shared/pdf/render");
    return engine.renderCharterPdf(file, fonts, options);
  }
}

/**
 * The charter as PDF. The PDF engine and its fonts are loaded only now (the
 * worker is started at the first export, and carries the engine in its own
 * script), so they never slow the app's start. The progress is painted before
 * each step so the room sees what is happening.
 */
export function usePdfExport() {
  const { host } = useServices();
  const charterFile = useCharterFile();
  const [progress, setProgress] = useState<PdfProgress>({ state: "idle" });

  const exportPdf = useCallback(
    async (workshop: Workshop, version?: number) => {
      const shown = version ?? workshop.signOff.version;
      try {
        setProgress({ state: "preparing", version: shown });
        await paint();
        // Version 2 and later print what changed since the version before, read from the workshop's history.
        const [fonts, built, previous] = await Promise.all([
          import("./browser-fonts"),
          charterFile(workshop, version),
          versionBefore(workshop, shown),
        ]);
        if (!built.ok) {
          setProgress({ state: "failed", text: built.problems.map((p) => p.message).join(" ") });
          return;
        }
        setProgress({ state: "drawing", version: shown });
        await paint();
        const bytes = await renderPdf(built.value, fonts.browserFonts, previous ? { previous } : {});
        setProgress({ state: "saving", version: shown });
        await paint();
        const saved = await host.saveFile({
          title: `Export the charter as PDF, version ${shown}`,
          suggestedName: charterFileName(built.value.charter, "pdf"),
          filters: [{ name: "PDF document", extensions: ["pdf"] }],
          contents: bytes,
        });
        const where = saved.path ? ` to ${saved.path}` : "";
        setProgress(
          saved.saved ? { state: "done", text: `Charter version ${shown} saved as PDF${where}.` } : { state: "idle" },
        );
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        setProgress({ state: "failed", text: `The PDF could not be made: ${why}.` });
      }
    },
    [host, charterFile],
  );
  return { exportPdf, progress, dismiss: () => setProgress({ state: "idle" }) };
}
