import { createElement } from "react";
import type { CharterFile } from "../charter/format";
import { CharterDocument } from "./CharterDocument";
import { pdfBytes } from "./engine";
import { type CharterFonts, registerCharterFonts } from "./fonts";
import { fontsFor } from "./scripts";

export interface PdfOptions {
  /** Whether the file matched its hash (verifyCharterFile); a file that did not is marked on every page. */
  intact?: boolean;
  mismatch?: string;
  /** Whether the file's seal was checked and holds; the footer names the key only then. Defaults to `intact`. */
  sealed?: boolean;
  /** The version before this one, for its "what changed" page; without it the page says it could not compare. */
  previous?: CharterFile;
}

/**
 * The charter as a PDF, in Node (the CLI, tests) and in the browser alike.
 * The app loads this module with import() when an export starts, so the PDF
 * engine is a chunk of its own and never slows the app's start.
 */
export async function renderCharterPdf(
  file: CharterFile,
  fonts: CharterFonts,
  { intact = true, mismatch, previous, sealed = intact }: PdfOptions = {},
): Promise<Uint8Array> {
  registerCharterFonts(fonts);
  const document = createElement(CharterDocument, {
    file,
    intact,
    mismatch,
    previous,
    sealed,
    fontFamily: fontsFor(file, previous),
  });
  return pdfBytes(document);
}
