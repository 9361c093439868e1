import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Where the test PDFs are kept, for a person to look at (and pdftoppm to render). */
export const OUT = "test-artifacts/pdf";

/** Writes the PDF where a person can look at it, and returns its path. */
export function keep(name: string, bytes: Uint8Array): string {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${name}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

export const pdftotext = (path: string) => execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
/** The text in the order it was drawn: a table cell's lines stay together. */
export const pdftotextInOrder = (path: string) => execFileSync("pdftotext", ["-raw", path, "-"], { encoding: "utf8" });
export const pdffonts = (path: string) => execFileSync("pdffonts", [path], { encoding: "utf8" });
export const pdfinfo = (path: string) =>
  execFileSync("pdfinfo", [path], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** The text of each page, in reading order (no layout), blank pages left out. */
export const pagesOf = (path: string) =>
  execFileSync("pdftotext", [path, "-"], { encoding: "utf8" })
    .split("\f")
    .filter((p) => p.trim() !== "");
