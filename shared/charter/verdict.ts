import type { Problem } from "../workshop/result";
import { type OpenedCharter, parseCharterFile } from "./parse";

/**
 * What a reader concludes about a charter file, in the words of
 * docs/charter-format.md ("Verdicts"): `accord validate --json` and
 * `accord verify --json` print it, and any importer can compute the same.
 */
export interface CharterVerdict {
  /** Readable as a charter under every rule of the format. */
  valid: boolean;
  /** Its hash, signatures, status and seal all agree; null when not valid. */
  intact: boolean | null;
  /** A seal is present and verifies; null when not valid. */
  sealed: boolean | null;
  /** The sealing key's fingerprint, when sealed. */
  key: string | null;
  problems: Problem[];
}

/** Exit codes of validate and verify; 0 and 2 are as they always were. */
export const VERDICT_EXIT = { fine: 0, invalid: 1, usage: 2, notIntact: 3, notPinnedKey: 4 } as const;

const FINGERPRINT = /^(?:sha256:)?([0-9a-f]{64})$/i;

/** A fingerprint as `--key` may give it (with or without "sha256:", any case), or null. */
export function normalizeFingerprint(text: string): string | null {
  const match = FINGERPRINT.exec(text.trim());
  return match ? `sha256:${(match[1] as string).toLowerCase()}` : null;
}

export async function charterVerdict(
  input: string | Uint8Array,
  { key }: { key?: string } = {},
): Promise<{ verdict: CharterVerdict; opened: OpenedCharter | null }> {
  const parsed = await parseCharterFile(input);
  if (!parsed.ok) return refusedVerdict(parsed.problems);
  const opened = parsed.value;
  const problems: Problem[] = opened.firstMismatch ? [opened.firstMismatch] : [];
  if (opened.intact && key !== undefined && opened.key !== key) {
    problems.push(
      opened.sealed
        ? { path: "$.seal.keyFingerprint", message: `is ${opened.key}, not the expected key ${key}` }
        : { path: "$.seal", message: `is missing: the file is not sealed, so nothing shows it came from ${key}` },
    );
  }
  const verdict = { valid: true, intact: opened.intact, sealed: opened.sealed, key: opened.key, problems };
  return { verdict, opened };
}

/** The verdict on a file refused before any field was read (unreadable as JSON, too large, …). */
export function refusedVerdict(problems: Problem[]): { verdict: CharterVerdict; opened: null } {
  return { verdict: { valid: false, intact: null, sealed: null, key: null, problems }, opened: null };
}

export function verdictExit(verdict: CharterVerdict): number {
  if (!verdict.valid) return VERDICT_EXIT.invalid;
  if (!verdict.intact) return VERDICT_EXIT.notIntact;
  return verdict.problems.length > 0 ? VERDICT_EXIT.notPinnedKey : VERDICT_EXIT.fine;
}
