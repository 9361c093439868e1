import Dexie from "dexie";
import {
  type Call,
  type Checked,
  type Commit,
  commit,
  type Intent,
  isChecked,
  openDocument,
} from "../../shared/contract";
import { bringBack, type LeftDraft } from "../../shared/contract/bring-back";
import type { KeptCopiesLink, KeptCopy } from "../../shared/kept-copies";
import { duplicateWorkshop } from "../../shared/workshop/duplicate";
import type { Problem } from "../../shared/workshop/result";
import { sameJson } from "../../shared/workshop/same-json";
import { loadQuickCheck } from "../../shared/workshop/shape";
import { formatProblems } from "../../shared/workshop/validate";
import {
  type AccordDatabase,
  MISSING_DOCUMENT,
  type StoredDocument,
  type StoredHead,
  type Unstored,
  type UnstoredChanges,
  type UnstoredDraft,
  type WorkshopSummary,
} from "./db";
import { summaryOf, unreadableReason } from "./summary";

/**
 * The only module that writes the database (a test holds every other module
 * to that). It stores documents that passed the write contract and nothing
 * else, and reads every document back through openDocument.
 */

export function summarize(workshop: Checked, updatedAt: string): WorkshopSummary {
  return { ...summaryOf(workshop.id, workshop, updatedAt), problem: null };
}

const newestFirst = (a: WorkshopSummary, b: WorkshopSummary) => b.updatedAt.localeCompare(a.updatedAt);

export async function listWorkshops(db: AccordDatabase): Promise<WorkshopSummary[]> {
  const all = await db.workshops.toArray();
  return all.filter((w) => w.deletedAt === null).sort(newestFirst);
}

export async function listTrash(db: AccordDatabase): Promise<WorkshopSummary[]> {
  const all = await db.workshops.toArray();
  return all.filter((w) => w.deletedAt !== null).sort((a, b) => (b.deletedAt ?? "").localeCompare(a.deletedAt ?? ""));
}

/** Another window stored this workshop since this one last read it: writing now would overwrite that unseen. */
export class StaleWrite extends Error {
  override name = "StaleWrite";
  constructor(readonly stored: number) {
    super(`The workshop was changed in another window (revision ${stored}).`);
  }
}

/** The window writing, and the last of its changes the document holds (see StoredHead.absorbed). */
export interface Absorbs {
  windowId: string;
  seq: number;
}

/** Enough windows to cover any that could have died with a record left; older ones have long been brought back. */
const ABSORBED_KEPT = 16;

function absorbedAfter(stored: StoredHead | undefined, absorbs: Absorbs | undefined) {
  if (!absorbs) return stored?.absorbed;
  const others = Object.entries(stored?.absorbed ?? {}).filter(([windowId]) => windowId !== absorbs.windowId);
  return Object.fromEntries([...others.slice(-(ABSORBED_KEPT - 1)), [absorbs.windowId, absorbs.seq]]);
}

/**
 * Summary and document change together or not at all. With `over`, only if
 * the stored revision is still that one (see StaleWrite); with `absorbs`, the
 * document notes which of the window's write-ahead changes it holds. The
 * write-ahead store is not part of this transaction, so a keystroke's record
 * never waits behind a whole document's write.
 * Returns the revision written.
 */
export async function saveWorkshop(
  db: AccordDatabase,
  workshop: Checked,
  now: string,
  over?: number,
  absorbs?: Absorbs,
): Promise<number> {
  const revision = await storeDocument(db, workshop, now, over, absorbs);
  db.copies?.stored(workshop, revision);
  return revision;
}

/** What a database last stored of a workshop through this module: its head, and what its summary keeps beside the document. */
interface StoredLast {
  head: StoredHead;
  listed: Pick<WorkshopSummary, "deletedAt" | "importedFrom">;
}

/**
 * For each database, what it last stored of each workshop, known once the
 * transaction completed. A write over that revision need not wait for the
 * stored head before writing: see storeOverKnownHead.
 */
const storedLast = new WeakMap<AccordDatabase, Map<string, StoredLast>>();

/** saveWorkshop without the kept copy, for a caller whose own transaction may yet fail (saveImported). */
async function storeDocument(
  db: AccordDatabase,
  workshop: Checked,
  now: string,
  over?: number,
  absorbs?: Absorbs,
): Promise<number> {
  // Reaching here with an unchecked document is a bug in Accord: it must never reach the disk.
  if (!isChecked(workshop)) throw new Error("saveWorkshop: the document did not come through the write contract");
  const known = over === undefined ? undefined : storedLast.get(db)?.get(workshop.id);
  const stored = await db.transaction("rw", db.workshops, db.documents, db.heads, () =>
    known && known.head.revision === over
      ? storeOverKnownHead(db, workshop, now, known, absorbs)
      : storeAfterReading(db, workshop, now, over, absorbs),
  );
  // Inside a caller's transaction (saveImported), which may yet fail, what is stored is not known yet.
  const last = storedLast.get(db) ?? new Map<string, StoredLast>();
  storedLast.set(db, last);
  if (Dexie.currentTransaction) last.delete(workshop.id);
  else last.set(workshop.id, stored);
  return stored.head.revision;
}

async function storeAfterReading(
  db: AccordDatabase,
  workshop: Checked,
  now: string,
  over?: number,
  absorbs?: Absorbs,
): Promise<StoredLast> {
  const [existing, head] = await Promise.all([db.workshops.get(workshop.id), headOf(db, workshop.id)]);
  const current = head?.revision ?? 0;
  if (over !== undefined && current !== over) throw new StaleWrite(current);
  const row = { id: workshop.id, workshop, revision: current + 1, absorbed: absorbedAfter(head, absorbs) };
  const summary = summaryRow(workshop, now, existing);
  await putDocument(db, row, summary);
  return { head: headRow(row), listed: summary };
}

/**
 * An edit over the revision this window itself stored last: everything is
 * written in the same round as the stored head and summary are read, and the
 * transaction is abandoned (nothing written) if another window stored since.
 * Requests in one transaction run in the order made, so the reads see what
 * was there before this write. A summary another window moved to the trash
 * (or back) meanwhile is written again as it stands. An edit's write waits
 * for one round instead of four.
 */
async function storeOverKnownHead(
  db: AccordDatabase,
  workshop: Checked,
  now: string,
  known: StoredLast,
  absorbs?: Absorbs,
): Promise<StoredLast> {
  const row = {
    id: workshop.id,
    workshop,
    revision: known.head.revision + 1,
    absorbed: absorbedAfter(known.head, absorbs),
  };
  const reads = Promise.all([db.workshops.get(workshop.id), db.heads.get(workshop.id)]);
  const summary = summaryRow(workshop, now, known.listed);
  const writes = putDocument(db, row, summary);
  const [[existing, head]] = await Promise.all([reads, writes]);
  if (head?.revision !== known.head.revision) throw new StaleWrite(head?.revision ?? 0);
  const listed = summaryRow(workshop, now, existing);
  if (!sameJson(listedBeside(listed), listedBeside(summary))) await db.workshops.put(listed);
  // That revision written another way (a kept copy brought back) may note other windows' changes: they stay noted.
  const written = headRow({ ...row, absorbed: absorbedAfter(head, absorbs) });
  if (!sameJson(written.absorbed, row.absorbed)) await db.heads.put(written);
  return { head: written, listed };
}

const headRow = (row: StoredHead): StoredHead =>
  row.absorbed
    ? { id: row.id, revision: row.revision, absorbed: row.absorbed }
    : { id: row.id, revision: row.revision };

/** What the document itself does not say (in the trash, imported from a file) stays with its summary. */
const summaryRow = (workshop: Checked, now: string, listed: StoredLast["listed"] | undefined): WorkshopSummary => ({
  ...summarize(workshop, now),
  deletedAt: listed?.deletedAt ?? null,
  importedFrom: listed?.importedFrom ?? null,
});

/** The stored document's head; for one stored before heads were kept, read from the document itself. */
async function headOf(db: AccordDatabase, id: string): Promise<StoredHead | undefined> {
  const head = await db.heads.get(id);
  if (head) return head;
  const stored = await db.documents.get(id);
  return stored && headWrittenIn(stored);
}

/** The head a document stored before heads were kept carried in itself. */
const headWrittenIn = (stored: StoredDocument): StoredHead => ({
  id: stored.id,
  revision: stored.revision ?? 0,
  absorbed: stored.absorbed,
});

const listedBeside = ({ deletedAt, importedFrom }: StoredLast["listed"]) => ({ deletedAt, importedFrom });

/** The document, its head and its summary, always together (inside the caller's transaction over all three). */
async function putDocument(db: AccordDatabase, row: StoredHead & { workshop: Checked }, summary: WorkshopSummary) {
  await Promise.all([
    db.documents.put({ id: row.id, workshop: row.workshop, revision: row.revision }),
    db.heads.put(headRow(row)),
    db.workshops.put(summary),
  ]);
}

/** Stores an imported workshop saying which file it came from, in one transaction: an original and its copy tell apart. */
export async function saveImported(db: AccordDatabase, workshop: Checked, file: string, at: string): Promise<void> {
  const revision = await db.transaction("rw", db.workshops, db.documents, db.heads, async () => {
    const stored = await storeDocument(db, workshop, at);
    await db.workshops.update(workshop.id, { importedFrom: { file, at } });
    return stored;
  });
  // Only once the import is stored: a copy of what never was would be offered back.
  db.copies?.stored(workshop, revision);
}

export type Loaded =
  | { state: "ready"; workshop: Checked; revision: number }
  | { state: "missing" }
  /** Kept exactly as stored; `problems` say why it cannot be opened. */
  | { state: "unreadable"; problems: Problem[] };

/**
 * Every load goes through openDocument: a document from an earlier Accord
 * is upgraded in memory (and stored upgraded at its next change); one that
 * cannot be read is left untouched and its summary says why.
 */
export async function loadWorkshop(db: AccordDatabase, id: string): Promise<Loaded> {
  // A workshop opened as the app starts (a reload, a link) is read through the quick check too, not zod alone.
  const [stored] = await Promise.all([db.documents.get(id), loadQuickCheck()]);
  if (!stored) return { state: "missing" };
  // A structured clone from the disk, this function's alone: kept as it is when nothing in it needs changing.
  const opened = openDocument(stored.workshop, "$", { owned: true });
  if (opened.ok) {
    // Once readable (this Accord was upgraded since, say), it is listed as readable again.
    if ((await db.workshops.get(id))?.problem) await db.workshops.update(id, { problem: null });
    return { state: "ready", workshop: opened.value, revision: stored.revision ?? 0 };
  }
  await db.workshops.update(id, { problem: unreadableReason(opened.problems) });
  return { state: "unreadable", problems: opened.problems };
}

/** Each stored document's revision, read from the index: no document is loaded. */
export async function storedRevisions(db: AccordDatabase): Promise<Map<string, number>> {
  const revisions = new Map<string, number>();
  await db.documents.orderBy("revision").eachKey((revision, cursor) => {
    revisions.set(String(cursor.primaryKey), Number(revision));
  });
  return revisions;
}

/** One stored document's revision, from its head (or the index, for one stored before heads were kept). */
export async function storedRevision(db: AccordDatabase, id: string): Promise<number | undefined> {
  return (await db.heads.get(id))?.revision ?? (await storedRevisions(db)).get(id);
}

/** The document exactly as it is stored, for exporting one that cannot be opened. */
export async function readStored(db: AccordDatabase, id: string): Promise<unknown> {
  return (await db.documents.get(id))?.workshop;
}

export type StoredEdit = Commit | { ok: false; problems: Problem[] };

/**
 * A change to a stored workshop that is not open (the home screen's rename):
 * the same contract as an edit on screen, so a signed, locked version refuses
 * it the same way.
 */
export async function editStored(
  db: AccordDatabase,
  id: string,
  change: Call,
  intent: Intent,
  now: string,
): Promise<StoredEdit> {
  const loaded = await loadWorkshop(db, id);
  if (loaded.state === "missing") return { ok: false, problems: [{ path: "$", message: MISSING_DOCUMENT }] };
  if (loaded.state === "unreadable") return { ok: false, problems: loaded.problems };
  const result = commit(loaded.workshop, change, intent);
  // Over the revision it read: a window that stored meanwhile is never overwritten unseen.
  if (result.ok && result.changed) await saveWorkshop(db, result.document, now, loaded.revision);
  return result;
}

export async function duplicateStored(db: AccordDatabase, id: string, now: string): Promise<Checked | undefined> {
  const loaded = await loadWorkshop(db, id);
  if (loaded.state !== "ready") return undefined;
  const copy = openDocument(duplicateWorkshop(loaded.workshop));
  // A copy of a valid document is valid; anything else is a bug in duplicateWorkshop.
  if (!copy.ok) throw new Error(formatProblems(copy.problems, "The copy"));
  await saveWorkshop(db, copy.value, now);
  return copy.value;
}

export async function moveToTrash(db: AccordDatabase, id: string, now: string): Promise<void> {
  await db.workshops.update(id, { deletedAt: now });
  db.copies?.moved(id);
}

/** Back from the trash, read through the contract on the way: one that cannot be opened comes back saying why. */
export async function restoreFromTrash(db: AccordDatabase, id: string): Promise<void> {
  await loadWorkshop(db, id);
  await db.workshops.update(id, { deletedAt: null });
  db.copies?.moved(id);
}

export async function deleteForever(db: AccordDatabase, id: string): Promise<void> {
  await db.transaction("rw", db.workshops, db.documents, db.heads, async () => {
    await db.workshops.delete(id);
    await db.documents.delete(id);
    await db.heads.delete(id);
  });
  db.copies?.removed(id);
}

/**
 * Stores Accord's kept copy of a workshop back in a browser whose storage no
 * longer has it, at the copy's revision, read through the write contract
 * like every stored document; a copy that cannot be read is left where it
 * is. Returns whether it came back.
 */
export async function bringBackCopy(
  db: AccordDatabase,
  link: KeptCopiesLink,
  copy: KeptCopy,
  now: string,
): Promise<boolean> {
  const workshop = await readCopy(link, copy.id);
  if (!workshop) return false;
  return db.transaction("rw", db.workshops, db.documents, db.heads, async () => {
    // Only into a storage that lost it: one that has the workshop holds its own newest state.
    if (await db.documents.get(copy.id)) return false;
    const listed = await db.workshops.get(copy.id);
    await putDocument(db, { id: copy.id, workshop, revision: copy.revision }, summaryRow(workshop, now, listed));
    // Back where it was: a workshop in the trash comes back in the trash.
    if (copy.deletedAt) await db.workshops.update(copy.id, { deletedAt: copy.deletedAt });
    return true;
  });
}

export interface Recovered {
  /** Whether the stored document changed: something typed before a crash is back in it. */
  restored: boolean;
  /** The stored document holds these now (or already did): their records are gone. */
  absorbed: string[];
  offers: LeftDraft[];
  problems: Problem[];
}

/**
 * What closed or crashed windows left unstored for this workshop, played onto
 * its stored document and written with it, their records removed in the same
 * transaction. A document that cannot be read keeps them all, untouched.
 */
export async function recoverUnstored(
  db: AccordDatabase,
  id: string,
  records: readonly Unstored[],
  now: string,
): Promise<Recovered> {
  const nothing: Recovered = { restored: false, absorbed: [], offers: [], problems: [] };
  if (records.length === 0) return nothing;
  let copy: { workshop: Checked; revision: number } | null = null;
  const recovered = await db.transaction("rw", db.workshops, db.documents, db.unstored, db.heads, async () => {
    const [existing, stored, kept] = await Promise.all([db.workshops.get(id), db.documents.get(id), db.heads.get(id)]);
    const opened = stored ? openDocument(stored.workshop) : null;
    if (!stored || !opened?.ok) return nothing;
    // The document is read whole here anyway: one stored before heads were kept gives its own.
    const head = kept ?? headWrittenIn(stored);
    // Changes the document already holds: their window stored them, and died before it could say so.
    const held = (r: Unstored) => r.kind === "changes" && r.seq <= (head.absorbed?.[r.windowId] ?? 0);
    const changes = records.filter((r): r is UnstoredChanges => r.kind === "changes" && !held(r));
    const drafts = records.filter((r): r is UnstoredDraft => r.kind === "draft");
    const back = bringBack(opened.value, changes, drafts);
    const restored = back.document !== opened.value;
    if (restored) {
      const row = { id, workshop: back.document, revision: head.revision + 1, absorbed: head.absorbed };
      await putDocument(db, row, summaryRow(row.workshop, now, existing));
      copy = { workshop: back.document, revision: row.revision };
    }
    const absorbed = [...records.filter(held).map((r) => r.key), ...back.absorbed];
    await db.unstored.bulkDelete(absorbed);
    return { restored, absorbed, offers: back.offers, problems: back.problems };
  });
  // What was typed before the crash is stored now: the copy outside the browser gets it too.
  const kept = copy as { workshop: Checked; revision: number } | null;
  if (kept) db.copies?.stored(kept.workshop, kept.revision);
  return recovered;
}

/** A kept copy read back through the write contract, or null when there is none or it cannot be read (or is of another workshop). */
export async function readCopy(link: KeptCopiesLink, id: string): Promise<Checked | null> {
  const [text] = await Promise.all([link.read(id).catch(() => null), loadQuickCheck()]);
  if (text === null) return null;
  try {
    const opened = openDocument(JSON.parse(text), "$", { owned: true });
    return opened.ok && opened.value.id === id ? opened.value : null;
  } catch {
    return null;
  }
}
