import { readFile } from "node:fs/promises";
import { parseBackup } from "../shared/backup/backup";
import { buildCharterFile, serializeCharterFile } from "../shared/charter/build";
import type { CharterFile } from "../shared/charter/format";
import { type OpenedCharter, parseCharterFile } from "../shared/charter/parse";
import { detectTextKind } from "../shared/files/kinds";
import { underPath } from "../shared/workshop/json-path";
import type { Result } from "../shared/workshop/result";
import { EXIT, type Io, readText, reportProblems, writeOut } from "./io";

type Source = { kind: "charter"; opened: OpenedCharter } | { kind: "backup"; file: CharterFile; title: string };

async function appVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
  return String(pkg.version);
}

/** A charter, or a backup turned into its charter; anything else is refused with the charter reader's words. */
async function readSource(path: string, text: string, io: Io): Promise<Source | null> {
  if (detectTextKind(text) === "workshop-backup") {
    const restored = parseBackup(text);
    if (!restored.ok) return refused(path, restored, io);
    const built = await buildCharterFile(restored.value, {
      appVersion: await appVersion(),
      exportedAt: new Date().toISOString(),
    });
    if (!built.ok) {
      const problems = built.problems.map((p) => ({ ...p, path: underPath("$.workshop", p.path) }));
      return refused(path, { ok: false, problems }, io);
    }
    return { kind: "backup", file: built.value, title: restored.value.details.title };
  }
  const opened = await parseCharterFile(text);
  return opened.ok ? { kind: "charter", opened: opened.value } : refused(path, opened, io);
}

function refused(path: string, result: Result<unknown> & { ok: false }, io: Io): null {
  reportProblems(path, result.problems, io);
  return null;
}

function notIntact(path: string, opened: OpenedCharter, io: Io): void {
  const m = opened.firstMismatch;
  io.err(`${path}: NOT intact: ${m ? `${m.path} ${m.message}` : "the content hash does not match"}`);
}

function describeCharter(c: OpenedCharter): string {
  const { charter, signOff } = c.file;
  const signatories = charter.participants.filter((p) => p.signatory).length;
  return `version ${charter.version}, ${signOff.status}, ${signOff.signatures.length} of ${signatories} signatures, ${signOff.contentHash}`;
}

export async function validate(path: string, io: Io): Promise<number> {
  const text = await readText(path, io);
  if (text === null) return EXIT.usage;
  if (detectTextKind(text) === "workshop-backup") {
    const restored = parseBackup(text);
    if (!restored.ok) return refused(path, restored, io) ?? EXIT.invalid;
    io.out(`${path}: valid Accord workshop backup ("${restored.value.details.title}")`);
    return EXIT.fine;
  }
  const source = await readSource(path, text, io);
  if (source?.kind !== "charter") return EXIT.invalid;
  if (!source.opened.intact) {
    notIntact(path, source.opened, io);
    return EXIT.invalid;
  }
  io.out(`${path}: valid Accord charter, format 1, ${describeCharter(source.opened)}`);
  return EXIT.fine;
}

export async function verify(path: string, io: Io): Promise<number> {
  const text = await readText(path, io);
  if (text === null) return EXIT.usage;
  const opened = await parseCharterFile(text);
  if (!opened.ok) return refused(path, opened, io) ?? EXIT.invalid;
  if (!opened.value.intact) {
    notIntact(path, opened.value, io);
    return EXIT.invalid;
  }
  io.out(`${path}: intact, ${describeCharter(opened.value)}`);
  return EXIT.fine;
}

export async function render(path: string, out: { pdf: string; json?: string | undefined }, io: Io): Promise<number> {
  const text = await readText(path, io);
  if (text === null) return EXIT.usage;
  const source = await readSource(path, text, io);
  if (source === null) return EXIT.invalid;
  const file = source.kind === "charter" ? source.opened.file : source.file;
  const intact = source.kind === "backup" || source.opened.intact;
  const mismatch = source.kind === "charter" ? source.opened.firstMismatch : undefined;

  // Loaded only here, so validate and verify never pay for the PDF engine.
  const [{ renderCharterPdf }, { nodeFonts }] = await Promise.all([import("../shared/pdf/render"), import("./fonts")]);
  const pdf = await renderCharterPdf(file, nodeFonts, {
    intact,
    mismatch: mismatch && `${mismatch.path} ${mismatch.message}`,
  });
  if (!(await writeOut(out.pdf, pdf, io))) return EXIT.usage;
  io.out(`Wrote ${out.pdf}`);
  if (out.json !== undefined) {
    // A charter is written back as it came (fields Accord does not know are signed too); a backup as its new charter.
    const json =
      source.kind === "charter"
        ? `${JSON.stringify(JSON.parse(text.replace(/^\uFEFF/, "")), null, 2)}\n`
        : serializeCharterFile(file);
    if (!(await writeOut(out.json, json, io))) return EXIT.usage;
    io.out(`Wrote ${out.json}`);
  }
  if (source.kind === "charter" && !source.opened.intact) {
    notIntact(path, source.opened, io);
    io.err(`${path}: the PDF is marked NOT INTACT on every page`);
    return EXIT.invalid;
  }
  return EXIT.fine;
}
