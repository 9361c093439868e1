import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { PhonePage } from "./server";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
};

/**
 * The participant page's built files (dist/phone), read into memory when the
 * room opens: the server answers from this list alone, so no path a phone
 * asks for can reach any other file on the computer.
 */
export async function loadPhonePage(dir: string): Promise<PhonePage> {
  const page: Record<string, { type: string; body: Buffer }> = {};
  async function walk(folder: string, prefix: string): Promise<void> {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(file, `${prefix}${entry.name}/`);
      else {
        const type = TYPES[path.extname(entry.name).toLowerCase()];
        if (type) page[`${prefix}${entry.name}`] = { type, body: await readFile(file) };
      }
    }
  }
  try {
    await walk(dir, "/");
  } catch {
    throw new Error(`The participant page is not built (${dir}): run npm run build.`);
  }
  const index = page["/index.html"];
  if (!index) throw new Error(`The participant page is not built (${dir} has no index.html): run npm run build.`);
  page["/"] = index;
  return page;
}
