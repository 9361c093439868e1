import Dexie, { type Table, type Transaction } from "dexie";
import type { LeftChanges, LeftDraft } from "../../shared/contract/bring-back";
import type { Checked } from "../../shared/contract/checked";
import type { StoredSealKeys } from "./seal-keys";
import { readProblem, summaryOf } from "./summary";

// Dexie turns on its debugging aids (a console task, and so a stack trace, for every request) on any page
// served from http://127.0.0.1, which is where `npm start` serves the app. Accord as shipped, from its own
// app:// scheme, runs without them; so does a build served anywhere. The dev server keeps them.
if (!import.meta.env.DEV) Dexie.debug = false;

/** What the home screen lists, kept apart so listing never loads whole documents. */
export interface WorkshopSummary {
  id: string;
  title: string;
  organization: string;
  date: string;
  /** RFC 3339; when the document last changed. */
  updatedAt: string;
  /** RFC 3339 once moved to the trash, else null. */
  deletedAt: string | null;
  /**
   * Why the stored document cannot be opened (made by a newer Accord,
   * damaged), or null. Such a document is kept exactly as it is, listed
   * with this reason, and can be exported as it is stored.
   */
  problem: string | null;
  /** The charter's version, and how many have signed it: an original and its signed copy look different. */
  version?: number;
  signatures?: number;
  /** The file it came from, when it was imported (absent in summaries written before this was kept). */
  importedFrom?: { file: string; at: string } | null;
}

export interface StoredDocument {
  id: string;
  /** As written, by this Accord or an earlier one: read back only through openDocument. */
  workshop: unknown;
  /**
   * Counts the writes of this document. A window writes only over the
   * revision it last read or wrote, so two windows on one workshop never
   * overwrite each other unseen (see renderer/storage/persistence.ts).
   */
  revision: number;
  /** Written here by an Accord before database version 6; kept in the document's head since (see StoredHead). */
  absorbed?: Record<string, number>;
}

/**
 * What a write needs to know of the stored document, kept apart from it so
 * that storing an edit never reads the whole document first. Written in the
 * same transaction as the document; a document stored before heads were kept
 * has none until its next write, which reads these from the document itself.
 */
export interface StoredHead {
  id: string;
  /** The document's revision (see StoredDocument.revision). */
  revision: number;
  /**
   * For each window that wrote it lately, the last of its changes the
   * document holds: a write-ahead record no newer than that is already in,
   * even if the window died before it could delete the record.
   */
  absorbed?: Record<string, number>;
}

/** Who left a write-ahead record, and in what order. */
interface WrittenAhead {
  windowId: string;
  workshopId: string;
  /** Counts the window's writes here; a newer record of one key always has a higher one. */
  seq: number;
}

/**
 * What one window changed in a workshop and has not stored in its document
 * yet, written in the keystroke's own task (a small record, never queued
 * behind a whole document's write), so that a crash, a kill or a full disk
 * between the keystroke and the document's write loses nothing. Once a
 * document holding them is stored, the window deletes the record; the
 * document's `absorbed` says so even if the window dies first.
 */
export interface UnstoredChanges extends LeftChanges, WrittenAhead {
  kind: "changes";
}

/** Words typed into a field and not kept in the document yet (see shared/contract/drafts.ts). */
export interface UnstoredDraft extends LeftDraft, WrittenAhead {
  kind: "draft";
}

export type Unstored = UnstoredChanges | UnstoredDraft;

export const DATABASE_NAME = "accord";

/**
 * Version 2: every summary says whether its document can be read, so a
 * workshop that cannot be opened is listed with the reason instead of failing
 * on a click; every document gets its revision. The workshops themselves are
 * never rewritten by an upgrade (a failed upgrade must not cost a word); they
 * are upgraded as they are opened.
 */
export async function addReadProblems(tx: Transaction): Promise<void> {
  const table = tx.table<StoredDocument, string>("documents");
  await table.toCollection().modify((stored) => {
    if (typeof stored.revision !== "number") stored.revision = 1;
  });
  const documents = await table.toArray();
  const summaries = tx.table<WorkshopSummary, string>("workshops");
  const listed = new Map((await summaries.toArray()).map((s) => [s.id, s]));
  const found = new Set(documents.map((d) => d.id));
  const updated = documents.map((stored): WorkshopSummary => {
    const problem = readProblem(stored.workshop);
    const summary = listed.get(stored.id);
    // A document without a summary would be invisible: it is listed, so it is never silently lost.
    return summary
      ? { ...summary, problem }
      : { ...summaryOf(stored.id, stored.workshop, new Date().toISOString()), problem };
  });
  const orphans = [...listed.values()]
    .filter((s) => !found.has(s.id))
    .map((s) => ({ ...s, problem: MISSING_DOCUMENT }));
  await summaries.bulkPut([...updated, ...orphans]);
}

export const MISSING_DOCUMENT = "Only the name of this workshop is stored: its content is missing.";

/**
 * Released versions are never edited: a change to the stores is a new
 * `this.version(n)` with an `.upgrade()`, tested by opening a database
 * written by the release before it.
 */
/** Told of every document stored and every workshop deleted for good, to keep Accord's own copies (kept-copies.ts). */
export interface CopySink {
  stored(workshop: Checked, revision: number): void;
  /** Moved to the trash or back: the copy says so too. */
  moved(id: string): void;
  removed(id: string): void;
}

export class AccordDatabase extends Dexie {
  /** Set once at start where the host keeps copies; null otherwise (and in most tests). */
  copies: CopySink | null = null;
  workshops!: Table<WorkshopSummary, string>;
  documents!: Table<StoredDocument, string>;
  unstored!: Table<Unstored, string>;
  keys!: Table<StoredSealKeys, string>;
  heads!: Table<StoredHead, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({ workshops: "id, updatedAt", documents: "id" });
    this.version(2).stores({ workshops: "id, updatedAt", documents: "id" }).upgrade(addReadProblems);
    // Version 3 only adds a store: nothing already stored is touched.
    this.version(3).stores({ workshops: "id, updatedAt", documents: "id", unstored: "key, workshopId" });
    // Version 4 only adds the store of the installation's sealing key (renderer/storage/seal-keys.ts).
    this.version(4).stores({ workshops: "id, updatedAt", documents: "id", unstored: "key, workshopId", keys: "id" });
    // Version 5 only indexes each document's revision, so the kept copies are compared without reading documents.
    this.version(5).stores({
      workshops: "id, updatedAt",
      documents: "id, revision",
      unstored: "key, workshopId",
      keys: "id",
    });
    // Version 6 only adds the store of each document's head: nothing already stored is touched.
    this.version(6).stores({
      workshops: "id, updatedAt",
      documents: "id, revision",
      unstored: "key, workshopId",
      keys: "id",
      heads: "id",
    });
  }
}
