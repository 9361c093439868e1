import Dexie, { type Table } from "dexie";
import type { Workshop } from "../../shared/workshop/model";

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
}

export interface StoredDocument {
  id: string;
  workshop: Workshop;
}

export const DATABASE_NAME = "accord";

/**
 * Released versions are never edited: a change to the stores is a new
 * `this.version(n)` with an `.upgrade()`.
 */
export class AccordDatabase extends Dexie {
  workshops!: Table<WorkshopSummary, string>;
  documents!: Table<StoredDocument, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({ workshops: "id, updatedAt", documents: "id" });
  }
}
