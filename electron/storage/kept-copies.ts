import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, unlink } from "node:fs/promises";
import path from "node:path";
import { KEPT_COPY_MAX_BYTES, type KeptCopy, keptCopyProblem } from "../../shared/kept-copies";
import { writeFileAtomic } from "../atomic-write";

/** The host's side of kept copies (shared/kept-copies.ts): plain Node, run by Electron's main and by npm start's server. */
export interface KeptCopies {
  put(copy: KeptCopy, text: string): Promise<void>;
  list(): Promise<KeptCopy[]>;
  read(id: string): Promise<string | null>;
  remove(id: string): Promise<void>;
}

// A digest, not the id itself: any id (up to 200 characters) makes a short, safe file name, and two ids never meet
// on a case-insensitive disk. The id and title are kept beside it, so listing never reads a whole copy.
const stemOf = (id: string) => createHash("sha256").update(id, "utf8").digest("hex").slice(0, 40);
const COPY = /^([0-9a-f]{40})\.([1-9][0-9]{0,15})\.json$/;
const ABOUT = /^([0-9a-f]{40})\.about$/;

interface Found {
  stem: string;
  revision: number;
  file: string;
}

/**
 * Each workshop's copy is one file, `<digest>.<revision>.json`, written whole
 * beside the old one and renamed into place before the old one goes, so a
 * crash at any moment leaves a whole copy; `<digest>.about` says whose copy
 * it is. Writes of one workshop run one at a time, in the order asked: the
 * page asks only for what it has just stored, so the last asked is the newest.
 */
export function keptCopiesIn(dir: string): KeptCopies {
  const queues = new Map<string, Promise<unknown>>();
  const inTurn = <T>(id: string, work: () => Promise<T>): Promise<T> => {
    const turn = (queues.get(id) ?? Promise.resolve()).then(work, work);
    queues.set(
      id,
      turn.catch(() => undefined),
    );
    return turn;
  };
  const names = () =>
    readdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [] as string[];
      throw error;
    });
  const copiesOf = async (stem: string): Promise<Found[]> =>
    (await names()).flatMap((file) => {
      const m = COPY.exec(file);
      return m && m[1] === stem ? [{ stem, revision: Number(m[2]), file }] : [];
    });
  const refuse = (problem: string | null) => {
    if (problem) throw new Error(problem);
  };

  return {
    put: async (copy, text) => {
      refuse(keptCopyProblem(copy));
      if (Buffer.byteLength(text, "utf8") > KEPT_COPY_MAX_BYTES) throw new Error("a kept copy is too large");
      const stem = stemOf(copy.id);
      return inTurn(copy.id, async () => {
        const earlier = await copiesOf(stem);
        await mkdir(dir, { recursive: true });
        const about = JSON.stringify({ id: copy.id, title: copy.title ?? "", deletedAt: copy.deletedAt ?? null });
        await writeFileAtomic(path.join(dir, `${stem}.about`), about);
        await writeFileAtomic(path.join(dir, `${stem}.${copy.revision}.json`), text);
        for (const f of earlier) if (f.revision !== copy.revision) await unlink(path.join(dir, f.file)).catch(() => {});
      });
    },
    list: async () => {
      const files = await names();
      const copies: KeptCopy[] = [];
      for (const file of files) {
        const stem = ABOUT.exec(file)?.[1];
        if (!stem) continue;
        const kept = files.flatMap((f) => {
          const m = COPY.exec(f);
          return m && m[1] === stem ? [Number(m[2])] : [];
        });
        if (kept.length === 0) continue;
        try {
          const about = JSON.parse(await readFile(path.join(dir, file), "utf8")) as Record<string, unknown>;
          if (typeof about.id !== "string") continue;
          const title = typeof about.title === "string" ? about.title : "";
          const deletedAt = typeof about.deletedAt === "string" ? about.deletedAt : null;
          copies.push({ id: about.id, revision: Math.max(...kept), title, deletedAt });
        } catch {
          // A note half written by a crash: its copy is listed again once the next one is written.
        }
      }
      return copies;
    },
    read: async (id) => {
      refuse(keptCopyProblem({ id, revision: 1 }));
      const newest = (await copiesOf(stemOf(id))).sort((a, b) => b.revision - a.revision)[0];
      return newest ? readFile(path.join(dir, newest.file), "utf8") : null;
    },
    remove: async (id) => {
      refuse(keptCopyProblem({ id, revision: 1 }));
      const stem = stemOf(id);
      return inTurn(id, async () => {
        // The copies first: a note without a copy lists nothing, a copy without its note is never offered.
        for (const f of await copiesOf(stem)) await unlink(path.join(dir, f.file));
        await unlink(path.join(dir, `${stem}.about`)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== "ENOENT") throw error;
        });
      });
    },
  };
}
