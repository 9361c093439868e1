import { readFile } from "node:fs/promises";
import { readBackup } from "../shared/backup/backup";
import { buildCharterFile, serializeCharterFile } from "../shared/charter/build";
import type { CharterFile } from "../shared/charter/format";
import { type OpenedCharter, parseCharterFile } from "../shared/charter/parse";
import {
  type CharterVerdict,
  charterVerdict,
  refusedVerdict,
  VERDICT_EXIT,
  verdictExit,
} from "../shared/charter/verdict";
import { detectTextKind } from "../shared/files/kinds";
import { decodeUtf8 } from "../shared/files/utf8";
import { versionBefore } from "../shared/signoff/versions";
import { underPath } from "../shared/workshop/json-path";
import type { Problem, Result } from "../shared/workshop/result";
import { EXIT, type Io, readBytes, reportProblems, writeOut } from "./io";

type Source =
  | { kind: "charter"; opened: OpenedCharter }
  | { kind: "backup"; file: CharterFile; title: string; previous: CharterFile | undefined };

export interface CheckOptions {
  /** Print the verdict as one JSON object on stdout instead of a sentence. */
  json?: boolean;
  /** The fingerprint the seal must carry (already normalised). */
  key?: string;
}

async function appVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
  return String(pkg.version);
}

/** A backup's text, when the bytes are UTF-8 and say they are a backup. */
function backupText(bytes: Uint8Array): string | null {
  const decoded = decodeUtf8(bytes);
  return decoded.ok && detectTextKind(decoded.value) === "workshop-backup" ? decoded.value : null;
}

/** A charter, or a backup turned into its charter; anything else is refused with the charter reader's words. */
async function readSource(path: string, bytes: Uint8Array, io: Io): Promise<Source | null> {
  const backup = backupText(bytes);
  if (backup !== null) {
    const restored = await readBackup(backup);
    if (!restored.ok) return refused(path, restored, io);
    const built = await buildCharterFile(restored.value, {
      appVersion: await appVersion(),
      exportedAt: new Date().toISOString(),
    });
    if (!built.ok) {
      const problems = built.problems.map((p) => ({ ...p, path: underPath("$.workshop", p.path) }));
      return refused(path, { ok: false, problems }, io);
    }
    const previous = await versionBefore(restored.value, built.value.charter.version);
    return { kind: "backup", file: built.value, title: restored.value.details.title, previous };
  }
  const opened = await parseCharterFile(bytes);
  return opened.ok ? { kind: "charter", opened: opened.value } : refused(path, opened, io);
}

function refused(path: string, result: Result<unknown> & { ok: false }, io: Io): null {
  reportProblems(path, result.problems, io);
  return null;
}

const where = (p: Problem | undefined) => (p ? `${p.path} ${p.message}` : "the content hash does not match");

function notIntact(path: string, opened: OpenedCharter, io: Io): void {
  io.err(`${path}: NOT intact: ${where(opened.firstMismatch)}`);
}

function describeCharter(c: OpenedCharter): string {
  const { charter, signOff } = c.file;
  const signatories = charter.participants.filter((p) => p.signatory).length;
  const seal = c.sealed
    ? `sealed by ${c.key}`
    : c.sealUnchecked
      ? `seal not checked: ${c.sealUnchecked}`
      : "not sealed";
  return `version ${charter.version}, ${signOff.status}, ${signOff.signatures.length} of ${signatories} signatures, ${signOff.contentHash}, ${seal}`;
}

/** The verdict as a sentence on stdout (fine) or stderr (anything else), or as one JSON line on stdout. */
function report(
  path: string,
  { verdict, opened }: { verdict: CharterVerdict; opened: OpenedCharter | null },
  io: Io,
  options: CheckOptions,
  fine: (opened: OpenedCharter) => string,
): number {
  const code = verdictExit(verdict);
  if (options.json) {
    io.out(JSON.stringify({ file: path, kind: "charter", ...verdict }));
  } else if (!opened) {
    reportProblems(path, verdict.problems, io);
  } else if (code === VERDICT_EXIT.notIntact) {
    notIntact(path, opened, io);
  } else if (code === VERDICT_EXIT.notPinnedKey) {
    io.err(`${path}: intact, but NOT sealed by the expected key: ${where(verdict.problems[0])}`);
  } else {
    io.out(fine(opened));
  }
  return code;
}

export async function validate(path: string, io: Io, options: CheckOptions = {}): Promise<number> {
  const bytes = await readBytes(path, io);
  if (bytes === null) return EXIT.usage;
  if (!(bytes instanceof Uint8Array)) return report(path, refusedVerdict([bytes.tooLarge]), io, options, () => "");
  const backup = backupText(bytes);
  if (backup !== null) {
    const restored = await readBackup(backup);
    if (options.json) {
      const problems = restored.ok ? [] : restored.problems;
      io.out(JSON.stringify({ file: path, kind: "workshop-backup", valid: restored.ok, problems }));
    } else if (!restored.ok) refused(path, restored, io);
    else io.out(`${path}: valid Accord workshop backup ("${restored.value.details.title}")`);
    return restored.ok ? EXIT.fine : EXIT.invalid;
  }
  const checked = await charterVerdict(bytes, options);
  return report(path, checked, io, options, (o) => {
    const format = (o.file.formatMinor ?? 0) >= 1 ? `1.${o.file.formatMinor}` : "1.0";
    return `${path}: valid Accord charter, format ${format}, ${describeCharter(o)}`;
  });
}

export async function verify(path: string, io: Io, options: CheckOptions = {}): Promise<number> {
  const bytes = await readBytes(path, io);
  if (bytes === null) return EXIT.usage;
  if (!(bytes instanceof Uint8Array)) return report(path, refusedVerdict([bytes.tooLarge]), io, options, () => "");
  const checked = await charterVerdict(bytes, options);
  return report(path, checked, io, options, (o) => `${path}: intact, ${describeCharter(o)}`);
}

export interface RenderOut {
  pdf: string;
  json?: string | undefined;
  /** The charter file of the version before, for the "what changed" page (a backup carries its own). */
  previous?: string | undefined;
}

/**
 * The version before, given with --previous: it must be an intact charter
 * and the very version this one names as its previous (by content hash), or
 * the "what changed" page would compare with something else.
 */
async function previousVersion(path: string, file: CharterFile, io: Io): Promise<CharterFile | number> {
  const bytes = await readBytes(path, io);
  if (bytes === null) return EXIT.usage;
  if (!(bytes instanceof Uint8Array)) {
    reportProblems(path, [bytes.tooLarge], io);
    return EXIT.invalid;
  }
  const opened = await parseCharterFile(bytes);
  if (!opened.ok) {
    refused(path, opened, io);
    return EXIT.invalid;
  }
  if (!opened.value.intact) {
    notIntact(path, opened.value, io);
    return VERDICT_EXIT.notIntact;
  }
  const named = file.charter.previousVersionHash;
  const given = opened.value.file.signOff.contentHash;
  if (named !== given) {
    io.err(
      named === null
        ? `${path}: --previous is given, but the charter is version ${file.charter.version} and names no previous version`
        : `${path}: is not the previous version: its content hash is ${given}, the charter names ${named} ($.charter.previousVersionHash)`,
    );
    return EXIT.invalid;
  }
  return opened.value.file;
}

export async function render(path: string, out: RenderOut, io: Io): Promise<number> {
  const bytes = await readBytes(path, io);
  if (bytes === null) return EXIT.usage;
  if (!(bytes instanceof Uint8Array)) {
    reportProblems(path, [bytes.tooLarge], io);
    return EXIT.invalid;
  }
  const source = await readSource(path, bytes, io);
  if (source === null) return EXIT.invalid;
  const file = source.kind === "charter" ? source.opened.file : source.file;
  const intact = source.kind === "backup" || source.opened.intact;
  const mismatch = source.kind === "charter" ? source.opened.firstMismatch : undefined;
  let previous = source.kind === "backup" ? source.previous : undefined;
  if (out.previous !== undefined) {
    const given = await previousVersion(out.previous, file, io);
    if (typeof given === "number") return given;
    previous = given;
  }

  // Loaded only here, so validate and verify never pay for the PDF engine.
  const [{ renderCharterPdf }, { nodeFonts }] = await Promise.all([import("../shared/pdf/render"), import("./fonts")]);
  const pdf = await renderCharterPdf(file, nodeFonts, {
    intact,
    mismatch: mismatch && `${mismatch.path} ${mismatch.message}`,
    sealed: source.kind === "charter" && source.opened.sealed,
    ...(previous ? { previous } : {}),
  });
  if (!(await writeOut(out.pdf, pdf, io))) return EXIT.usage;
  io.out(`Wrote ${out.pdf}`);
  if (out.json !== undefined) {
    // A charter is written back byte for byte (its seal covers it as it is); a backup as its new, unsealed charter.
    const json = source.kind === "charter" ? bytes : serializeCharterFile(file);
    if (!(await writeOut(out.json, json, io))) return EXIT.usage;
    io.out(`Wrote ${out.json}`);
  }
  if (source.kind === "charter" && !source.opened.intact) {
    notIntact(path, source.opened, io);
    io.err(`${path}: the PDF is marked NOT INTACT on every page`);
    return VERDICT_EXIT.notIntact;
  }
  return EXIT.fine;
}
