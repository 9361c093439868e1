import type { CharterFile } from "../../../shared/charter/format";
import type { CharterFonts } from "../../../shared/pdf/fonts";
import { type PdfOptions, renderCharterPdf } from "../../../shared/pdf/render";

/** One PDF to make. The fonts are absolute URLs on the app's own origin, fetched here. */
export interface PdfJob {
  id: number;
  file: CharterFile;
  fonts: CharterFonts;
  options: PdfOptions;
}

/** The PDF's bytes (their buffer transferred, not copied), or why it could not be made. */
export type PdfReply = { id: number; bytes: ArrayBuffer } | { id: number; error: string };

/**
 * The charter PDF, laid out off the window's thread: react-pdf's layout
 * (yoga WebAssembly, under script-src 'wasm-unsafe-eval') and font subsetting
 * take most of a second for a large charter, and here they never freeze the
 * window. react-pdf's browser build needs no window or document: it fetches
 * fonts with fetch(), builds the file as a Blob, and fflate may start blob:
 * workers of its own to inflate PNG signatures (worker-src blob:), which a
 * worker may do as well as a page. So no shim is needed.
 */
// tsconfig's lib is DOM's, not WebWorker's: this is the part of a worker's global scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PdfJob>) => void) | null;
  onunhandledrejection: ((event: PromiseRejectionEvent) => void) | null;
  postMessage(message: PdfReply, transfer: Transferable[]): void;
};

const inFlight = new Set<number>();

/**
 * Some engine failures never reach renderCharterPdf's promise: when yoga's
 * WebAssembly cannot be compiled (a policy without 'wasm-unsafe-eval'), its
 * loader rejects a promise nobody awaits and the render waits forever. Nothing
 * else runs in this worker, so such a rejection is the failure of the PDFs
 * being made, and they are answered with it rather than left "Drawing pages…".
 */
scope.onunhandledrejection = (event) => {
  const why = event.reason instanceof Error ? event.reason.message : String(event.reason);
  for (const id of inFlight) scope.postMessage({ id, error: why }, []);
  inFlight.clear();
};

scope.onmessage = async ({ data: { id, file, fonts, options } }) => {
  inFlight.add(id);
  try {
    const bytes = await renderCharterPdf(file, fonts, options);
    // The engine's Uint8Array owns its whole buffer; were it a view, only its own bytes are sent.
    const buffer =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? (bytes.buffer as ArrayBuffer)
        : bytes.slice().buffer;
    if (inFlight.delete(id)) scope.postMessage({ id, bytes: buffer }, [buffer]);
  } catch (error) {
    if (inFlight.delete(id))
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }, []);
  }
};
