import { MAX_FILE_BYTES } from "./files/kinds";

/**
 * Accord's own copy of each stored workshop, kept by the host outside the
 * browser's storage (a folder of files, written whole and atomically): a
 * browser that loses an origin's storage (Chromium has been seen to recreate
 * it empty after being killed mid-write) loses no workshop with it. The page
 * writes a copy after each document it stores, and offers back any workshop
 * its storage no longer has. A copy of a workshop the storage still has is
 * never offered: revisions count one storage's writes, so they cannot say
 * whether a copy is newer than a workshop stored afresh (imported again after
 * a loss, say).
 */
export interface KeptCopy {
  id: string;
  /** The stored document's revision the copy holds (renderer/storage/db.ts): counted by one browser's storage. */
  revision: number;
  /** The workshop's title, so a list of copies can be shown without reading them. */
  title?: string;
  /** When it was moved to the trash, or null: a workshop brought back comes back where it was. */
  deletedAt?: string | null;
}

export interface KeptCopiesLink {
  put(copy: KeptCopy, text: string): Promise<void>;
  list(): Promise<KeptCopy[]>;
  /** The copy's text, or null when there is none. */
  read(id: string): Promise<string | null>;
  remove(id: string): Promise<void>;
}

/** Where npm start's server answers for them (electron/storage/copies-http.ts), and the header only the app's page sends. */
export const COPIES_PATH = "/accord-kept-copies";
export const COPIES_HEADER = "x-accord-kept-copies";

/** A copy is a stored document as JSON: a little over the largest file Accord opens. */
export const KEPT_COPY_MAX_BYTES = MAX_FILE_BYTES + 1024 * 1024;
const ID_MAX = 200;

/** What a host checks before it touches its folder: the page's input is untrusted. */
export function keptCopyProblem(copy: unknown): string | null {
  if (typeof copy !== "object" || copy === null) return "a kept copy is named by an object";
  const { id, revision, title, deletedAt } = copy as Record<string, unknown>;
  if (typeof id !== "string" || id.length === 0 || id.length > ID_MAX) return "a kept copy's id is 1 to 200 characters";
  if (typeof revision !== "number" || !Number.isSafeInteger(revision) || revision < 1)
    return "a kept copy's revision is a whole number from 1";
  if (title !== undefined && (typeof title !== "string" || title.length > 1000)) return "a kept copy's title is text";
  if (deletedAt !== undefined && deletedAt !== null && (typeof deletedAt !== "string" || deletedAt.length > 40))
    return "a kept copy's time in the trash is a time or null";
  return null;
}
