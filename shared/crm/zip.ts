import { strToU8, type Zippable, zipSync } from "fflate";
import type { PackFile } from "./files";

/**
 * The pack as one .zip, its files under one folder so that unpacking it
 * cannot scatter them. Every entry carries the same fixed time, so the same
 * pack always gives the same bytes.
 */
export function zipPack(folder: string, files: readonly PackFile[]): Uint8Array {
  const mtime = new Date(Date.UTC(2000, 0, 1));
  const entries: Zippable = {};
  for (const f of files) entries[`${folder}/${f.path}`] = [strToU8(f.content), { mtime }];
  return zipSync(entries, { level: 6 });
}
