/** The two kinds of file Accord writes and reads back, and how large a file it opens. */
export const BACKUP_FORMAT = "accord.workshop";
export const BACKUP_FORMAT_VERSION = 1;
export const CHARTER_FORMAT = "accord.charter";

/** 50 MiB, counted in bytes of UTF-8: the same ceiling for the dialog, a dropped file, the CLI and main. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type FileKind = "workshop-backup" | "charter" | "unknown";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Lets an importer route a parsed file: a backup restores a session, a charter seeds a new one. */
export function detectFileKind(value: unknown): FileKind {
  if (!isObject(value)) return "unknown";
  if (value.format === BACKUP_FORMAT) return "workshop-backup";
  if (value.format === CHARTER_FORMAT) return "charter";
  return "unknown";
}

/** The kind a file's text claims; anything unreadable counts as unknown (the backup reader then says why). */
export function detectTextKind(text: string): FileKind {
  try {
    return detectFileKind(JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text));
  } catch {
    return "unknown";
  }
}
