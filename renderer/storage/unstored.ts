import { type DraftField, draftKey } from "../../shared/contract/drafts";
import type { Change } from "../../shared/contract/patch";
import type { AccordDatabase, Unstored } from "./db";

const LOCAL_PREFIX = "accord-unstored|";
const lockName = (windowId: string) => `accord-window:${windowId}`;

const changesKey = (windowId: string, workshopId: string) => `changes|${windowId}|${workshopId}`;
const draftRecordKey = (windowId: string, workshopId: string, field: DraftField) =>
  `draft|${windowId}|${workshopId}|${draftKey(field)}`;

function seqOf(json: string): number {
  try {
    const seq = (JSON.parse(json) as { seq?: unknown } | null)?.seq;
    return typeof seq === "number" ? seq : 0;
  } catch {
    return 0;
  }
}

function localStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled for this origin
  }
}

/**
 * This window's write-ahead slots: what it changed or typed and has not
 * stored in a document yet. Each is written in the keystroke's own task, as
 * a small record in its own store, so it never waits behind a document's
 * write. When even that store cannot take it (a full disk), it goes to
 * localStorage, which browsers keep under a quota of its own. The window
 * holds a Web Lock for as long as it lives: a record whose window no longer
 * holds its lock was left by a window that closed or crashed, and is for the
 * next window to bring back.
 */
export class UnstoredSlots {
  readonly windowId: string = crypto.randomUUID();
  private seq = 0;
  private release: (() => void) | null = null;
  /** Keys this window put into localStorage, so a later successful write can take them out again. */
  private readonly heldLocally = new Set<string>();
  /** The newest changes record this window asked to write, per key. */
  private readonly lastChanges = new Map<string, number>();

  constructor(
    private readonly db: AccordDatabase,
    private readonly local: Storage | null = localStore(),
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    void globalThis.navigator?.locks?.request(
      lockName(this.windowId),
      () =>
        new Promise<void>((resolve) => {
          this.release = resolve;
        }),
    );
  }

  /** Numbers this window's changes: a document write absorbs the changes record only if it holds them all. */
  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  /**
   * Resolves true once the record is in the database: from then on a crash
   * cannot take these changes away (the next window to open the workshop
   * brings them back), so they count as stored. False when only
   * localStorage could take it.
   */
  writeChanges(workshopId: string, changes: Change[], seq: number): Promise<boolean> {
    const key = changesKey(this.windowId, workshopId);
    this.lastChanges.set(key, seq);
    // No changes over the stored document: removing the record leaves the document holding everything.
    if (changes.length === 0) return this.write(null, key);
    return this.write({ key, kind: "changes", windowId: this.windowId, workshopId, seq, changes, at: this.now() }, key);
  }

  /** A document holding this window's changes up to `seq` is stored: its record goes, unless newer changes came since. */
  changesStored(workshopId: string, seq: number): void {
    const key = changesKey(this.windowId, workshopId);
    if ((this.lastChanges.get(key) ?? 0) > seq) return;
    this.lastChanges.delete(key);
    this.remove(key);
  }

  writeDraft(workshopId: string, field: DraftField, text: string, before: string, live: boolean): void {
    const key = draftRecordKey(this.windowId, workshopId, field);
    const record = { key, windowId: this.windowId, workshopId, field, text, before, live, at: this.now() };
    this.put({ ...record, kind: "draft", seq: this.nextSeq() });
  }

  /** Kept in the document or given up on purpose (Escape): queued after the draft's own writes, in one store. */
  dropDraft(workshopId: string, field: DraftField): void {
    this.remove(draftRecordKey(this.windowId, workshopId, field));
  }

  /** A brought-back record the facilitator kept or discarded. */
  discard(key: string): void {
    this.forgetLocally([key]);
    this.remove(key);
  }

  /** Records now held by the stored document; with `upTo`, only a copy no newer than that change. */
  forgetLocally(keys: readonly string[], upTo = Number.POSITIVE_INFINITY): void {
    for (const key of keys) {
      const copy = this.local?.getItem(LOCAL_PREFIX + key);
      if (copy == null) continue;
      if (seqOf(copy) > upTo) continue;
      this.local?.removeItem(LOCAL_PREFIX + key);
      this.heldLocally.delete(key);
    }
  }

  /** Every record kept for this workshop, in the database or localStorage, the newest of each key. */
  async recordsOf(workshopId: string): Promise<Unstored[]> {
    const newest = new Map<string, Unstored>();
    const keep = (record: Unstored) => {
      const other = newest.get(record.key);
      if (!other || other.seq < record.seq) newest.set(record.key, record);
    };
    for (const record of await this.db.unstored.where("workshopId").equals(workshopId).toArray()) keep(record);
    for (const record of this.localRecords()) if (record.workshopId === workshopId) keep(record);
    return [...newest.values()];
  }

  /** Windows that left records and no longer run: their records are for this window to bring back. */
  async gone(): Promise<(windowId: string) => boolean> {
    const locks = globalThis.navigator?.locks;
    const held = new Set<string>();
    if (locks) for (const lock of (await locks.query()).held ?? []) if (lock.name) held.add(lock.name);
    return (windowId) => windowId !== this.windowId && !held.has(lockName(windowId));
  }

  close(): void {
    this.release?.();
  }

  /**
   * One small transaction, committed at once rather than when the put's
   * success has come back through a busy main thread (which is what waiting
   * for auto-commit means): a keystroke's record is on disk within a
   * millisecond or two, before the frame that paints it is shown. Records of
   * one store are written in the order they are asked for, so a draft's
   * removal never overtakes the change record that holds its words.
   */
  private write(record: Unstored | null, key: string): Promise<boolean> {
    return new Promise((settle) => {
      const committed = () => {
        this.stored([key]);
        settle(true);
      };
      const failed = () => {
        if (record) this.keepLocally([record]);
        else this.stored([key]);
        settle(false);
      };
      let idb: IDBDatabase | null = null;
      try {
        idb = this.db.isOpen() ? this.db.backendDB() : null;
      } catch {
        idb = null;
      }
      if (!idb) {
        const done = record ? this.db.unstored.put(record) : this.db.unstored.delete(key);
        done.then(committed, failed);
        return;
      }
      try {
        const tx = idb.transaction("unstored", "readwrite");
        const store = tx.objectStore("unstored");
        if (record) store.put(record);
        else store.delete(key);
        tx.oncomplete = committed;
        tx.onabort = failed;
        tx.commit();
      } catch {
        failed();
      }
    });
  }

  private put(record: Unstored): void {
    void this.write(record, record.key);
  }

  private remove(key: string): void {
    void this.write(null, key);
  }

  /** Written to the database: a copy kept in localStorage meanwhile is not needed any more. */
  private stored(keys: readonly string[]): void {
    for (const key of keys) if (this.heldLocally.delete(key)) this.local?.removeItem(LOCAL_PREFIX + key);
  }

  private keepLocally(records: readonly Unstored[]): void {
    for (const record of records) {
      try {
        this.local?.setItem(LOCAL_PREFIX + record.key, JSON.stringify(record));
        this.heldLocally.add(record.key);
      } catch {
        // Nowhere left to write: the save banner already says so and offers a backup file.
      }
    }
  }

  private localRecords(): Unstored[] {
    const local = this.local;
    if (!local) return [];
    const out: Unstored[] = [];
    for (let i = 0; i < local.length; i++) {
      const name = local.key(i);
      if (!name?.startsWith(LOCAL_PREFIX)) continue;
      try {
        const record = JSON.parse(local.getItem(name) ?? "null") as Unstored | null;
        if (record && typeof record.key === "string" && typeof record.workshopId === "string") out.push(record);
      } catch {
        // Not ours, or cut short: the document itself is untouched either way.
      }
    }
    return out;
  }
}
