import { describeValue } from "../workshop/issue-messages";
import { underPath } from "../workshop/json-path";
import { migrateWorkshop } from "../workshop/migrations";
import type { Workshop } from "../workshop/model";
import type { Problem, Result } from "../workshop/result";
import { checkUntrusted } from "../workshop/untrusted";
import { capProblems, validateWorkshop } from "../workshop/validate";
import { lineAndColumn, locateJsonError } from "./json-error";

export const BACKUP_FORMAT = "accord.workshop";
export const BACKUP_FORMAT_VERSION = 1;
export const CHARTER_FORMAT = "accord.charter";
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export type FileKind = "workshop-backup" | "charter" | "unknown";

export interface BackupInfo {
  appVersion: string;
  /** RFC 3339 time, supplied by the caller so this stays pure. */
  exportedAt: string;
}

export interface ParseOptions {
  /**
   * Not read: problems are phrased to follow their path ("$" is the file), and
   * formatProblems(problems, fileName) puts the name in front of each.
   */
  fileName?: string;
  maxBytes?: number;
}

/** The whole working session, pretty-printed so a person can read or diff it. */
export function serializeBackup(workshop: Workshop, { appVersion, exportedAt }: BackupInfo): string {
  const backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    generator: `Accord ${appVersion}`,
    exportedAt,
    workshop,
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Lets an importer route a parsed file: a backup restores a session, a charter seeds a new one. */
export function detectFileKind(value: unknown): FileKind {
  if (!isObject(value)) return "unknown";
  if (value.format === BACKUP_FORMAT) return "workshop-backup";
  if (value.format === CHARTER_FORMAT) return "charter";
  return "unknown";
}

const refuse = (path: string, message: string): Result<never> => ({ ok: false, problems: [{ path, message }] });
const refuseAll = (problems: Problem[]): Result<never> => ({ ok: false, problems: capProblems(problems) });
/** Migration problems are about the workshop as a whole, which sits at `$.workshop`. */
const rooted = (problems: Problem[]) => problems.map((p) => ({ ...p, path: underPath("$.workshop", p.path) }));

/**
 * Reads a workshop backup file the user picked. Every way a file can be wrong
 * ends in a refusal that names the problem and where; nothing is changed.
 */
export function parseBackup(text: string, { maxBytes = DEFAULT_MAX_BYTES }: ParseOptions = {}): Result<Workshop> {
  // Every UTF-16 code unit is at most three UTF-8 bytes, so most files need no counting.
  const bytes = text.length * 3 > maxBytes ? utf8Length(text) : 0;
  if (bytes > maxBytes) {
    return refuse("$", `is ${formatSize(bytes)}; the largest file Accord opens is ${formatSize(maxBytes)}`);
  }
  // Some Windows editors start UTF-8 files with a byte-order mark, which JSON.parse rejects.
  const json = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (json.trim() === "") return refuse("$", "is empty");

  const parsed = parseJson(json);
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  if (!isObject(file)) {
    return refuse("$", `is not an Accord file: it holds ${describeValue(file)}, not an object with a "format"`);
  }
  const formatProblem = checkFormat(file);
  if (formatProblem) return refuse(formatProblem.path, formatProblem.message);
  const unsafe = checkUntrusted(file);
  if (unsafe.length > 0) return refuseAll(unsafe);
  if (!("workshop" in file)) return refuse("$.workshop", "is missing");

  const migrated = migrateWorkshop(file.workshop);
  if (!migrated.ok) return refuseAll(rooted(migrated.problems));
  return validateWorkshop(migrated.value, "$.workshop");
}

function parseJson(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const error = locateJsonError(text);
    if (error === null) return refuse("$", "is not valid JSON");
    const { line, column } = lineAndColumn(text, error.index);
    const where = `line ${line}, column ${column}`;
    return error.index >= text.length
      ? refuse("$", `is not valid JSON: it ends too early, at ${where}; it may be cut short`)
      : refuse("$", `is not valid JSON: unexpected ${error.found} at ${where}`);
  }
}

function checkFormat(file: Record<string, unknown>): Problem | null {
  const { format, formatVersion } = file;
  if (format === CHARTER_FORMAT) {
    return { path: "$", message: "is a charter, not a workshop backup" };
  }
  if (format === undefined) return { path: "$.format", message: `is missing: this is not an Accord workshop backup` };
  if (format !== BACKUP_FORMAT) {
    const shown = typeof format === "string" ? JSON.stringify(format) : describeValue(format);
    return { path: "$.format", message: `is ${shown}, not "${BACKUP_FORMAT}": this is not an Accord workshop backup` };
  }
  if (typeof formatVersion !== "number" || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return { path: "$.formatVersion", message: `must be a whole number from 1, got ${describeValue(formatVersion)}` };
  }
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    return {
      path: "$",
      message: `was made by a newer Accord (backup format ${formatVersion}); this version reads up to backup format ${BACKUP_FORMAT_VERSION}`,
    };
  }
  return null;
}

/** The size the text has on disk as UTF-8. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one four-byte character: two per half.
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

function formatSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024, "MB"],
    [1024, "KB"],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}
