import type { CharterFile } from "../../../shared/charter/format";
import type { CharterFonts } from "../../../shared/pdf/fonts";
import type { PdfOptions } from "../../../shared/pdf/render";
import type { PdfJob, PdfReply } from "./pdf.worker";

/**
 * No worker could be started here: no Worker at all (jsdom), a constructor
 * that refuses, or a worker whose script failed to load or to start (it fires
 * "error" before or instead of answering). The caller may make the PDF on
 * its own thread instead; any other failure is the PDF's own, and is not this.
 */
export class PdfWorkerUnavailable extends Error {
  override name = "PdfWorkerUnavailable";
}

type Waiting = { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();

/** Ends the worker, failing whatever it still had to do. The next export starts a new one. */
export function stopPdfWorker(why: Error = new PdfWorkerUnavailable("the PDF worker was stopped")): void {
  worker?.terminate();
  worker = null;
  for (const job of waiting.values()) job.reject(why);
  waiting.clear();
}

/**
 * The worker, started at the first export and kept for the next ones (fonts
 * fetched and WebAssembly compiled once). Created here, at export time, never
 * at the app's start: the worker's script carries the whole PDF engine.
 */
function pdfWorker(): Worker {
  if (worker) return worker;
  if (typeof Worker === "undefined") throw new PdfWorkerUnavailable("this window has no Web Workers");
  let started: Worker;
  try {
    // Vite's pattern: the URL and options are literal, so the worker and the engine it imports are built as a file of their own.
    started = new Worker(new URL("./pdf.worker.ts", import.meta.url), { type: "module", name: "accord-pdf" });
  } catch (error) {
    throw new PdfWorkerUnavailable(error instanceof Error ? error.message : String(error));
  }
  started.onmessage = ({ data }: MessageEvent<PdfReply>) => {
    const job = waiting.get(data.id);
    if (!job) return;
    waiting.delete(data.id);
    if ("bytes" in data) job.resolve(new Uint8Array(data.bytes));
    else job.reject(new Error(data.error));
  };
  // Jobs' own failures come back as replies; "error" means the script did not load or threw at its top level.
  started.onerror = (event) => {
    event.preventDefault();
    const why = event instanceof ErrorEvent && event.message ? event.message : "the PDF worker did not start";
    stopPdfWorker(new PdfWorkerUnavailable(why));
  };
  worker = started;
  return started;
}

/** Relative asset URLs would resolve against the worker's script; made absolute here, on the app's own origin. */
function absoluteFonts(fonts: CharterFonts): CharterFonts {
  const base = typeof document === "undefined" ? self.location.href : document.baseURI;
  const absolute = (url: string) => new URL(url, base).href;
  const fallbacks = Object.fromEntries(
    Object.entries(fonts.fallbacks).map(([font, files]) => [
      font,
      { regular: absolute(files.regular), bold: absolute(files.bold) },
    ]),
  ) as CharterFonts["fallbacks"];
  return {
    regular: absolute(fonts.regular),
    italic: absolute(fonts.italic),
    semiBold: absolute(fonts.semiBold),
    bold: absolute(fonts.bold),
    fallbacks,
  };
}

/** The charter PDF, made in the PDF worker; rejects with PdfWorkerUnavailable when there can be none. */
export function renderCharterPdfInWorker(
  file: CharterFile,
  fonts: CharterFonts,
  options: PdfOptions = {},
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const target = pdfWorker();
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    const job: PdfJob = { id, file, fonts: absoluteFonts(fonts), options };
    try {
      target.postMessage(job);
    } catch (error) {
      waiting.delete(id);
      throw error;
    }
  });
}
