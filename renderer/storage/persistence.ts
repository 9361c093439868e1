import { liveQuery } from "dexie";
import { type Checked, joinWindows } from "../../shared/contract";
import { diff } from "../../shared/contract/patch";
import type { Problem } from "../../shared/workshop/result";
import { setSaveStatus } from "../store/save-status";
import { adoptWorkshop, useWorkshopStore } from "../store/workshop-store";
import type { AccordDatabase } from "./db";
import { loadWorkshop, type Recovered, recoverUnstored, StaleWrite, saveWorkshop, storedRevision } from "./repository";
import { SaveQueue } from "./save-queue";
import { UnstoredSlots } from "./unstored";

/** What this window last read or stored of a workshop: the base its own changes are made on. */
interface Known {
  base: Checked;
  revision: number;
}

/** Another window's changes and this one's cannot both stand; the facilitator decides, nothing is dropped. */
export class WindowsDisagree extends Error {
  override name = "WindowsDisagree";
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.message).join(" "));
  }
}

/**
 * Stores every change to the open workshop as it happens, and keeps windows
 * on one workshop from overwriting each other. Each write goes over the
 * revision this window last read or stored; if another window stored since,
 * this window's changes are joined onto what it stored (through the write
 * contract) and written over that. A window that is not editing follows the
 * others' changes as they are stored.
 */
export class Persistence {
  readonly queue: SaveQueue;
  readonly slots: UnstoredSlots;
  private readonly hurry = () => this.queue.hurry();
  private readonly hurryWhenHidden = () => {
    if (document.visibilityState === "hidden") this.queue.hurry();
  };
  /** Which of this window's changes each document holds, so its write can absorb the write-ahead record. */
  private readonly seqOf = new WeakMap<Checked, number>();
  private readonly known = new Map<string, Known>();
  /** The document whose write is under way, if any. */
  private writing: Checked | null = null;
  private joining: Promise<void> = Promise.resolve();
  private stopWatching: (() => void) | null = null;
  private readonly stopListening: () => void;

  constructor(
    private readonly db: AccordDatabase,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.queue = new SaveQueue((workshop) => this.write(workshop), setSaveStatus, now);
    this.slots = new UnstoredSlots(db, undefined, now);
    // A window closing or going out of sight writes its document at once, not at an idle moment it may never get.
    if (typeof window !== "undefined") {
      window.addEventListener("pagehide", this.hurry);
      document.addEventListener("visibilitychange", this.hurryWhenHidden);
    }
    this.stopListening = useWorkshopStore.subscribe((state, previous) => {
      const { workshop } = state;
      if (!workshop || workshop === previous.workshop || workshop.id !== previous.workshop?.id) return;
      // Taken from storage as another window left it: stored already.
      if (this.known.get(workshop.id)?.base === workshop) return;
      void this.queue.push(workshop, this.writeAhead(workshop));
    });
  }

  /**
   * Before anything else, in the change's own task: what this window changed
   * since its last stored revision, as a small record that a crash before the
   * document's write cannot take away. Resolves true once it is on disk: the
   * change is stored from then on. Not while a document of this workshop is
   * being written: the record says what changed over the stored document,
   * and that one is about to change, so the change is stored when the write
   * ends (see write).
   */
  private writeAhead(workshop: Checked): Promise<boolean> | undefined {
    const known = this.known.get(workshop.id);
    if (!known) return undefined;
    const seq = this.slots.nextSeq();
    this.seqOf.set(workshop, seq);
    const kept = this.slots.writeChanges(workshop.id, diff(known.base, workshop), seq);
    return this.writing?.id === workshop.id ? undefined : kept;
  }

  /**
   * What windows that closed or crashed left unstored for this workshop
   * (this one's own changes are still in its queue), brought back into the
   * stored document before it is opened.
   */
  async recover(id: string): Promise<Recovered> {
    const gone = await this.slots.gone();
    const records = (await this.slots.recordsOf(id)).filter(
      (r) => gone(r.windowId) || (r.kind === "draft" && r.windowId === this.slots.windowId),
    );
    const recovered = await recoverUnstored(this.db, id, records, this.now());
    this.slots.forgetLocally(recovered.absorbed);
    return recovered;
  }

  /** A workshop was opened from storage: its changes are written over this revision, and others' followed. */
  follow(workshop: Checked, revision: number): void {
    this.known.set(workshop.id, { base: workshop, revision });
    this.stopWatching?.();
    // The revision from the document's head, not the document: each write of this window comes back here,
    // and reading the whole document back each time would cost as much as writing it.
    const subscription = liveQuery(() => storedRevision(this.db, workshop.id)).subscribe({
      next: (revision) => {
        const known = this.known.get(workshop.id);
        // Only news from another window; this window's own writes come back with the revision it knows.
        if (revision === undefined || !known || revision <= known.revision) return;
        if (this.queue.unsaved?.id === workshop.id) return; // the next write meets the change and joins it
        this.join(workshop.id).catch((error: unknown) => this.queue.fail(error));
      },
      error: () => undefined,
    });
    this.stopWatching = () => subscription.unsubscribe();
  }

  /**
   * Changes to this workshop that could not be stored yet (a full disk, say),
   * still held by this window: reopening the workshop shows them, not the
   * older stored version, so the next edit cannot write over them.
   */
  unsavedFor(id: string): Checked | null {
    const unsaved = this.queue.unsaved;
    return unsaved?.id === id ? unsaved : null;
  }

  /** The open workshop was closed: its own writes still go out, over what it knew. */
  unfollow(): void {
    this.stopWatching?.();
    this.stopWatching = null;
  }

  /** After a disagreement: this window's version is stored over the other's, as the facilitator chose. */
  async keepThisVersion(): Promise<void> {
    const workshop = useWorkshopStore.getState().workshop;
    if (!workshop) return;
    const revision = await storedRevision(this.db, workshop.id);
    const known = this.known.get(workshop.id);
    if (known) known.revision = revision ?? 0;
    await this.queue.push(workshop, undefined, { asked: true });
  }

  disconnect(): void {
    this.queue.stop();
    if (typeof window !== "undefined") {
      window.removeEventListener("pagehide", this.hurry);
      document.removeEventListener("visibilitychange", this.hurryWhenHidden);
    }
    this.unfollow();
    this.stopListening();
    this.slots.close();
  }

  private async write(workshop: Checked): Promise<void> {
    const known = this.known.get(workshop.id);
    const seq = this.seqOf.get(workshop);
    const absorbs = seq === undefined ? undefined : { windowId: this.slots.windowId, seq };
    this.writing = workshop;
    try {
      const revision = await saveWorkshop(this.db, workshop, this.now(), known?.revision, absorbs);
      if (seq !== undefined) this.slots.changesStored(workshop.id, seq);
      this.known.set(workshop.id, { base: workshop, revision });
    } catch (error) {
      if (!(error instanceof StaleWrite)) throw error;
      await this.join(workshop.id, workshop);
    } finally {
      this.writing = null;
    }
    // Edits made during the write were recorded over the document before it: recorded again over this one.
    const next = this.queue.unsaved;
    if (next && next !== workshop && next.id === workshop.id) this.queue.kept(next, this.writeAhead(next));
  }

  /** One join at a time: each reads what is stored, and this window's document, afresh. */
  private join(id: string, writing?: Checked): Promise<void> {
    const next = this.joining.then(() => this.joinStored(id, writing));
    this.joining = next.catch(() => undefined);
    return next;
  }

  /**
   * `writing`: this window's document whose write found another window's
   * revision. It stands for this window's changes when the workshop is no
   * longer open here (the facilitator went back to the list before it was
   * written): they are joined onto theirs and written all the same.
   */
  private async joinStored(id: string, writing?: Checked): Promise<void> {
    const stored = await loadWorkshop(this.db, id);
    const known = this.known.get(id);
    if (stored.state !== "ready" || !known) {
      throw new WindowsDisagree([
        { path: "$", message: "Another window changed this workshop into one this window cannot read." },
      ]);
    }
    if (stored.revision <= known.revision) return;
    // From here to the store, nothing is awaited: what the facilitator types meanwhile is part of "mine".
    const open = useWorkshopStore.getState().workshop;
    const mine = open?.id === id ? open : (writing ?? null);
    const theirs = stored.workshop;
    if (!mine) {
      this.known.set(id, { base: theirs, revision: stored.revision });
      return;
    }
    const joined = joinWindows(known.base, mine, theirs);
    if (!joined.ok) throw new WindowsDisagree(joined.problems);
    this.known.set(id, { base: theirs, revision: stored.revision });
    // Nothing of mine to add: theirs stands as stored, and holds all this window had to write ahead.
    if (!joined.changed) void this.slots.writeChanges(id, [], this.slots.nextSeq());
    if (mine === open) adoptWorkshop(joined.changed ? joined.document : theirs);
    else if (joined.changed) void this.queue.push(joined.document, this.writeAhead(joined.document));
  }
}

export function connectPersistence(db: AccordDatabase, now?: () => string): Persistence {
  return new Persistence(db, now);
}

export type StorageDurability = "persistent" | "best-effort" | "unknown";

/** Asks the browser engine not to evict our data when space runs low. */
export async function requestPersistentStorage(storage: StorageManager | undefined): Promise<StorageDurability> {
  if (!storage?.persist) return "unknown";
  try {
    if (await storage.persisted()) return "persistent";
    return (await storage.persist()) ? "persistent" : "best-effort";
  } catch {
    return "unknown";
  }
}
