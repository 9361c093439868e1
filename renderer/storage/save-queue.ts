import type { Checked } from "../../shared/contract";
import { whenIdle } from "./when-idle";
import { failedWrite } from "./write-errors";

export type SaveStatus =
  | { state: "saved"; at: string | null }
  | { state: "saving" }
  | { state: "error"; message: string; otherWindow?: boolean };

/**
 * Stores each edit as soon as it happens. Only the newest document matters, so
 * edits made while a write is in flight collapse into one follow-up write. A
 * failed write keeps the unsaved document, reports it, and is retried on the
 * next edit or on request.
 *
 * An edit counts as stored once it is on disk in either form: the small
 * record of what changed (`kept`, committed in the edit's own task, and
 * brought back into the document the next time the workshop is opened, if
 * this window closes or crashes first), or the document itself. The document's write waits
 * for an idle moment after the frame showing the edit: putting a large
 * workshop copies all of it, which the room should not wait for.
 */
export class SaveQueue {
  private pending: Checked | null = null;
  private running: Promise<void> | null = null;
  /** The newest edit pushed, and whether its record of changes is on disk. */
  private latest: { workshop: Checked; kept: boolean } | null = null;
  /** The last document write failed, and none has succeeded since: nothing may be called stored. */
  private failing = false;
  /** The window is going: nothing more is written or reported. */
  private stopped = false;
  /** "Stored" was said since the last edit: the document's write that follows changes nothing on screen. */
  private said = false;
  /** Ends the current wait for an idle moment. */
  private hurried: (() => void) | null = null;

  constructor(
    private readonly write: (workshop: Checked) => Promise<void>,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly now: () => string = () => new Date().toISOString(),
    private readonly beforeWrite: () => Promise<void> = whenIdle,
  ) {}

  /**
   * `kept` resolves true once what changed in this edit is on disk (see
   * UnstoredSlots.writeChanges). `asked`: the facilitator asked for this
   * write (Keep this version), so a failure's banner gives way to it.
   */
  push(workshop: Checked, kept?: Promise<boolean>, { asked = false } = {}): Promise<void> {
    this.pending = workshop;
    const latest = { workshop, kept: false };
    this.latest = latest;
    this.said = false;
    if (!this.failing || asked) this.onStatus({ state: "saving" });
    this.kept(workshop, kept);
    return this.drain();
  }

  /** The newest edit's record of changes, written again (over a document stored since): stored once it is on disk. */
  kept(workshop: Checked, kept: Promise<boolean> | undefined): void {
    const latest = this.latest;
    if (!kept || latest?.workshop !== workshop) return;
    void kept.then((onDisk) => {
      if (!onDisk || this.latest !== latest || this.stopped) return;
      latest.kept = true;
      if (!this.failing && this.pending !== null) this.saved();
    });
  }

  retry(): Promise<void> {
    if (this.pending) {
      this.said = false;
      this.onStatus({ state: "saving" });
    }
    return this.drain();
  }

  /** Storing failed outside a write (following another window): nothing is called stored until a write succeeds. */
  fail(error: unknown): void {
    this.failing = true;
    this.said = false;
    if (!this.stopped) this.onStatus(failedWrite(error));
  }

  /** The window is going out of sight or closing: a write waiting for an idle moment starts now. */
  hurry(): void {
    this.hurried?.();
  }

  /** Whether an edit is neither in a stored document nor in a record of changes on disk. */
  get hasUnsaved(): boolean {
    return this.pending !== null && !(this.latest?.kept && !this.failing);
  }

  /** The newest document not stored yet, if any: kept until it is stored, whatever screen is open. */
  get unsaved(): Checked | null {
    return this.pending;
  }

  /**
   * The window is closing: a document write still waiting for an idle moment is
   * not started. What it would have written is in its record of changes, for
   * the next window to bring back.
   */
  stop(): void {
    this.stopped = true;
  }

  /** Resolves once nothing is in flight (it may still hold an unsaved, failed document). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private drain(): Promise<void> {
    if (!this.running) {
      this.running = this.run().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async run(): Promise<void> {
    while (this.pending) {
      await new Promise<void>((go) => {
        this.hurried = go;
        void this.beforeWrite().then(go);
      });
      this.hurried = null;
      const workshop = this.pending;
      if (!workshop || this.stopped) return;
      try {
        await this.write(workshop);
      } catch (error) {
        this.fail(error);
        return;
      }
      this.failing = false;
      if (this.pending === workshop) this.pending = null;
    }
    if (!this.stopped && !this.said) this.saved();
  }

  private saved(): void {
    this.said = true;
    this.onStatus({ state: "saved", at: this.now() });
  }
}
