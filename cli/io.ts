import { readFile, stat, writeFile } from "node:fs/promises";
import { MAX_FILE_BYTES } from "../shared/files/kinds";
import { tooLarge } from "../shared/files/read-json";
import type { Problem } from "../shared/workshop/result";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export { VERDICT_EXIT as EXIT } from "../shared/charter/verdict";

export const USAGE = `Usage:
  accord validate <file.json> [--json] [--key <fingerprint>]   check a charter or a workshop backup
  accord verify <charter.json> [--json] [--key <fingerprint>]  check a charter is intact, and who sealed it
  accord render <charter-or-backup.json> --pdf <out.pdf> [--json <out.json>] [--previous <charter.json>]
                                          the charter as PDF; version 2 and later list what changed
                                          since --previous (a backup brings its own earlier versions)
  accord crm <charter.json> --out <folder> [--json] [--key <fingerprint>]
                                          write the HubSpot and Salesforce set-up
  --json (validate, verify, crm): print the verdict as one JSON object
  --key: the seal must be by the key with this fingerprint (sha256:<64 hex>)
Exit codes: 0 fine, 1 invalid (for crm: or its CRM set-up incomplete), 2 usage
error or unreadable file, 3 not intact, 4 intact but not sealed by the --key given.`;

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

const reason = (error: unknown) => {
  const code = (error as { code?: string }).code ?? "";
  return REASONS[code] ?? (error instanceof Error ? error.message : String(error));
};

/** A file read: its bytes, its refusal when it is past the size limit (never read), or null when it cannot be read. */
export type Read = Uint8Array | { tooLarge: Problem } | null;

/**
 * The file's bytes (decoded strictly later, never here). Its size is looked
 * at first, so a file past the limit is refused without being read into
 * memory; null after saying why it could not be read.
 */
export async function readBytes(path: string, io: Io): Promise<Read> {
  try {
    const info = await stat(path);
    if (info.isFile() && info.size > MAX_FILE_BYTES) return { tooLarge: tooLarge(info.size, MAX_FILE_BYTES) };
    return new Uint8Array(await readFile(path));
  } catch (error) {
    io.err(`accord: cannot read ${path}: ${reason(error)}`);
    return null;
  }
}

export async function writeOut(path: string, contents: string | Uint8Array, io: Io): Promise<boolean> {
  try {
    await writeFile(path, contents);
    return true;
  } catch (error) {
    io.err(`accord: cannot write ${path}: ${reason(error)}`);
    return false;
  }
}

/** One line: the file, the JSON path, the problem; a count of the rest, if any. */
export function reportProblems(file: string, problems: readonly Problem[], io: Io): void {
  const [first, ...rest] = problems;
  if (!first) return;
  const where = first.path === "$" || first.path === "" ? `${file}` : `${file}: ${first.path}`;
  const more = rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? "problem" : "problems"})` : "";
  io.err(`${where} ${first.message}${more}`);
}
