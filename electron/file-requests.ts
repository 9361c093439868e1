import path from "node:path";
import { MAX_FILE_BYTES } from "../shared/files/kinds";
import type { FileFilter, OpenTextFileOptions, SaveFileOptions } from "../shared/host";

/** Whatever the renderer asks for, main never reads more than this into memory. */
export const MAX_OPEN_BYTES = MAX_FILE_BYTES;

/** The renderer's limit, or main's own ceiling when the renderer's is higher. */
export function openSizeLimit(requestedMaxBytes: number): number {
  return Math.min(requestedMaxBytes, MAX_OPEN_BYTES);
}

/**
 * A dialog on Linux does not add the extension the filter promised, and a
 * backup saved as "workshop" would not show up in the next Import dialog.
 */
export function resolveSavePath(chosenPath: string, filters: FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions).filter((ext) => ext !== "*");
  const first = extensions[0];
  if (first === undefined) return chosenPath;
  const current = path.extname(chosenPath).slice(1).toLowerCase();
  if (extensions.some((ext) => ext.toLowerCase() === current)) return chosenPath;
  return `${chosenPath}.${first}`;
}

export type SaveDecision = { kind: "write"; path: string } | { kind: "ask-again"; path: string };

/**
 * What to do with the path the save dialog returned. The dialog asked about
 * replacing only the file the facilitator named; when Accord adds the
 * extension, the file written is another one, and if it exists already the
 * dialog opens again on it, so that replacing it is asked too, never assumed.
 */
export function decideSave(chosenPath: string, filters: FileFilter[], exists: (path: string) => boolean): SaveDecision {
  const target = resolveSavePath(chosenPath, filters);
  if (target !== chosenPath && exists(target)) return { kind: "ask-again", path: target };
  return { kind: "write", path: target };
}

// Path separators would let a suggested name pick the folder; the rest are
// characters Windows refuses in a file name.
const UNSAFE_IN_NAME = /[<>:"/\\|?*]|\p{Cc}/gu;

/** Where the save dialog starts: the suggested name, stripped of anything path-like, in the given folder. */
export function defaultSavePath(folder: string, suggestedName: string): string {
  const cleaned = suggestedName.replace(UNSAFE_IN_NAME, "-").replace(/^[.\s]+|[.\s]+$/g, "");
  return path.join(folder, cleaned === "" ? "Accord" : cleaned.slice(0, 200));
}

const isText = (value: unknown, max: number): value is string => typeof value === "string" && value.length <= max;

function isFilterList(value: unknown): value is FileFilter[] {
  return (
    Array.isArray(value) &&
    value.length <= 20 &&
    value.every(
      (filter) =>
        typeof filter === "object" &&
        filter !== null &&
        isText((filter as FileFilter).name, 100) &&
        Array.isArray((filter as FileFilter).extensions) &&
        (filter as FileFilter).extensions.every(
          (ext) => typeof ext === "string" && /^(\*|[A-Za-z0-9]{1,16})$/.test(ext),
        ),
    )
  );
}

/** IPC arguments are untrusted input: anything malformed is refused, not repaired. */
export function parseOpenRequest(value: unknown): OpenTextFileOptions | null {
  if (typeof value !== "object" || value === null) return null;
  const { title, filters, maxBytes } = value as Record<string, unknown>;
  if (!isText(title, 200) || !isFilterList(filters)) return null;
  if (typeof maxBytes !== "number" || !Number.isSafeInteger(maxBytes) || maxBytes <= 0) return null;
  return { title, filters, maxBytes };
}

export function parseSaveRequest(value: unknown): SaveFileOptions | null {
  if (typeof value !== "object" || value === null) return null;
  const { title, suggestedName, filters, contents } = value as Record<string, unknown>;
  if (!isText(title, 200) || !isText(suggestedName, 255) || !isFilterList(filters)) return null;
  if (typeof contents !== "string" && !(contents instanceof Uint8Array)) return null;
  return { title, suggestedName, filters, contents };
}
