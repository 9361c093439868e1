import type { Checked } from "../../shared/contract/checked";
import type { KeptCopiesLink, KeptCopy } from "../../shared/kept-copies";
import type { AccordDatabase, CopySink } from "./db";
import { loadWorkshop, storedRevisions } from "./repository";
import { whenIdle } from "./when-idle";

/** Waits this many times a copy's own cost before the next: a large workshop is copied now and then, a small one at once. */
const COST_FACTOR = 10;

/** What the keeper reads of the browser's storage: a workshop as stored, and whether it is in the trash. */
export interface StoredFacts {
  load(id: string): Promise<{ workshop: Checked; revision: number } | null>;
  deletedAt(id: string): Promise<string | null>;
}

interface Pending {
  revision: number;
  workshop: Checked;
}

/**
 * Writes Accord's own copy of each workshop the browser stores (see
 * shared/kept-copies.ts). The newest stored revision of a workshop is copied;
 * a revision stored while a copy is on its way waits, and only the newest of
 * those is written after it. A copy that fails is tried again with the next
 * one: the browser's storage still holds the workshop.
 */
export class CopyKeeper implements CopySink {
  private readonly pending = new Map<string, Pending>();
  /** The newest revision of each workshop asked for, so an older one told later is never copied over it. */
  private readonly newest = new Map<string, number>();
  /** Per workshop, the copy (or removal) on its way: the next waits for it. */
  private readonly chains = new Map<string, Promise<void>>();

  constructor(
    private readonly link: KeptCopiesLink,
    private readonly stores: StoredFacts,
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly quiet: () => Promise<void> = whenIdle,
  ) {}

  moved(id: string): void {
    this.inTurn(id, async () => {
      const loaded = await this.stores.load(id);
      if (loaded) this.stored(loaded.workshop, loaded.revision);
    });
  }

  stored(workshop: Checked, revision: number): void {
    const queued = this.pending.get(workshop.id);
    // A revision stored since is newer whatever order the news comes in (the pass over older workshops at start),
    // queued or already on its way; a new storage counts from 1 again, but then this keeper is new too.
    if (revision < (this.newest.get(workshop.id) ?? 0)) return;
    this.newest.set(workshop.id, revision);
    this.pending.set(workshop.id, { revision, workshop });
    if (!queued) this.inTurn(workshop.id, () => this.writeNewest(workshop.id));
  }

  removed(id: string): void {
    this.pending.delete(id);
    this.newest.delete(id);
    this.inTurn(id, () => this.link.remove(id));
  }

  /** Resolves once every copy asked for so far is written or has failed. */
  async idle(): Promise<void> {
    while (this.chains.size > 0) await Promise.all([...this.chains.values()]);
  }

  private inTurn(id: string, work: () => Promise<void>): void {
    const chain = (this.chains.get(id) ?? Promise.resolve()).then(work).catch(() => undefined);
    this.chains.set(id, chain);
    void chain.then(() => {
      if (this.chains.get(id) === chain) this.chains.delete(id);
    });
  }

  private async writeNewest(id: string): Promise<void> {
    // Idle, not just a task later: a task can run before the frame that paints the edit, and copying
    // a large workshop then stands between the click and what it shows (and between its write and "stored").
    await this.quiet();
    const next = this.pending.get(id);
    if (!next) return;
    this.pending.delete(id);
    const started = performance.now();
    const text = JSON.stringify(next.workshop);
    try {
      const deletedAt = await this.stores.deletedAt(id);
      await this.link.put({ id, revision: next.revision, title: next.workshop.details.title, deletedAt }, text);
    } finally {
      await this.wait((performance.now() - started) * COST_FACTOR);
    }
  }
}

/** A kept copy of a workshop this browser's storage does not have. */
export type LostWorkshop = KeptCopy;

/** The kept copies of workshops this browser's storage does not have (see shared/kept-copies.ts for why only those). */
export async function lostWorkshops(db: AccordDatabase, link: KeptCopiesLink): Promise<LostWorkshop[]> {
  const copies = await link.list();
  const stored = await storedRevisions(db);
  return copies.filter((c) => !stored.has(c.id));
}

/**
 * Copies every stored workshop whose copy is missing or older (written by an
 * Accord before copies were kept, or while the host could not take them), one
 * at a time, without a copy that is newer being touched.
 */
export async function copyWhatIsNotKept(
  db: AccordDatabase,
  keeper: CopyKeeper,
  link: KeptCopiesLink,
  load: (id: string) => Promise<{ workshop: Checked; revision: number } | null>,
): Promise<void> {
  const kept = new Map((await link.list()).map((c) => [c.id, c.revision]));
  for (const [id, revision] of await storedRevisions(db)) {
    if ((kept.get(id) ?? 0) >= revision) continue;
    const loaded = await load(id);
    if (loaded) keeper.stored(loaded.workshop, loaded.revision);
    await keeper.idle();
  }
}

/** Where the host keeps copies: every document stored from now on is copied, and those stored before, soon after start. */
export function keepCopies(db: AccordDatabase, link: KeptCopiesLink | null, delayMs = 2000): CopyKeeper | null {
  if (!link) return null;
  const load = async (id: string) => {
    const loaded = await loadWorkshop(db, id);
    return loaded.state === "ready" ? { workshop: loaded.workshop, revision: loaded.revision } : null;
  };
  const deletedAt = async (id: string) => (await db.workshops.get(id))?.deletedAt ?? null;
  const keeper = new CopyKeeper(link, { load, deletedAt });
  db.copies = keeper;
  setTimeout(() => void copyWhatIsNotKept(db, keeper, link, load).catch(() => undefined), delayMs);
  return keeper;
}
