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

// Hex, not the id itself: any id becomes a safe file name, and two ids never meet on a case-insensitive disk.
const fileStem = (id: string) => Buffer.from(id, "utf8").toString("hex");
const NAME = /^([0-9a-f]+)\.([1-9][0-9]{0,15})\.json$/;

interface Found {
  stem: string;
  revision: number;
  file: string;
}

/**
 * Each workshop's copy is one file, `<id in hex>.<revision>.json`, written
 * whole beside the old one and renamed into place before the old one goes, so
 * a crash at any moment leaves a whole copy. Writes of one workshop run one
 * at a time, and an older revision never replaces a newer one.
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
  const found = async (): Promise<Found[]> => {
    const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [] as string[];
      throw error;
    });
    return names.flatMap((file) => {
      const m = NAME.exec(file);
      return m ? [{ stem: m[1] as string, revision: Number(m[2]), file }] : [];
    });
  };
  const ofId = async (id: string) => (await found()).filter((f) => f.stem === fileStem(id));
  const refuse = (problem: string | null) => {
    if (problem) throw new Error(problem);
  };

  return {
    put: async (copy, text) => {
      refuse(keptCopyProblem(copy));
      if (Buffer.byteLength(text, "utf8") > KEPT_COPY_MAX_BYTES) throw new Error("a kept copy is too large");
      return inTurn(copy.id, async () => {
        const earlier = await ofId(copy.id);
        if (earlier.some((f) => f.revision > copy.revision)) return;
        await mkdir(dir, { recursive: true });
        await writeFileAtomic(path.join(dir, `${fileStem(copy.id)}.${copy.revision}.json`), text);
        for (const f of earlier) if (f.revision !== copy.revision) await unlink(path.join(dir, f.file)).catch(() => {});
      });
    },
    list: async () => {
      const newest = new Map<string, number>();
      for (const f of await found()) newest.set(f.stem, Math.max(newest.get(f.stem) ?? 0, f.revision));
      return [...newest].map(([stem, revision]) => ({ id: Buffer.from(stem, "hex").toString("utf8"), revision }));
    },
    read: async (id) => {
      refuse(keptCopyProblem({ id, revision: 1 }));
      const newest = (await ofId(id)).sort((a, b) => b.revision - a.revision)[0];
      return newest ? readFile(path.join(dir, newest.file), "utf8") : null;
    },
    remove: async (id) => {
      refuse(keptCopyProblem({ id, revision: 1 }));
      return inTurn(id, async () => {
        for (const f of await ofId(id)) await unlink(path.join(dir, f.file)).catch(() => {});
      });
    },
  };
}
