import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { charterVerdict, VERDICT_EXIT, verdictExit } from "../shared/charter/verdict";
import { buildCrmPack } from "../shared/crm/pack";
import type { Problem } from "../shared/workshop/result";
import type { CheckOptions } from "./commands";
import { EXIT, type Io, readBytes } from "./io";

/** How every pack's README.md starts: a folder holding one is a pack `accord crm` may replace. */
const PACK_MARK = "# CRM set-up for ";

async function entries(dir: string): Promise<string[] | null> {
  try {
    return await readdir(dir);
  } catch {
    return null;
  }
}

/** A folder the pack may be written to: new, empty, or an earlier pack (replaced whole, so no stale file is left). */
async function outProblem(out: string): Promise<string | null> {
  const inside = await entries(out);
  if (inside === null || inside.length === 0) return null;
  const readme = await readFile(join(out, "README.md"), "utf8").catch(() => "");
  return readme.startsWith(PACK_MARK)
    ? null
    : `${out} is not empty and holds no CRM set-up pack: name a new or empty folder`;
}

async function writePack(out: string, files: { path: string; content: string }[]): Promise<void> {
  const target = resolve(out);
  const staging = `${target}.accord-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  for (const f of files) {
    const path = join(staging, ...f.path.split("/"));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.content);
  }
  // Written beside the folder first: a failure half way leaves the earlier pack as it was.
  await rm(target, { recursive: true, force: true });
  await rename(staging, target);
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
  const { verdict, opened } = await charterVerdict(bytes, options);
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
  const unwritable = await outProblem(out);
  if (unwritable) {
    io.err(`accord: ${unwritable}`);
    return EXIT.usage;
  }
  try {
    await writePack(out, pack.value);
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
