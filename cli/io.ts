import { readFile, writeFile } from "node:fs/promises";
import type { Problem } from "../shared/workshop/result";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const EXIT = { fine: 0, invalid: 1, usage: 2 } as const;

export const USAGE = `Usage:
  accord validate <file.json>                              check a charter or a workshop backup
  accord verify <charter.json>                             check that a charter matches its content hash
  accord render <charter-or-backup.json> --pdf <out.pdf> [--json <out.json>]
Exit codes: 0 fine, 1 invalid or not intact, 2 usage error or unreadable file.`;

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

/** The file's text, or null after saying why it could not be read. */
export async function readText(path: string, io: Io): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
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
