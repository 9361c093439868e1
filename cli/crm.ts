import { mkdir, readdir, readFile, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { charterVerdict, refusedVerdict, VERDICT_EXIT, verdictExit } from "../shared/charter/verdict";
import { buildCrmPack } from "../shared/crm/pack";
import type { Problem } from "../shared/workshop/result";
import type { CheckOptions } from "./commands";
import { EXIT, type Io, readBytes } from "./io";

/**
 * The list of files a pack wrote, kept beside them: a later run removes
 * exactly those (a file the new pack no longer has must not linger), and
 * nothing else in the folder: notes, .git, the Salesforce CLI's .sf.
 */
const MANIFEST = ".accord-crm-pack";

async function kind(path: string): Promise<"missing" | "folder" | "other"> {
  try {
    return (await stat(path)).isDirectory() ? "folder" : "other";
  } catch {
    return "missing";
  }
}

/** The earlier pack's files, [] for a new or empty folder, or why the folder cannot take a pack. */
async function earlierPack(out: string): Promise<string[] | string> {
  const found = await kind(out);
  if (found === "missing") return [];
  if (found === "other") return `${out} is a file, not a folder: name a new or empty folder`;
  const inside = await readdir(out);
  if (inside.length === 0) return [];
  const listed = await readFile(join(out, MANIFEST), "utf8").catch(() => null);
  if (listed === null) return `${out} is not empty and holds no CRM set-up pack: name a new or empty folder`;
  // Only paths a pack writes: a hand-edited list cannot reach outside the folder.
  return listed.split("\n").filter((p) => p !== "" && !p.split("/").some((part) => part === ".." || part === ""));
}

async function removeEmptyFolders(root: string, dir: string): Promise<void> {
  if (dir === root || !dir.startsWith(root)) return;
  const inside = await readdir(dir).catch(() => null);
  if (inside === null || inside.length > 0) return;
  await rmdir(dir).catch(() => undefined);
  await removeEmptyFolders(root, dirname(dir));
}

async function writePack(out: string, earlier: string[], files: { path: string; content: string }[]): Promise<void> {
  const root = resolve(out);
  for (const path of earlier) {
    const at = join(root, ...path.split("/"));
    await rm(at, { force: true });
    await removeEmptyFolders(root, dirname(at));
  }
  for (const f of files) {
    const path = join(root, ...f.path.split("/"));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.content);
  }
  await writeFile(join(root, MANIFEST), `${files.map((f) => f.path).join("\n")}\n`);
}

const line = (file: string, p: Problem) => `${file}: ${p.path} ${p.message}`;

/**
 * `accord crm <charter.json> --out <dir>`: the CRM set-up pack of an intact
 * charter. Every problem is listed (a RevOps engineer fixes them in one
 * pass); nothing is written while there is one.
 */
export async function crm(path: string, out: string, io: Io, options: CheckOptions = {}): Promise<number> {
  const bytes = await readBytes(path, io);
  if (bytes === null) return EXIT.usage;
  const { verdict, opened } =
    bytes instanceof Uint8Array ? await charterVerdict(bytes, options) : refusedVerdict([bytes.tooLarge]);
  const code = verdictExit(verdict);
  const say = (problems: Problem[], files: string[] = []) => {
    if (options.json) io.out(JSON.stringify({ file: path, out, ...verdict, files, problems }));
    else for (const p of problems) io.err(line(path, p));
  };
  if (!opened || code !== VERDICT_EXIT.fine) {
    say(verdict.problems);
    if (!options.json && code === VERDICT_EXIT.notIntact) {
      io.err(`${path}: NOT intact: its CRM set-up is not what the room signed, so no pack is made`);
    }
    return code;
  }
  const pack = buildCrmPack(opened.file);
  if (!pack.ok) {
    say(pack.problems);
    return EXIT.invalid;
  }
  const earlier = await earlierPack(out);
  if (typeof earlier === "string") {
    io.err(`accord: ${earlier}`);
    return EXIT.usage;
  }
  try {
    await writePack(out, earlier, pack.value);
  } catch (error) {
    io.err(`accord: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.usage;
  }
  const paths = pack.value.map((f) => f.path);
  if (options.json) say([], paths);
  else {
    io.out(`Wrote the CRM set-up pack of ${path} to ${out} (${paths.length} files):`);
    for (const p of paths) io.out(`  ${p}`);
    if (opened.file.signOff.status !== "signed") io.out("The charter is a draft: not everyone has signed it.");
  }
  return EXIT.fine;
}
