import { type Checked, openDocument } from "../contract";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, CHARTER_FORMAT, MAX_FILE_BYTES } from "../files/kinds";
import { readJsonText } from "../files/read-json";
import { describeValue } from "../workshop/issue-messages";
import type { Workshop } from "../workshop/model";
import { type Problem, type Result, refuse } from "../workshop/result";
import { loadQuickCheck } from "../workshop/shape";
import { jsonTextsWholeAndVisible } from "../workshop/text";
import { checkUntrusted } from "../workshop/untrusted";
import { capProblems } from "../workshop/validate";

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

const refuseAll = (problems: Problem[]): Result<never> => ({ ok: false, problems: capProblems(problems) });

/**
 * Reads a workshop backup file the user picked. Every way a file can be wrong
 * ends in a refusal that names the problem and where; nothing is changed.
 */
export function parseBackup(text: string, { maxBytes = MAX_FILE_BYTES }: ParseOptions = {}): Result<Checked> {
  const read = readJsonText(text, maxBytes);
  if (!read.ok) return read;
  const file = read.value;
  if (!isObject(file)) {
    return refuse("$", `is not an Accord file: it holds ${describeValue(file)}, not an object with a "format"`);
  }
  const formatProblem = checkFormat(file);
  if (formatProblem) return refuse(formatProblem.path, formatProblem.message);
  if (!Object.hasOwn(file, "workshop")) {
    const unsafe = checkUntrusted(file);
    return unsafe.length > 0 ? refuseAll(unsafe) : refuse("$.workshop", "is missing");
  }
  // What is around the workshop; the workshop itself is walked once, by openDocument, before anything copies it.
  const { workshop, ...envelope } = file;
  const unsafe = checkUntrusted(envelope);
  if (unsafe.length > 0) return refuseAll(unsafe);
  // Just parsed, and this function's alone: kept as it is when nothing in it needs changing.
  return openDocument(workshop, "$.workshop", { owned: true, textsChecked: jsonTextsWholeAndVisible(text) });
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

/**
 * parseBackup once the quick check has loaded: what reads a backup file
 * (an import, the command line) may come before the app has loaded it, and
 * a large backup would then go through zod alone, several times slower.
 */
export async function readBackup(text: string, options: ParseOptions = {}): Promise<Result<Checked>> {
  await loadQuickCheck();
  return parseBackup(text, options);
}
