import type { z } from "zod";
import { BACKUP_FORMAT, MAX_FILE_BYTES } from "../files/kinds";
import { findBrokenText, readJsonText, tooLarge } from "../files/read-json";
import { strictJsonProblem } from "../files/strict-json";
import { decodeUtf8 } from "../files/utf8";
import { describeValue, issueMessage } from "../workshop/issue-messages";
import { jsonPath } from "../workshop/json-path";
import { ok, type Problem, type Result, refuse } from "../workshop/result";
import { checkUntrusted } from "../workshop/untrusted";
import { capProblems } from "../workshop/validate";
import { CHARTER_FORMAT, CHARTER_FORMAT_VERSION, type CharterFile, CharterFileSchema } from "./format";
import { checkCharterReferences } from "./references";
import { checkCharterRules } from "./rules";
import { type Verification, verifyCharterFile } from "./verify";

/** A charter file that is valid, with whether it still matches its own hash. */
export interface OpenedCharter extends Verification {
  file: CharterFile;
  /** The file's `charter` as written, fields Accord does not know included: what its hash is taken over. */
  asWritten: unknown;
}

export interface CharterParseOptions {
  maxBytes?: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const refuseAll = (problems: Problem[]): Result<never> => ({ ok: false, problems: capProblems(problems) });

/**
 * Reads a charter file the user (or a script) picked. Every way a file can be
 * wrong ends in a refusal naming the problem and its JSON path. A valid file
 * that no longer matches its hash is not refused: it opens, with intact false,
 * so a tampered charter can still be read — and be shown as not intact.
 */
export async function parseCharterFile(
  input: string | Uint8Array,
  { maxBytes = MAX_FILE_BYTES }: CharterParseOptions = {},
): Promise<Result<OpenedCharter>> {
  const read = readCharterJson(input, maxBytes);
  if (!read.ok) return read;
  return validateCharterFile(read.value);
}

/**
 * The strict reading every charter reader applies before any field is
 * looked at: the size, UTF-8 (when given the file's bytes), JSON, then
 * what JSON allows but a charter must not hold (strictJsonProblem), in the
 * order of docs/charter-format.md. A byte-order mark at the very start is
 * skipped; anywhere else it is text.
 */
export function readCharterJson(input: string | Uint8Array, maxBytes = MAX_FILE_BYTES): Result<unknown> {
  if (typeof input !== "string" && input.length > maxBytes)
    return { ok: false, problems: [tooLarge(input.length, maxBytes)] };
  const decoded = typeof input === "string" ? ok(input) : decodeUtf8(input);
  if (!decoded.ok) return decoded;
  const read = readJsonText(decoded.value, maxBytes);
  if (!read.ok) return read;
  // On the text, not the parsed value: JSON.parse keeps only the last copy of a key written twice.
  const json = decoded.value.startsWith("\uFEFF") ? decoded.value.slice(1) : decoded.value;
  const strict = strictJsonProblem(json, read.value);
  return strict ? refuse(strict.path, strict.message) : read;
}

/** The same checks as parseCharterFile, for a value already parsed from JSON. */
export async function validateCharterFile(value: unknown): Promise<Result<OpenedCharter>> {
  if (!isObject(value)) {
    return refuse("$", `is not an Accord file: it holds ${describeValue(value)}, not an object with a "format"`);
  }
  const formatProblem = checkFormat(value);
  if (formatProblem) return refuse(formatProblem.path, formatProblem.message);
  const unsafe = checkUntrusted(value);
  if (unsafe.length > 0) return refuseAll(unsafe);
  const brokenText = findBrokenText(value);
  if (brokenText) return refuse(brokenText.path, brokenText.message);

  const parsed = CharterFileSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    return refuseAll(
      parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: charterIssueMessage(issue) })),
    );
  }
  const wrong = checkCharterReferences(parsed.data);
  if (wrong.length > 0) return refuseAll(wrong);
  const broken = checkCharterRules(parsed.data);
  if (broken.length > 0) return refuseAll(broken);
  // Verified on the file as written, not the parsed copy: fields Accord does not know are signed too.
  const verification = await verifyCharterFile(value);
  return ok({ file: parsed.data, asWritten: value.charter, ...verification });
}

/** A missing field with a fixed set of values otherwise reads "must be one of …", which hides that it is absent. */
function charterIssueMessage(issue: z.core.$ZodIssue): string {
  return "input" in issue && issue.input === undefined && issue.code !== "unrecognized_keys"
    ? "is missing"
    : issueMessage(issue);
}

function checkFormat(file: Record<string, unknown>): Problem | null {
  const { format, formatVersion } = file;
  if (format === BACKUP_FORMAT) return { path: "$", message: "is a workshop backup, not a charter" };
  if (format === undefined) return { path: "$.format", message: "is missing: this is not an Accord charter" };
  if (format !== CHARTER_FORMAT) {
    const shown = typeof format === "string" ? JSON.stringify(format) : describeValue(format);
    return { path: "$.format", message: `is ${shown}, not "${CHARTER_FORMAT}": this is not an Accord charter` };
  }
  if (typeof formatVersion !== "number" || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return { path: "$.formatVersion", message: `must be a whole number from 1, got ${describeValue(formatVersion)}` };
  }
  if (formatVersion > CHARTER_FORMAT_VERSION) {
    return {
      path: "$.formatVersion",
      message: `is ${formatVersion}: the charter was made by a newer Accord; this version reads charter format ${CHARTER_FORMAT_VERSION}`,
    };
  }
  return null;
}
