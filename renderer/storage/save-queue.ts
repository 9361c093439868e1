import type { Checked } from "../../shared/contract";
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
 */
export class SaveQueue {
  private pending: Checked | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly write: (workshop: Checked) => Promise<void>,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  push(workshop: Checked): Promise<void> {
    this.pending = workshop;
    return this.drain();
  }

  retry(): Promise<void> {
    return this.drain();
  }

  get hasUnsaved(): boolean {
    return this.pending !== null;
  }

  /** The newest document not stored yet, if any: kept until it is stored, whatever screen is open. */
  get unsaved(): Checked | null {
    return this.pending;
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
      const workshop = this.pending;
      this.onStatus({ state: "saving" });
      try {
        await this.write(workshop);
      } catch (error) {
        this.onStatus(failedWrite(error));
        return;
      }
      if (this.pending === workshop) this.pending = null;
    }
    this.onStatus({ state: "saved", at: this.now() });
  }
}
